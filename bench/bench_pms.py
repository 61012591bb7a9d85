"""PMS read cache: a day of availability questions replayed with and without the cache.

The day is synthetic but shaped like a small hotel's chat traffic: ~340 conversations spread over the
waking hours, each asking about one to three stays (mostly the next weekends and weeks, 1-4 nights,
couples first), each stay asked again on the following turns of that conversation (price of another
room, "and with breakfast?", confirmation), and a few bookings that invalidate the nights they take.
The PMS is the fake QloApps over loopback HTTP with a fixed latency per call. The clock is simulated
(time-machine), so cache ages and the TTL behave as over a real day.

Prints, for each way: questions, PMS availability calls, p50/p99 of one lookup; and the ratio of
PMS calls (cached / uncached). QloApps answers night by night (`date_wise_breakdown`): the cache keeps
each night of each hotel (every room type, its price and its free rooms; occupancy is applied locally),
a miss asks for the missing night and the `WARM_NIGHTS` after it in one call, and a stay is built from
its nights. It is replayed with a flat TTL (`PMS_CACHE_MAX_TTL_SECONDS` = the base) and with the TTL
that grows with lead time (the settings); a night is fresh as long as a cached stay starting on the
asked check-in would be. The ceiling lines say how far a cache keyed by *stay* could go on this day
(one PMS call per distinct stay, unbounded TTL, no booking): a cache of nights is not bound by them.
The booking's live re-check is not part of this day (it always asks QloApps).
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from dataclasses import dataclass

from bench.common import percentile

DAY = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
PMS_LATENCY_SECONDS = 0.015
SEED = 20261125


@dataclass(frozen=True)
class Question:
    at: dt.datetime
    check_in: dt.date
    nights: int
    adults: int
    children: int


@dataclass(frozen=True)
class BookingEvent:
    at: dt.datetime
    check_in: dt.date
    nights: int


def _stay_wanted(rng: random.Random, today: dt.date) -> tuple[dt.date, int, int, int]:
    roll = rng.random()
    if roll < 0.35:  # one of the next four weekends
        friday = today + dt.timedelta(days=(4 - today.weekday()) % 7 + 7 * rng.randrange(4))
        check_in, nights = friday, rng.choice([2, 2, 2, 3])
    elif roll < 0.75:  # within the next six weeks
        check_in, nights = (
            today + dt.timedelta(days=rng.randrange(1, 42)),
            rng.choice([1, 2, 2, 3, 3, 4, 5, 7]),
        )
    else:  # further ahead (summer, holidays)
        check_in, nights = today + dt.timedelta(days=rng.randrange(42, 300)), rng.choice([2, 3, 4, 5, 7, 7])
    adults, children = rng.choices([(2, 0), (1, 0), (2, 1), (2, 2), (3, 0)], weights=[55, 15, 12, 13, 5])[0]
    return check_in, nights, adults, children


def day_of_questions(n_conversations: int = 340) -> tuple[list[Question], list[BookingEvent]]:
    rng = random.Random(SEED)
    today = DAY.date()
    questions: list[Question] = []
    bookings: list[BookingEvent] = []
    for _ in range(n_conversations):
        hour = rng.choices(
            range(24), weights=[1, 1, 1, 1, 1, 1, 2, 4, 6, 8, 9, 9, 9, 8, 8, 9, 10, 10, 11, 12, 12, 10, 6, 3]
        )[0]
        at = DAY + dt.timedelta(hours=hour, seconds=rng.randrange(3600))
        for _stay in range(rng.choice([1, 1, 1, 2, 2, 3])):
            check_in, nights, adults, children = _stay_wanted(rng, today)
            for _turn in range(rng.choice([2, 3, 4, 4, 5, 6])):  # follow-up turns about the same stay
                questions.append(Question(at, check_in, nights, adults, children))
                at += dt.timedelta(seconds=rng.randrange(15, 90))
            if rng.random() < 0.08:
                bookings.append(BookingEvent(at, check_in, nights))
    questions.sort(key=lambda q: q.at)
    return questions, bookings


def replay(
    *, use_cache: bool, ttl_seconds: int, max_ttl_seconds: int, watch_seconds: float = 0.0
) -> dict[str, float]:
    import time_machine
    from django.test import override_settings

    from pms_bridge.breaker import build_breaker
    from pms_bridge.cache import PmsCache
    from pms_bridge.port import Stay
    from pms_bridge.qloapps.adapter import QloAppsPms
    from pms_bridge.qloapps.client import QloAppsClient
    from pms_bridge.resilient import ResilientPms
    from tests.fakes.qloapps import FakeQloApps

    questions, bookings = day_of_questions()
    with (
        FakeQloApps() as fake,
        override_settings(
            PMS_CACHE_TTL_SECONDS=ttl_seconds,
            PMS_CACHE_MAX_TTL_SECONDS=max_ttl_seconds,
            PMS_BREAKER_FAIL_MAX=10_000,
        ),
    ):
        client = QloAppsClient(base_url=fake.url, api_key=fake.api_key, timeout=5)
        pms = ResilientPms(QloAppsPms(client), breaker=build_breaker("bench"))
        PmsCache(pms.name).clear()
        pms.room_types(pms_hotel_id=1)  # warm the occupancy rules, as a running worker has them
        fake.latency = PMS_LATENCY_SECONDS
        calls_before = fake.call_count("hotel_ari", "POST")
        pending = list(bookings)
        lookups: list[float] = []
        watch_calls, next_look = 0, DAY

        def look() -> None:
            # The beat task's own code on the same QloApps: its calls are every GET it makes.
            nonlocal watch_calls
            before = fake.call_count(method="GET")
            pms.watch_outside_bookings()
            watch_calls += fake.call_count(method="GET") - before

        with time_machine.travel(DAY, tick=False) as clock:
            for question in questions:
                while watch_seconds and next_look <= question.at:
                    clock.move_to(next_look)
                    look()
                    next_look += dt.timedelta(seconds=watch_seconds)
                clock.move_to(question.at)
                while pending and pending[0].at <= question.at:
                    done = pending.pop(0)  # a booking made elsewhere in the day invalidates its nights
                    pms.cache.invalidate_stay(
                        pms_hotel_id=1,
                        check_in=done.check_in,
                        check_out=done.check_in + dt.timedelta(days=done.nights),
                    )
                stay = Stay(
                    pms_hotel_id=1,
                    check_in=question.check_in,
                    check_out=question.check_in + dt.timedelta(days=question.nights),
                    adults=question.adults,
                    children=question.children,
                )
                started = time.perf_counter()
                pms.availability(stay=stay, live=not use_cache)
                lookups.append((time.perf_counter() - started) * 1000)
            while watch_seconds and next_look < DAY + dt.timedelta(days=1):
                clock.move_to(next_look)
                look()
                next_look += dt.timedelta(seconds=watch_seconds)
        calls = fake.call_count("hotel_ari", "POST") - calls_before
        PmsCache(pms.name).clear()
        client.close()
    return {
        "questions": len(questions),
        "distinct": len({(q.check_in, q.nights, q.adults, q.children) for q in questions}),
        "distinct_dates": len({(q.check_in, q.nights) for q in questions}),
        "calls": calls,
        "watch_calls": watch_calls,
        "p50": statistics.median(lookups),
        "p99": percentile(lookups, 0.99),
    }


def run() -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.core.cache import caches

    print(
        f"cache backend: {type(caches['default']).__name__}; fake QloApps latency {PMS_LATENCY_SECONDS * 1000:.0f} ms per call"
    )
    base, top = settings.PMS_CACHE_TTL_SECONDS, settings.PMS_CACHE_MAX_TTL_SECONDS
    baseline = replay(use_cache=False, ttl_seconds=base, max_ttl_seconds=top)
    print(
        f"without cache: {baseline['questions']} questions ({baseline['distinct']} distinct stays with "
        f"occupancy, {baseline['distinct_dates']} distinct dates), {baseline['calls']} PMS calls, "
        f"lookup p50 {baseline['p50']:.1f} ms, p99 {baseline['p99']:.1f} ms"
    )
    for label, distinct in (("dates and occupancy", "distinct"), ("dates only", "distinct_dates")):
        ceiling = 1 - baseline[distinct] / baseline["questions"]
        print(f"ceiling for a cache keyed by {label} (one call per distinct stay): {ceiling:.1%} fewer calls")
    from pms_bridge.resilient import WARM_NIGHTS

    period = settings.PMS_BOOKINGS_WATCH_SECONDS
    # What the watch cost before it asked only for orders after the last seen one and skipped its
    # look while no cached night was fresh: one GET bookings per look, plus one room_bookings read
    # per look that finds new bookings.
    _questions, day_bookings = day_of_questions()
    old_watch = round(86400 / period) + len(
        {int((b.at - DAY).total_seconds() // period) for b in day_bookings}
    )
    print(
        f"nights warmed per miss: {WARM_NIGHTS}; bookings watch every {period:.0f} s "
        f"(before: {old_watch} calls a day)"
    )
    for name, ttl, max_ttl in (
        (f"flat TTL {base} s", base, base),
        (f"TTL {base} s tonight to {top} s from {top // base - 1} days ahead", base, top),
    ):
        cached = replay(use_cache=True, ttl_seconds=ttl, max_ttl_seconds=max_ttl, watch_seconds=period)
        fewer = 1 - cached["calls"] / baseline["calls"]
        everything = 1 - (cached["calls"] + cached["watch_calls"]) / baseline["calls"]
        print(
            f"with cache ({name}): {cached['calls']} availability calls, lookup p50 {cached['p50']:.2f} ms, "
            f"p99 {cached['p99']:.1f} ms; ratio {cached['calls'] / baseline['calls']:.3f} ({fewer:.1%} fewer "
            f"availability calls); the bookings watch made {cached['watch_calls']} calls (measured); "
            f"counting everything {everything:.1%} fewer QloApps calls (goal >= 90%)"
        )
