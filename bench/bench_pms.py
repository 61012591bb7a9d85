"""PMS read cache: a day of availability questions replayed with and without the cache.

The day is synthetic but shaped like a small hotel's chat traffic: ~340 conversations spread over the
waking hours, each asking about one to three stays (mostly the next weekends and weeks, 1-4 nights,
couples first), each stay asked again on the following turns of that conversation (price of another
room, "and with breakfast?", confirmation), and a few bookings made on the website or at the desk:
in QloApps itself, not through the agent, so only the bookings watch can tell the cache. The PMS is the
fake QloApps over loopback HTTP with a fixed latency per call. The clock is simulated (time-machine),
so cache ages, the TTL and the watch's beat behave as over a real day.

Prints, for each way: questions, PMS availability calls, p50/p99 of one lookup; and the ratio of
PMS calls (cached / uncached). QloApps answers night by night (`date_wise_breakdown`): the cache keeps
each night of each hotel (every room type, its price and its free rooms; occupancy is applied locally),
a miss asks for the missing night and the `WARM_NIGHTS` after it in one call, and a stay is built from
its nights. It is replayed with a flat TTL (`PMS_CACHE_MAX_TTL_SECONDS` = the base) and with the TTL
that grows with lead time (the settings); a night is fresh as long as a cached stay starting on the
asked check-in would be, counted from its fetch or from the last look for new bookings that found none
on it (the beat task every `PMS_BOOKINGS_WATCH_SECONDS`, or a look on demand when a question's nights
are cached but past that TTL), never past `PMS_CACHE_MAX_TTL_SECONDS` after the fetch. "Counting
everything" adds every call of those looks (measured on the fake) to the availability calls.

Whether a quote is out of date: each cached answer is compared with QloApps' own live answer for the
same stay (asked aside, not counted) and the answers unlike it are printed; on this day only bookings
made elsewhere can make them differ, for at most the TTL of the stay's lead time after the booking,
as without the looks. What the watch cannot see (a rate, a closed room or a booking's dates changed
in QloApps' back office, a cancellation) is not replayed here: it shows in the agent's answers within
the cap, `PMS_CACHE_MAX_TTL_SECONDS` after the night was fetched (1 h by default), and the booking's
live re-check (not part of this day: it always asks QloApps) tells the guest a changed price or a room
gone before anything is booked. The ceiling lines say how far a cache keyed by *stay* could go on this
day (one PMS call per distinct stay, unbounded TTL, no booking): a cache of nights is not bound by them.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from bench.common import percentile

DAY = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
PMS_LATENCY_SECONDS = 0.015
SEED = 20261125
T = TypeVar("T")


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
    from pms_bridge.errors import PmsError
    from pms_bridge.port import AvailabilityAnswer, BookingRequest, GuestDetails, Stay
    from pms_bridge.qloapps.adapter import QloAppsPms
    from pms_bridge.qloapps.client import QloAppsClient
    from pms_bridge.resilient import ResilientPms
    from tests.fakes.qloapps import FakeQloApps

    def offers(answer: AvailabilityAnswer) -> list[tuple[int, int, str]]:
        return [(o.room_type.pms_room_type_id, o.available_rooms, str(o.total)) for o in answer.offers]

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
        # The front desk and the website: QloApps itself, not through the agent's cache (its calls are
        # not the agent's, and its live answers are what each cached answer is compared with).
        desk_client = QloAppsClient(base_url=fake.url, api_key=fake.api_key, timeout=5)
        desk = QloAppsPms(desk_client)
        PmsCache(pms.name).clear()
        pms.room_types(pms_hotel_id=1)  # warm the occupancy rules, as a running worker has them
        fake.latency = PMS_LATENCY_SECONDS
        pending = list(bookings)
        lookups: list[float] = []
        counted = {"availability": 0, "looks_on_demand": 0, "watch": 0, "stale_answers": 0, "booked": 0}

        def as_desk(action: Callable[[], T]) -> T:
            fake.latency = 0.0
            try:
                return action()
            finally:
                fake.latency = PMS_LATENCY_SECONDS

        def look() -> None:
            # The beat task's own code on the same QloApps: its calls are every GET it makes.
            before = fake.call_count(method="GET")
            pms.watch_outside_bookings()
            counted["watch"] += fake.call_count(method="GET") - before

        def book_elsewhere(index: int, done: BookingEvent) -> None:
            stay = Stay(
                pms_hotel_id=1,
                check_in=done.check_in,
                check_out=done.check_in + dt.timedelta(days=done.nights),
                adults=2,
            )
            offer = next(
                (o for o in desk.availability(stay=stay, live=True).offers if o.available_rooms), None
            )
            if offer is None:
                return
            try:
                desk.create_booking(
                    request=BookingRequest(
                        idempotency_key=f"bench-desk-{index}", stay=stay,
                        pms_room_type_id=offer.room_type.pms_room_type_id,
                        guest=GuestDetails(first_name="Desk", last_name=f"Guest {index}",
                                           email=f"desk{index}@example.com", phone="+34600000000"),
                        total=offer.total, total_without_tax=offer.total_without_tax, currency=offer.currency,
                    )
                )  # fmt: skip
            except PmsError:
                return
            counted["booked"] += 1

        with time_machine.travel(DAY, tick=False) as clock:
            next_look = DAY
            for question in questions:
                while watch_seconds and next_look <= question.at:
                    clock.move_to(next_look)
                    look()
                    next_look += dt.timedelta(seconds=watch_seconds)
                clock.move_to(question.at)
                while pending and pending[0].at <= question.at:
                    done = pending.pop(0)  # booked on the website or at the desk: the watch must find it
                    as_desk(partial(book_elsewhere, len(bookings) - len(pending), done))
                stay = Stay(
                    pms_hotel_id=1,
                    check_in=question.check_in,
                    check_out=question.check_in + dt.timedelta(days=question.nights),
                    adults=question.adults,
                    children=question.children,
                )
                ari_before, get_before = fake.call_count("hotel_ari", "POST"), fake.call_count(method="GET")
                started = time.perf_counter()
                answer = pms.availability(stay=stay, live=not use_cache)
                lookups.append((time.perf_counter() - started) * 1000)
                counted["availability"] += fake.call_count("hotel_ari", "POST") - ari_before
                counted["looks_on_demand"] += fake.call_count(method="GET") - get_before
                if use_cache and offers(answer) != offers(as_desk(partial(desk.availability, stay=stay))):
                    counted["stale_answers"] += 1
            while watch_seconds and next_look < DAY + dt.timedelta(days=1):
                clock.move_to(next_look)
                look()
                next_look += dt.timedelta(seconds=watch_seconds)
        PmsCache(pms.name).clear()
        client.close()
        desk_client.close()
    return {
        "questions": len(questions),
        "distinct": len({(q.check_in, q.nights, q.adults, q.children) for q in questions}),
        "distinct_dates": len({(q.check_in, q.nights) for q in questions}),
        "calls": counted["availability"],
        "looks_on_demand": counted["looks_on_demand"],
        "watch_calls": counted["watch"],
        "stale_answers": counted["stale_answers"],
        "booked_elsewhere": counted["booked"],
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
        total = cached["calls"] + cached["looks_on_demand"] + cached["watch_calls"]
        everything = 1 - total / baseline["calls"]
        print(
            f"with cache ({name}): {cached['calls']} availability calls, lookup p50 {cached['p50']:.2f} ms, "
            f"p99 {cached['p99']:.1f} ms; ratio {cached['calls'] / baseline['calls']:.3f} ({fewer:.1%} fewer "
            f"availability calls); looks for new bookings: {cached['looks_on_demand']} on demand + "
            f"{cached['watch_calls']} by the watch (measured); counting everything {total} calls, "
            f"{everything:.1%} fewer QloApps calls (goal >= 90%); answers unlike QloApps' live one "
            f"{cached['stale_answers']} of {cached['questions']} ({cached['booked_elsewhere']} bookings "
            f"made at the desk)"
        )
