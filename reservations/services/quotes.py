"""Quotes: ask the PMS for a stay and keep its answer, so every price said can be traced back."""

from __future__ import annotations

from django.db import models, transaction

from hotel_agent.hotels.models import Hotel
from pms_bridge.factory import get_pms
from pms_bridge.port import AvailabilityAnswer, RoomOffer, Stay
from reservations.errors import InvalidStay
from reservations.models import Quote, QuoteLine
from reservations.services.validation import fitting_room_types, validate_stay


def offer_nights(offer: RoomOffer) -> list[dict[str, str]]:
    return [{"date": night.date.isoformat(), "amount": str(night.amount)} for night in offer.nights]


def quote_record(
    *, hotel: Hotel, answer: AvailabilityAnswer, room_type_ids: set[int], conversation_id: int | None
) -> Quote:
    stay = answer.stay
    with transaction.atomic():
        quote = Quote.objects.create(
            hotel=hotel,
            conversation_id=conversation_id,
            check_in=stay.check_in,
            check_out=stay.check_out,
            adults=stay.adults,
            children=stay.children,
            child_ages=list(stay.child_ages),
            rooms=stay.rooms,
            pms=get_pms().name,
            fetched_at=answer.fetched_at,
            from_cache=answer.from_cache,
            age_seconds=answer.age_seconds,
            raw=answer.raw,
        )
        QuoteLine.objects.bulk_create(
            [
                QuoteLine(
                    quote=quote,
                    pms_room_type_id=offer.room_type.pms_room_type_id,
                    room_type_name=offer.room_type.name,
                    available_rooms=max(offer.available_rooms, 0),
                    total=offer.total,
                    total_without_tax=offer.total_without_tax,
                    taxes=offer.taxes,
                    currency=offer.currency,
                    nights=offer_nights(offer),
                    raw=offer.raw,
                    fetched_at=answer.fetched_at,
                )
                for offer in answer.offers
                if offer.room_type.pms_room_type_id in room_type_ids
            ]
        )
    return quote


def quote_create(*, hotel: Hotel, stay: Stay, conversation: models.Model | None = None) -> Quote:
    """Ask the PMS what `stay` costs per room type that fits, and store the answer with its lines.

    Raises `InvalidStay` (past or nonsense dates, numbers) and `OccupancyNotPossible` before the PMS is
    asked; `PmsUnavailable` when the PMS is down and nothing is cached. Lines are ordered by price and
    include sold-out room types (`available_rooms` 0) so the engine can say so.
    """
    if stay.pms_hotel_id != hotel.pms_hotel_id:
        raise InvalidStay("the stay is for another hotel", code="wrong_hotel")
    validate_stay(
        hotel=hotel,
        check_in=stay.check_in,
        check_out=stay.check_out,
        adults=stay.adults,
        children=stay.children,
        rooms=stay.rooms,
        child_ages=stay.child_ages,
    )
    pms = get_pms()
    fitting = fitting_room_types(
        pms.room_types(pms_hotel_id=hotel.pms_hotel_id), adults=stay.adults, children=stay.children
    )
    answer = pms.availability(stay=stay)
    return quote_record(
        hotel=hotel,
        answer=answer,
        room_type_ids={rt.pms_room_type_id for rt in fitting},
        conversation_id=conversation.pk if conversation is not None else None,
    )
