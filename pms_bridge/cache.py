"""Cache of PMS reads on the Django cache (django-redis when `REDIS_URL` is set).

An availability answer is stored under what the PMS answer depends on: hotel, dates and number of rooms.
It lists every room type on sale whatever the occupancy (both PMSs price per room and night), and each
question's occupancy is applied locally (`AvailabilityAnswer.for_occupancy`), so "2 adults" and
"2 adults + 1 child" for the same nights share one PMS call. Prices stay the PMS's own figures.

How long an answer is fresh grows with the lead time: `PMS_CACHE_TTL_SECONDS` for a stay starting
today, one more base TTL per day ahead, at most `PMS_CACHE_MAX_TTL_SECONDS` (tonight's rooms sell
fast; a stay months away changes rarely). A stale quote never becomes a wrong booking: a booking
always re-checks availability and price live first (`availability(live=True)`), so the worst case is
a "price changed / no longer available" message.

Cached nights (QloApps) are also confirmed by the bookings watch: a look that found every booking made
since the last one and forgot their nights leaves nights that no booking touched, so a night's lead-time
TTL runs from that look as well as from its fetch (`night_is_fresh`): what a guest is told still lags the
bookings made elsewhere by at most that TTL. The watch does not see a rate, a closed room or a booking's
dates changed in QloApps' back office, nor a cancellation: those show when the night is fetched again,
at most `PMS_CACHE_MAX_TTL_SECONDS` after QloApps sent it (the cap, `confirmed_cap_seconds`), and the
booking's live re-check tells the guest a changed price or a room gone in any case.

Each entry keeps the "generation" of each night it covers. A booking made through the agent gives its
nights a new generation, so every cached answer touching them stops matching at once. Entries are kept
longer than they are fresh so that while the breaker is open an older answer can still be served, with
its age.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from dataclasses import dataclass, replace
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from pms_bridge.port import AvailabilityAnswer, NightAvailability, RoomType, Stay

STALE_KEEP_SECONDS = 6 * 3600  # how long an answer may still be served while the PMS is down


def _keep_seconds() -> int:
    return max(STALE_KEEP_SECONDS, settings.PMS_CACHE_MAX_TTL_SECONDS)


def fresh_seconds(check_in: dt.date, today: dt.date) -> int:
    """How long an availability answer for a stay starting on `check_in` is served without asking again."""
    base = settings.PMS_CACHE_TTL_SECONDS
    lead_days = max((check_in - today).days, 0)
    return max(base, min(settings.PMS_CACHE_MAX_TTL_SECONDS, base * (1 + lead_days)))


@dataclass(frozen=True)
class CachedAvailability:
    answer: AvailabilityAnswer  # every room type, for the stay that first asked
    age_seconds: float
    fresh_seconds: int

    @property
    def fresh(self) -> bool:
        return self.age_seconds <= self.fresh_seconds

    def as_answer(self, stay: Stay) -> AvailabilityAnswer:
        """Every room type, for `stay` (narrow it to an occupancy with `.for_occupancy(stay)`)."""
        return replace(self.answer, stay=stay, from_cache=True, age_seconds=round(self.age_seconds, 1))


def _nights(stay: Stay) -> list[dt.date]:
    return [stay.check_in + dt.timedelta(days=i) for i in range(max(stay.nights, 0))]


def _night_key(backend: str, pms_hotel_id: int, night: dt.date) -> str:
    return f"pms:{backend}:night:{pms_hotel_id}:{night.isoformat()}"


def _night_answer_key(backend: str, pms_hotel_id: int, night: dt.date) -> str:
    return f"pms:{backend}:nightari:{pms_hotel_id}:{night.isoformat()}"


def _availability_key(backend: str, stay: Stay) -> str:
    # Not the occupancy: the cached answer holds every room type and is filtered per question.
    return (
        f"pms:{backend}:avail:{stay.pms_hotel_id}:{stay.check_in.isoformat()}"
        f":{stay.check_out.isoformat()}:{stay.rooms}"
    )


@dataclass(frozen=True)
class WatchMarks:
    """Epoch seconds: when the bookings watch started (its first look) and its last clean look began."""

    since: float | None
    confirmed: float | None

    def confirmed_at(self, fetched_at: dt.datetime) -> dt.datetime | None:
        """When a night fetched at `fetched_at` was last confirmed by a clean look: None before any, or
        for a night fetched before the watch started (a booking made before that was never looked for)."""
        if self.since is None or self.confirmed is None or fetched_at.timestamp() < self.since:
            return None
        return dt.datetime.fromtimestamp(self.confirmed, tz=dt.UTC)


def confirmed_cap_seconds() -> int:
    """How long after QloApps sent it a night may be served at all, however often the watch confirms it:
    the watch sees new bookings, not a rate or a room changed in QloApps' back office."""
    return settings.PMS_CACHE_MAX_TTL_SECONDS


def night_is_fresh(night: NightAvailability, now: dt.datetime, fresh_for: int, marks: WatchMarks) -> bool:
    """Fresh for `fresh_for` (the stay's lead-time TTL) after it was fetched or after the last clean look
    that found no booking on it, whichever is later; never past the cap after it was fetched."""
    age = (now - night.fetched_at).total_seconds()
    if age <= fresh_for:
        return True
    confirmed = marks.confirmed_at(night.fetched_at)
    return (
        age <= confirmed_cap_seconds()
        and confirmed is not None
        and (now - confirmed).total_seconds() <= fresh_for
    )


def can_confirm(night: NightAvailability, now: dt.datetime, marks: WatchMarks) -> bool:
    """Whether a look for new bookings now could make this night fresh again (else it must be fetched)."""
    return (
        marks.since is not None
        and night.fetched_at.timestamp() >= marks.since
        and (now - night.fetched_at).total_seconds() <= confirmed_cap_seconds()
    )


class PmsCache:
    def __init__(self, backend: str) -> None:
        self.backend = backend

    def night_generations(self, stay: Stay) -> tuple[Any, ...]:
        keys = [_night_key(self.backend, stay.pms_hotel_id, n) for n in _nights(stay)]
        found = cache.get_many(keys)
        return tuple(found.get(k) for k in keys)

    def get_availability(self, stay: Stay) -> CachedAvailability | None:
        """The stored answer if no booking touched its nights since; fresh or not (see `.fresh`)."""
        entry_key = _availability_key(self.backend, stay)
        night_keys = [_night_key(self.backend, stay.pms_hotel_id, n) for n in _nights(stay)]
        found = cache.get_many([entry_key, *night_keys])  # one round trip
        entry = found.get(entry_key)
        if not entry:
            return None
        generations = tuple(found.get(k) for k in night_keys)
        if tuple(entry["generations"]) != generations:
            return None
        answer: AvailabilityAnswer = entry["answer"]
        now = timezone.now()
        age = max((now - answer.fetched_at).total_seconds(), 0.0)
        return CachedAvailability(
            answer=answer,
            age_seconds=age,
            fresh_seconds=fresh_seconds(stay.check_in, timezone.localdate(now)),
        )

    def put_availability(self, answer: AvailabilityAnswer, generations: tuple[Any, ...]) -> None:
        """`answer` must list every room type (`availability_all_room_types`); `generations` must be
        read before the PMS was asked, so a booking made meanwhile wins."""
        cache.set(
            _availability_key(self.backend, answer.stay),
            {"answer": replace(answer, from_cache=False, age_seconds=0.0), "generations": list(generations)},
            timeout=_keep_seconds(),
        )

    def invalidate_stay(self, *, pms_hotel_id: int, check_in: dt.date, check_out: dt.date) -> None:
        """A booking changed these nights: no cached answer touching them may be served again."""
        token = uuid.uuid4().hex
        nights = [check_in + dt.timedelta(days=i) for i in range((check_out - check_in).days)]
        cache.set_many(
            {_night_key(self.backend, pms_hotel_id, n): token for n in nights},
            timeout=_keep_seconds() + 3600,  # outlive every entry that could still match the old token
        )

    # --- nights (a PMS that answers night by night: one call warms the nights ahead) -------------
    def get_nights(self, *, pms_hotel_id: int, nights: list[dt.date]) -> dict[dt.date, NightAvailability]:
        """The stored nights no booking touched since they were fetched (fresh or not: see `night_age`)."""
        entry_keys = [_night_answer_key(self.backend, pms_hotel_id, n) for n in nights]
        generation_keys = [_night_key(self.backend, pms_hotel_id, n) for n in nights]
        found = cache.get_many([*entry_keys, *generation_keys])  # one round trip
        kept: dict[dt.date, NightAvailability] = {}
        for night, entry_key, generation_key in zip(nights, entry_keys, generation_keys, strict=True):
            entry = found.get(entry_key)
            if entry and entry["generation"] == found.get(generation_key):
                kept[night] = entry["night"]
        return kept

    def put_nights(self, nights: list[NightAvailability], generations: dict[dt.date, Any]) -> None:
        """`generations` must be read before the PMS was asked, so a booking made meanwhile wins."""
        if nights:  # looks may keep them fresh until the cap
            self._note_fresh_until(time.time() + confirmed_cap_seconds())
        cache.set_many(
            {
                _night_answer_key(self.backend, n.pms_hotel_id, n.night): {
                    "night": n,
                    "generation": generations.get(n.night),
                }
                for n in nights
            },
            timeout=_keep_seconds(),
        )

    def generations_of(self, *, pms_hotel_id: int, nights: list[dt.date]) -> dict[dt.date, Any]:
        keys = {_night_key(self.backend, pms_hotel_id, n): n for n in nights}
        found = cache.get_many(list(keys))
        return {night: found.get(key) for key, night in keys.items()}

    def _note_fresh_until(self, until: float) -> None:
        # Only ever moves later: a night fetched now with a short freshness does not hide a longer one.
        key = f"pms:{self.backend}:fresh_until"
        if until > float(cache.get(key) or 0):
            cache.set(key, until, timeout=settings.PMS_CACHE_MAX_TTL_SECONDS + 60)

    def holds_fresh_nights(self) -> bool:
        """Whether some cached night may still be served without asking the PMS (the watch's work)."""
        return float(cache.get(f"pms:{self.backend}:fresh_until") or 0) > time.time()

    def note_served(self) -> None:
        """An answer came from cached nights (the bookings watch looks only after some did)."""
        cache.set(f"pms:{self.backend}:served", 1, timeout=None)

    def served_since_look(self) -> bool:
        return bool(cache.get(f"pms:{self.backend}:served"))

    def clear_served(self) -> None:
        cache.delete(f"pms:{self.backend}:served")

    def last_seen_booking(self) -> int | None:
        value = cache.get(f"pms:{self.backend}:watch:last_booking")
        return int(value) if value is not None else None

    def set_last_seen_booking(self, pms_booking_id: int) -> None:
        cache.set(f"pms:{self.backend}:watch:last_booking", pms_booking_id, timeout=None)

    # --- the watch as a check of the cached nights ------------------------------------------------
    def watch_started(self, at: dt.datetime) -> None:
        """The first look noted where the PMS stands (after its answer): only nights fetched from then on
        can be confirmed by later looks, as a booking made before it was not looked for."""
        cache.set(f"pms:{self.backend}:watch:since", at.timestamp(), timeout=None)
        cache.delete(f"pms:{self.backend}:watch:confirmed")

    def note_clean_look(self, started: dt.datetime) -> None:
        """A look asked at `started` and forgot the nights of every booking it found: each cached night
        left (its generation unchanged) held no booking made before `started` that it did not show.
        Only ever moves later (looks may overlap)."""
        key = f"pms:{self.backend}:watch:confirmed"
        if started.timestamp() > float(cache.get(key) or 0):
            cache.set(key, started.timestamp(), timeout=None)

    def watch_marks(self) -> WatchMarks:
        found = cache.get_many([f"pms:{self.backend}:watch:since", f"pms:{self.backend}:watch:confirmed"])
        since = found.get(f"pms:{self.backend}:watch:since")
        confirmed = found.get(f"pms:{self.backend}:watch:confirmed")
        return WatchMarks(
            since=float(since) if since is not None else None,
            confirmed=float(confirmed) if confirmed is not None else None,
        )

    def get_room_types(self, pms_hotel_id: int) -> list[RoomType] | None:
        value = cache.get(f"pms:{self.backend}:room_types:{pms_hotel_id}")
        return list(value) if value is not None else None

    def put_room_types(self, pms_hotel_id: int, room_types: list[RoomType]) -> None:
        # Room types change rarely; keep them ten times as long as tonight's prices.
        cache.set(
            f"pms:{self.backend}:room_types:{pms_hotel_id}",
            tuple(room_types),
            timeout=settings.PMS_CACHE_TTL_SECONDS * 10,
        )

    def clear(self) -> None:
        """Drop every PMS entry of this backend (tests, benchmarks)."""
        delete_pattern = getattr(cache, "delete_pattern", None)
        if delete_pattern is not None:
            delete_pattern(f"pms:{self.backend}:*")
        else:
            cache.clear()
