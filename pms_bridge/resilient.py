"""The port as the project sees it: any adapter wrapped in metrics, a circuit breaker and a read cache.

- Every call is counted (`hotel_agent_pms_requests_total{operation,outcome}`) and timed.
- Calls go through the shared breaker; while it is open reads come from the cache with their age and
  writes are refused with `PmsUnavailable`.
- Availability is cached by hotel, dates and rooms (every room type; each question's occupancy is
  applied locally), fresh for longer the further ahead the stay (`pms_bridge.cache`); `live=True`
  (the re-check before a booking) always asks the PMS. Bookings made here invalidate their nights.
- QloApps' nights are also kept fresh by looks for new bookings (`watch_outside_bookings`, the beat
  task, and a look on demand when a question's cached nights are only past their TTL), each one call
  that confirms every cached night it found no booking on, up to the cap (`pms_bridge.cache`).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import TypeVar

import pybreaker
import structlog
from django.utils import timezone

from hotel_agent.metrics import PMS_CACHE_HITS, PMS_CACHE_MISSES, PMS_REQUEST_SECONDS, PMS_REQUESTS
from pms_bridge.breaker import PmsCircuitBreaker
from pms_bridge.cache import PmsCache, can_confirm, fresh_seconds, night_is_fresh
from pms_bridge.errors import (
    PmsAuthenticationError,
    PmsError,
    PmsNotFound,
    PmsRateLimited,
    PmsUnavailable,
    PmsValidationError,
)
from pms_bridge.port import (
    AvailabilityAnswer,
    BookedNights,
    Booking,
    BookingRequest,
    NightAvailability,
    Pms,
    PmsHotel,
    RoomType,
    ServicePrice,
    Stay,
    stay_from_nights,
)

log = structlog.get_logger(__name__)
T = TypeVar("T")
# Nights fetched ahead of the one asked, in the same call, for a PMS that answers night by night: two
# months hold the next weekends and weeks most questions are about (bench_pms: 30 → 60 nights saves a
# fifth of the availability calls of its replayed day, the far stays' windows being the ones refetched).
WARM_NIGHTS = 60


def _outcome(exc: BaseException) -> str:
    if isinstance(exc, pybreaker.CircuitBreakerError):
        return "circuit_open"
    for kind, label in (
        (PmsNotFound, "not_found"),
        (PmsValidationError, "validation"),
        (PmsAuthenticationError, "authentication"),
        (PmsRateLimited, "rate_limited"),
        (PmsUnavailable, "unavailable"),
    ):
        if isinstance(exc, kind):
            return label
    return "error"


class ResilientPms:
    def __init__(self, inner: Pms, *, breaker: PmsCircuitBreaker) -> None:
        self.inner = inner
        self.name = inner.name
        self.needs_child_ages = inner.needs_child_ages
        self.breaker = breaker
        self.cache = PmsCache(inner.name)

    def _call(self, operation: str, func: Callable[[], T]) -> T:
        started = time.perf_counter()
        outcome = "ok"
        try:
            return self.breaker.call(func)
        except pybreaker.CircuitBreakerError as exc:
            outcome = "circuit_open"
            raise PmsUnavailable("the PMS is not answering; calls are paused for a while") from exc
        except PmsError as exc:
            outcome = _outcome(exc)
            raise
        except Exception as exc:  # an adapter bug must still count against the PMS call
            outcome = "error"
            raise PmsUnavailable(f"unexpected PMS adapter failure: {type(exc).__name__}") from exc
        finally:
            seconds = time.perf_counter() - started
            PMS_REQUESTS.labels(operation=operation, outcome=outcome).inc()
            PMS_REQUEST_SECONDS.labels(operation=operation).observe(seconds)
            log.info("pms.call", pms=self.name, op=operation, outcome=outcome, ms=round(seconds * 1000, 1))

    # --- reads ---------------------------------------------------------------------------------
    def ping(self) -> None:
        self._call("ping", self.inner.ping)

    def hotels(self) -> list[PmsHotel]:
        return self._call("hotels", self.inner.hotels)

    def room_types(self, *, pms_hotel_id: int) -> list[RoomType]:
        cached = self.cache.get_room_types(pms_hotel_id)
        if cached is not None:
            PMS_CACHE_HITS.labels(operation="room_types").inc()
            return cached
        PMS_CACHE_MISSES.labels(operation="room_types").inc()
        room_types = self._call("room_types", lambda: self.inner.room_types(pms_hotel_id=pms_hotel_id))
        self.cache.put_room_types(pms_hotel_id, room_types)
        return room_types

    def availability(self, *, stay: Stay, live: bool = False) -> AvailabilityAnswer:
        return self.availability_all_room_types(stay=stay, live=live).for_occupancy(stay)

    def availability_all_room_types(self, *, stay: Stay, live: bool = False) -> AvailabilityAnswer:
        nightly = getattr(self.inner, "nightly_availability", None)
        if nightly is not None and not live and 0 < stay.nights <= WARM_NIGHTS:
            return self._availability_from_nights(stay, nightly)
        cached = None if live else self.cache.get_availability(stay)
        if cached is not None and cached.fresh:
            PMS_CACHE_HITS.labels(operation="availability").inc()
            return cached.as_answer(stay)
        if not live:
            PMS_CACHE_MISSES.labels(operation="availability").inc()
        generations = self.cache.night_generations(stay)
        try:
            answer = self._call(
                "availability", lambda: self.inner.availability_all_room_types(stay=stay, live=live)
            )
        except PmsUnavailable:
            if cached is None or live:
                raise
            log.warning("pms.serving_stale", pms=self.name, age_seconds=round(cached.age_seconds))
            return cached.as_answer(stay)
        self.cache.put_availability(answer, generations)
        return answer

    def _availability_from_nights(
        self, stay: Stay, nightly: Callable[..., list[NightAvailability]]
    ) -> AvailabilityAnswer:
        """A stay built from its nights, cached one by one: a miss asks for the missing night and the
        `WARM_NIGHTS` after it in one call, so the next questions about nearby dates need no call at all.
        A night is fresh for the TTL of the stay's lead time counted from when it was fetched or from the
        last clean look of the bookings watch, whichever is later, and never longer than the cap after it
        was fetched (`night_is_fresh`). When every night is cached and only that freshness ran out, one
        look for new bookings (the same single call a fetch costs) confirms them, and every other cached
        night with them. The booking's live re-check never comes here."""
        wanted = [stay.check_in + dt.timedelta(days=i) for i in range(stay.nights)]
        known = self.cache.get_nights(pms_hotel_id=stay.pms_hotel_id, nights=wanted)
        now = timezone.now()
        fresh_for = fresh_seconds(stay.check_in, timezone.localdate(now))
        marks = self.cache.watch_marks()
        stale = [n for n in wanted if n not in known or not night_is_fresh(known[n], now, fresh_for, marks)]
        if stale and len(known) == len(wanted) and all(can_confirm(known[n], now, marks) for n in stale):
            self._look_on_demand()
            known = self.cache.get_nights(pms_hotel_id=stay.pms_hotel_id, nights=wanted)
            now, marks = timezone.now(), self.cache.watch_marks()
            stale = [
                n for n in wanted if n not in known or not night_is_fresh(known[n], now, fresh_for, marks)
            ]
        if not stale:
            PMS_CACHE_HITS.labels(operation="availability").inc()
            self.cache.note_served()
            return self._aged(stay_from_nights(stay, [known[n] for n in wanted]), now)
        PMS_CACHE_MISSES.labels(operation="availability").inc()
        date_from = stale[0]
        date_to = max(stay.check_out, date_from + dt.timedelta(days=WARM_NIGHTS))
        window = [date_from + dt.timedelta(days=i) for i in range((date_to - date_from).days)]
        generations = self.cache.generations_of(pms_hotel_id=stay.pms_hotel_id, nights=window)
        try:
            fetched = self._call(
                "availability",
                lambda: nightly(pms_hotel_id=stay.pms_hotel_id, date_from=date_from, date_to=date_to),
            )
        except PmsUnavailable:
            if len(known) < len(wanted):
                raise
            answer = self._aged(stay_from_nights(stay, [known[n] for n in wanted]), now)
            log.warning("pms.serving_stale", pms=self.name, age_seconds=round(answer.age_seconds))
            return answer
        self.cache.put_nights(fetched, generations)
        known.update({n.night: n for n in fetched})
        return self._aged(stay_from_nights(stay, [known[n] for n in wanted]), now)

    @staticmethod
    def _aged(answer: AvailabilityAnswer, now: dt.datetime) -> AvailabilityAnswer:
        age = max((now - answer.fetched_at).total_seconds(), 0.0)
        return replace(answer, from_cache=age > 0, age_seconds=round(age, 1))

    def watch_outside_bookings(self) -> int:
        """Forget the cached nights of bookings made since the last look, wherever they were made
        (website, front desk); the agent's own are forgotten as they are made. The first look only
        notes where the PMS stands; a look while no cached night is fresh, or when no answer came from
        the cache since the last look, asks nothing (the interval follows the traffic). Returns how many
        bookings' nights were forgotten. A PMS without `bookings_after` (the demo, which is not cached
        away from its own writes) has nothing to do."""
        bookings_after = getattr(self.inner, "bookings_after", None)
        if bookings_after is None:
            return 0
        last_seen = self.cache.last_seen_booking()
        if last_seen is not None and not (self.cache.holds_fresh_nights() and self.cache.served_since_look()):
            # Nothing cached is fresh, or nobody was answered from the cache since the last look (the
            # quiet hours): no answer to correct yet. The next look starts from `last_seen` and
            # forgets whatever was booked meanwhile, and a booking's live re-check stays in any case.
            return 0
        return self._look(bookings_after, last_seen)

    def _look_on_demand(self) -> None:
        bookings_after = getattr(self.inner, "bookings_after", None)
        last_seen = self.cache.last_seen_booking()
        if bookings_after is None or last_seen is None:
            return
        try:
            forgotten = self._look(bookings_after, last_seen)
        except PmsError as exc:  # the nights are then fetched (or served stale) as without a look
            log.warning("pms.look_failed", pms=self.name, error=type(exc).__name__)
            return
        if forgotten:
            log.info("pms.outside_bookings", pms=self.name, bookings=forgotten)

    def _look(
        self, bookings_after: Callable[..., tuple[int, list[BookedNights]]], last_seen: int | None
    ) -> int:
        started = timezone.now()
        watching = self.cache.watch_marks().since is not None
        newest, held = self._call("watch_bookings", lambda: bookings_after(pms_booking_id=last_seen or 0))
        if last_seen is not None:
            for nights in held:
                self._invalidate(nights.pms_hotel_id, nights.check_in, nights.check_out)
        if last_seen is None or not watching:
            # The first look forgets nothing (it only notes where QloApps stands) and a night cached before
            # it may miss a booking no look saw: only nights fetched after its answer can be confirmed.
            self.cache.watch_started(timezone.now())
        else:
            self.cache.note_clean_look(started)
        # Moved on only once the nights are forgotten, so an overlapping look never confirms them first.
        self.cache.set_last_seen_booking(newest)
        self.cache.clear_served()
        return len(held) if last_seen is not None else 0

    def get_booking(self, *, reference: str) -> Booking:
        return self._call("get_booking", lambda: self.inner.get_booking(reference=reference))

    def find_bookings(self, *, email: str = "", phone: str = "") -> list[Booking]:
        return self._call("find_bookings", lambda: self.inner.find_bookings(email=email, phone=phone))

    def upcoming_bookings(
        self, *, pms_hotel_id: int, arriving_from: dt.date, arriving_until: dt.date
    ) -> list[Booking]:
        return self._call(
            "upcoming_bookings",
            lambda: self.inner.upcoming_bookings(
                pms_hotel_id=pms_hotel_id, arriving_from=arriving_from, arriving_until=arriving_until
            ),
        )

    # --- writes --------------------------------------------------------------------------------
    def _invalidate(self, pms_hotel_id: int, check_in: dt.date, check_out: dt.date) -> None:
        self.cache.invalidate_stay(pms_hotel_id=pms_hotel_id, check_in=check_in, check_out=check_out)

    def create_booking(self, *, request: BookingRequest) -> Booking:
        stay = request.stay
        try:
            booking = self._call("create_booking", lambda: self.inner.create_booking(request=request))
        except PmsUnavailable:
            # It may have been created (QloApps' 500-after-create): do not trust the cache for these nights.
            self._invalidate(stay.pms_hotel_id, stay.check_in, stay.check_out)
            raise
        self._invalidate(stay.pms_hotel_id, stay.check_in, stay.check_out)
        return booking

    def modify_booking(
        self,
        *,
        reference: str,
        check_in: dt.date,
        check_out: dt.date,
        adults: int,
        children: int,
        child_ages: tuple[int, ...] = (),
    ) -> Booking:
        before = self.get_booking(reference=reference)
        booking = self._call(
            "modify_booking",
            lambda: self.inner.modify_booking(
                reference=reference,
                check_in=check_in,
                check_out=check_out,
                adults=adults,
                children=children,
                child_ages=child_ages,
            ),
        )
        self._invalidate(before.pms_hotel_id, before.check_in, before.check_out)
        self._invalidate(booking.pms_hotel_id, booking.check_in, booking.check_out)
        return booking

    def cancel_booking(self, *, reference: str) -> Booking:
        booking = self._call("cancel_booking", lambda: self.inner.cancel_booking(reference=reference))
        self._invalidate(booking.pms_hotel_id, booking.check_in, booking.check_out)
        return booking

    # --- extras on an existing booking -------------------------------------------------------------
    def services(self, *, pms_hotel_id: int) -> list[ServicePrice]:
        return self._call("services", lambda: self.inner.services(pms_hotel_id=pms_hotel_id))

    def add_service(self, *, reference: str, service: ServicePrice, total: Decimal) -> Booking:
        return self._call(
            "add_service", lambda: self.inner.add_service(reference=reference, service=service, total=total)
        )

    def change_room_type(
        self, *, reference: str, pms_room_type_id: int, total: Decimal, total_without_tax: Decimal
    ) -> Booking:
        booking = self._call(
            "change_room_type",
            lambda: self.inner.change_room_type(
                reference=reference,
                pms_room_type_id=pms_room_type_id,
                total=total,
                total_without_tax=total_without_tax,
            ),
        )
        # Two room types' nights changed: the one left and the one taken.
        self._invalidate(booking.pms_hotel_id, booking.check_in, booking.check_out)
        return booking

    def record_deposit(self, *, reference: str, amount: Decimal, currency: str) -> Booking:
        return self._call(
            "record_deposit",
            lambda: self.inner.record_deposit(reference=reference, amount=amount, currency=currency),
        )
