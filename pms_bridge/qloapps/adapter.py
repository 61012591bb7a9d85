"""The QloApps 1.6 adapter of the PMS port (see tests/fixtures/qloapps/README.md for what the API does).

Traps handled here: prices are asked with one occupancy per room and the booking is made at that price
(`unit_price_without_tax`), occupancy and past dates are checked before asking (QloApps checks neither),
a 500 after a create is looked up instead of retried, and every new booking's room lines are checked
for a back-order or another active booking of the same room and nights (QloApps double-books).
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from dataclasses import replace
from decimal import Decimal
from typing import Any

import structlog
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

from pms_bridge.errors import (
    PmsAuthenticationError,
    PmsChildAgesNeeded,
    PmsNotFound,
    PmsUnavailable,
    PmsValidationError,
)
from pms_bridge.port import (
    AvailabilityAnswer,
    BookedNights,
    Booking,
    BookingRequest,
    BookingState,
    GuestDetails,
    NightAvailability,
    NightRoomType,
    PmsHotel,
    RoomOffer,
    RoomType,
    ServicePrice,
    Stay,
)
from pms_bridge.qloapps import extras
from pms_bridge.qloapps import mapping as m
from pms_bridge.qloapps.client import QloAppsClient, QloAppsNoAnswer, QloAppsPossiblyDone

log = structlog.get_logger(__name__)

NEEDED_RESOURCES = ("hotel_ari", "bookings", "orders", "customers", "room_bookings", "hotel_room_types")
OCCUPANCY_RULES_SECONDS = 600.0  # room types' limits change rarely; availability asks for them often
RECONCILE_ATTEMPTS = 3
RECONCILE_PAUSE_SECONDS = 0.3
SOURCE = "hotel-agent"


class QloAppsPms:
    name = "qloapps"
    needs_child_ages = True  # QloApps counts a room's children from `child_ages` (fixtures 032/039)

    def __init__(self, client: QloAppsClient, *, only_hotel_id: int | None = None) -> None:
        self.client = client
        self.only_hotel_id = only_hotel_id  # QLOAPPS_HOTEL_ID: the agent answers for this hotel alone
        self._rules_lock = threading.Lock()
        self._rules: dict[int, tuple[float, list[RoomType]]] = {}
        self._currencies: dict[int, str] = {}

    @classmethod
    def from_settings(cls) -> QloAppsPms:
        if not settings.QLOAPPS_URL or not settings.QLOAPPS_API_KEY:
            raise ImproperlyConfigured("PMS_BACKEND=qloapps needs QLOAPPS_URL and QLOAPPS_API_KEY")
        return cls(
            QloAppsClient(
                base_url=settings.QLOAPPS_URL,
                api_key=settings.QLOAPPS_API_KEY,
                timeout=settings.PMS_TIMEOUT_SECONDS,
            ),
            only_hotel_id=settings.QLOAPPS_HOTEL_ID,
        )

    # --- catalogue -----------------------------------------------------------------------------
    def ping(self) -> None:
        resources = self.client.request("GET", "")
        if not isinstance(resources, list):
            raise PmsUnavailable("QloApps root did not list resources")
        missing = [r for r in NEEDED_RESOURCES if r not in resources]
        if missing:
            raise PmsAuthenticationError(f"the API key may not use: {', '.join(missing)}")

    def hotels(self) -> list[PmsHotel]:
        """Every hotel (or only `QLOAPPS_HOTEL_ID`'s) with its currency, which `hotels` does not state:
        read from a one-night `hotel_ari` question (fixture 019 `currency`)."""
        body = self.client.request("GET", "hotels", params={"display": "full"})
        hotels = [m.hotel_from(row) for row in m.as_list(body, "hotels")]
        if self.only_hotel_id is not None:
            hotels = [h for h in hotels if h.pms_hotel_id == self.only_hotel_id]
        return [replace(h, currency=self._hotel_currency(h.pms_hotel_id)) for h in hotels]

    def _hotel_currency(self, pms_hotel_id: int) -> str:
        night = timezone.localdate() + dt.timedelta(days=1)
        probe = Stay(
            pms_hotel_id=pms_hotel_id, check_in=night, check_out=night + dt.timedelta(days=1), adults=1
        )
        body = self.client.request("POST", "hotel_ari", xml_body=m.hotel_ari_xml(stay=probe))
        return str(((body or {}).get("hotel_ari") or {}).get("currency") or "")

    def room_types(self, *, pms_hotel_id: int) -> list[RoomType]:
        occupancy = m.as_list(
            self.client.request(
                "GET",
                "hotel_room_types",
                params={"display": "full", "filter[id_hotel]": m.filter_values([pms_hotel_id])},
            ),
            "hotel_room_types",
        )
        if not occupancy:
            return []
        ids = [m.as_int(row["id_product"]) for row in occupancy]
        products = m.as_list(
            self.client.request(
                "GET",
                "room_types",
                params={"display": "[id,name,description_short,active]", "filter[id]": m.filter_values(ids)},
            ),
            "room_types",
        )
        by_id = {m.as_int(p["id"]): p for p in products}
        room_types = [
            m.room_type_from(row, by_id.get(m.as_int(row["id_product"])))
            for row in occupancy
            if str(by_id.get(m.as_int(row["id_product"]), {}).get("active", "1")) == "1"
        ]
        with self._rules_lock:
            self._rules[pms_hotel_id] = (time.monotonic(), room_types)
        return room_types

    def _occupancy_rules(self, pms_hotel_id: int) -> list[RoomType]:
        with self._rules_lock:
            known = self._rules.get(pms_hotel_id)
        if known and time.monotonic() - known[0] < OCCUPANCY_RULES_SECONDS:
            return known[1]
        return self.room_types(pms_hotel_id=pms_hotel_id)

    # --- availability --------------------------------------------------------------------------
    def availability(self, *, stay: Stay, live: bool = False) -> AvailabilityAnswer:
        # QloApps does not check occupancy (fixture 065): we do, against `hotel_room_types`.
        return self.availability_all_room_types(stay=stay, live=live).for_occupancy(stay)

    def availability_all_room_types(self, *, stay: Stay, live: bool = False) -> AvailabilityAnswer:
        # hotel_ari's price is the stay's price times the number of `room_occupancy` entries, whatever
        # the adults and children in them (fixtures 019/021/065), so one answer serves every occupancy.
        if stay.check_out <= stay.check_in:
            raise PmsValidationError("check-out must be after check-in")
        rules = {rt.pms_room_type_id: rt for rt in self._occupancy_rules(stay.pms_hotel_id)}
        body = self.client.request("POST", "hotel_ari", xml_body=m.hotel_ari_xml(stay=stay))
        answer = (body or {}).get("hotel_ari") or {}
        currency = str(answer.get("currency") or "")
        offers: list[RoomOffer] = []
        for row in answer.get("room_types") or []:
            room_type = rules.get(m.as_int(row.get("id_room_type")))
            if room_type is None:
                continue  # not an active room type of this hotel
            total = m.money(row.get("total_price_with_tax"))
            without_tax = m.money(row.get("total_price"))
            offers.append(
                RoomOffer(
                    room_type=room_type,
                    available_rooms=m.available_count(row),
                    total=total,
                    total_without_tax=without_tax,
                    taxes=total - without_tax,
                    currency=currency,
                    raw={k: v for k, v in row.items() if k != "rooms"}
                    | {"available": m.available_count(row)},
                )
            )
        return AvailabilityAnswer(stay=stay, offers=tuple(offers), fetched_at=timezone.now(), raw=body or {})

    def nightly_availability(
        self, *, pms_hotel_id: int, date_from: dt.date, date_to: dt.date
    ) -> list[NightAvailability]:
        """Each night from `date_from` to `date_to` in one call (`date_wise_breakdown`, fixture 047): per
        room type the night's price and the ids of the rooms free that night. Its booked/unavailable
        totals are wrong (047) and are not read."""
        if date_to <= date_from:
            raise PmsValidationError("date_to must be after date_from")
        rules = {rt.pms_room_type_id: rt for rt in self._occupancy_rules(pms_hotel_id)}
        body = self.client.request(
            "POST",
            "hotel_ari",
            xml_body=m.hotel_ari_nights_xml(pms_hotel_id=pms_hotel_id, date_from=date_from, date_to=date_to),
        )
        now = timezone.now()
        nights = []
        for answer in m.as_list(body, "hotel_aris"):
            nights.append(
                NightAvailability(
                    pms_hotel_id=pms_hotel_id,
                    night=m.as_date(answer.get("date_from")),
                    currency=str(answer.get("currency") or ""),
                    room_types=tuple(
                        NightRoomType(
                            room_type=rules[m.as_int(row.get("id_room_type"))],
                            price=m.money(row.get("total_price")),
                            price_with_tax=m.money(row.get("total_price_with_tax")),
                            free_room_ids=m.available_room_ids(row),
                        )
                        for row in answer.get("room_types") or []
                        if m.as_int(row.get("id_room_type")) in rules
                    ),
                    fetched_at=now,
                )
            )
        wanted = [date_from + dt.timedelta(days=i) for i in range((date_to - date_from).days)]
        if [n.night for n in nights] != wanted:
            raise PmsUnavailable("QloApps' night-by-night answer did not cover the nights asked")
        return nights

    def bookings_after(self, *, pms_booking_id: int) -> tuple[int, list[BookedNights]]:
        """Bookings made since `pms_booking_id` (anywhere: website, desk, this agent): the newest id and
        the nights their room lines hold. One call once the watch knows where QloApps stood: the room
        lines of the orders after it, by an interval filter on `id_order` (PrestaShop's `[from,to]`),
        the newest id read from them. The first look lists every order id (`GET bookings`, 035)."""
        if pms_booking_id > 0:
            lines = m.as_list(
                self.client.request(
                    "GET",
                    "room_bookings",
                    params={
                        "display": "[id_order,id_hotel,date_from,date_to]",
                        "filter[id_order]": f"[{pms_booking_id + 1},{ORDER_ID_MAX}]",
                    },
                ),
                "bookings",
            )
            return max([pms_booking_id, *(m.as_int(line["id_order"]) for line in lines)]), _nights_held(lines)
        ids = sorted(
            m.as_int(row["id"]) for row in m.as_list(self.client.request("GET", "bookings"), "bookings")
        )
        newer = [i for i in ids if i > pms_booking_id]
        if not newer:
            return (ids[-1] if ids else pms_booking_id), []
        return newer[-1], _nights_held(self._lines(newer))

    # --- reading bookings ----------------------------------------------------------------------
    def _order(self, order_id: int) -> dict[str, Any]:
        body = self.client.request("GET", f"orders/{order_id}")
        order: dict[str, Any] = (body or {}).get("order") or {}
        return order

    def _lines(self, order_ids: list[int]) -> list[dict[str, Any]]:
        if not order_ids:
            return []
        body = self.client.request(
            "GET", "room_bookings", params={"display": "full", "filter[id_order]": m.filter_values(order_ids)}
        )
        return m.as_list(body, "bookings")

    def _customer(self, customer_id: int) -> dict[str, Any]:
        try:
            body = self.client.request("GET", f"customers/{customer_id}")
        except PmsNotFound:
            return {}
        customer: dict[str, Any] = (body or {}).get("customer") or {}
        return customer

    def _booking(
        self, order: dict[str, Any], lines: list[dict[str, Any]], guest: GuestDetails | None = None
    ) -> Booking:
        if guest is None:
            customer = self._customer(m.as_int(order.get("id_customer") or 0))
            guest = GuestDetails(
                first_name=str(customer.get("firstname") or ""),
                last_name=str(customer.get("lastname") or ""),
                email=str(customer.get("email") or ""),
                phone=str(customer.get("phone") or ""),
            )
        current = [line for line in lines if m.line_is_active(line)] or lines
        first = current[0] if current else {}
        return Booking(
            pms_booking_id=m.as_int(order["id"]),
            reference=str(order.get("reference") or ""),
            pms_hotel_id=m.as_int(first.get("id_hotel") or 0),
            pms_room_type_id=m.as_int(first.get("id_product") or 0),
            check_in=m.as_date(first.get("date_from") or "1970-01-01"),
            check_out=m.as_date(first.get("date_to") or "1970-01-02"),
            adults=m.as_int(first.get("adults") or 0),
            children=m.as_int(first.get("children") or 0),
            rooms=max(len(current), 1),
            guest=guest,
            total=m.money(order.get("total_paid_tax_incl")),
            currency=self._currency_code(order),
            state=m.booking_state(order, lines),
            paid=m.is_paid(order),
            raw={"order": order, "room_bookings": lines},
            child_ages=m.child_ages(first),
        )

    def _currency_code(self, order: dict[str, Any]) -> str:
        currency_id = m.as_int(order.get("id_currency") or 0)
        with self._rules_lock:
            known = self._currencies.get(currency_id)
        if known is None:
            body = self.client.request("GET", f"currencies/{currency_id}")
            known = str(((body or {}).get("currency") or {}).get("iso_code") or "")
            with self._rules_lock:
                self._currencies[currency_id] = known
        return known

    def get_booking(self, *, reference: str) -> Booking:
        reference = reference.strip().upper()
        if not reference.isalpha():
            raise PmsNotFound("QloApps references are letters only")
        orders = m.as_list(
            self.client.request(
                "GET", "orders", params={"display": "full", "filter[reference]": m.filter_values([reference])}
            ),
            "orders",
        )
        if not orders:
            raise PmsNotFound(f"no QloApps order {reference}")
        order = orders[0]
        return self._booking(order, self._lines([m.as_int(order["id"])]))

    def _orders_of(self, customer_ids: list[int]) -> list[dict[str, Any]]:
        if not customer_ids:
            return []
        body = self.client.request(
            "GET", "orders", params={"display": "full", "filter[id_customer]": m.filter_values(customer_ids)}
        )
        return m.as_list(body, "orders")

    def _customers(self, *, email: str = "", phone: str = "") -> list[dict[str, Any]]:
        found: dict[int, dict[str, Any]] = {}
        for field, value in (("email", email.strip()), ("phone", phone.strip())):
            if not value or "|" in value or "]" in value:
                continue
            body = self.client.request(
                "GET", "customers", params={"display": "full", f"filter[{field}]": m.filter_values([value])}
            )
            for row in m.as_list(body, "customers"):
                found[m.as_int(row["id"])] = row
        return list(found.values())

    def find_bookings(self, *, email: str = "", phone: str = "") -> list[Booking]:
        customers = {m.as_int(c["id"]): c for c in self._customers(email=email, phone=phone)}
        orders = self._orders_of(list(customers))
        lines = self._lines([m.as_int(o["id"]) for o in orders])
        bookings = []
        for order in orders:
            customer = customers.get(m.as_int(order.get("id_customer") or 0), {})
            guest = GuestDetails(
                first_name=str(customer.get("firstname") or ""),
                last_name=str(customer.get("lastname") or ""),
                email=str(customer.get("email") or ""),
                phone=str(customer.get("phone") or ""),
            )
            own = [line for line in lines if m.as_int(line.get("id_order")) == m.as_int(order["id"])]
            bookings.append(self._booking(order, own, guest))
        return sorted(bookings, key=lambda b: (b.check_in, b.pms_booking_id))

    def upcoming_bookings(
        self, *, pms_hotel_id: int, arriving_from: dt.date, arriving_until: dt.date
    ) -> list[Booking]:
        """Three reads: the hotel's room lines arriving on each day asked (`filter[date_from]` with the
        OR of the days, as QloApps stores them at midnight: 039, the `|` filter of 012), then their
        orders and holders by id. Every line of those orders is read again so the state is the order's."""
        days = [
            arriving_from + dt.timedelta(days=i) for i in range((arriving_until - arriving_from).days + 1)
        ]
        if not days:
            return []
        arriving = m.as_list(
            self.client.request(
                "GET",
                "room_bookings",
                params={
                    "display": "full",
                    "filter[id_hotel]": m.filter_values([pms_hotel_id]),
                    "filter[date_from]": m.filter_values([f"{day.isoformat()} 00:00:00" for day in days]),
                },
            ),
            "bookings",
        )
        order_ids = sorted({m.as_int(line["id_order"]) for line in arriving})
        if not order_ids:
            return []
        orders = m.as_list(
            self.client.request(
                "GET", "orders", params={"display": "full", "filter[id]": m.filter_values(order_ids)}
            ),
            "orders",
        )
        customer_ids = sorted({m.as_int(order.get("id_customer") or 0) for order in orders})
        customers = {
            m.as_int(row["id"]): row
            for row in m.as_list(
                self.client.request(
                    "GET",
                    "customers",
                    params={"display": "full", "filter[id]": m.filter_values(customer_ids)},
                ),
                "customers",
            )
        }
        lines = self._lines(order_ids)
        bookings = []
        for order in orders:
            customer = customers.get(m.as_int(order.get("id_customer") or 0), {})
            guest = GuestDetails(
                first_name=str(customer.get("firstname") or ""),
                last_name=str(customer.get("lastname") or ""),
                email=str(customer.get("email") or ""),
                phone=str(customer.get("phone") or ""),
            )
            own = [line for line in lines if m.as_int(line.get("id_order")) == m.as_int(order["id"])]
            bookings.append(self._booking(order, own, guest))
        return sorted(bookings, key=lambda b: (b.check_in, b.pms_booking_id))

    # --- writing bookings ----------------------------------------------------------------------
    def create_booking(self, *, request: BookingRequest) -> Booking:
        """Create once; a 500-after-create or a lost answer is looked up, never retried blindly."""
        _require_child_ages(request.stay)
        body = m.booking_create_body(request, source=SOURCE)
        try:
            answer = self.client.request("POST", "bookings", json_body=body)
            order_id = m.as_int(((answer or {}).get("booking") or {}).get("id"))
        except (QloAppsPossiblyDone, QloAppsNoAnswer) as exc:
            log.warning("qloapps.create_ambiguous", error=type(exc).__name__)
            found = self._find_created(request)
            if found is None:
                raise PmsUnavailable("QloApps did not confirm the booking and it cannot be found") from exc
            order_id = found
        return self._verified(order_id, request)

    def _find_created(self, request: BookingRequest) -> int | None:
        """The order this request made, by guest e-mail, room type, stay and occupancy (newest first)."""
        stay = request.stay
        for attempt in range(RECONCILE_ATTEMPTS):
            customers = self._customers(email=request.guest.email)
            orders = self._orders_of([m.as_int(c["id"]) for c in customers])
            lines = self._lines([m.as_int(o["id"]) for o in orders])
            matching = sorted(
                {
                    m.as_int(line["id_order"])
                    for line in lines
                    if m.as_int(line.get("id_product")) == request.pms_room_type_id
                    and m.as_date(line["date_from"]) == stay.check_in
                    and m.as_date(line["date_to"]) == stay.check_out
                    and m.as_int(line.get("adults")) == stay.adults
                    and m.as_int(line.get("children")) == stay.children
                },
                reverse=True,
            )
            active = [
                o for o in orders if m.as_int(o["id"]) in matching and m.as_int(o.get("current_state")) != 4
            ]
            if active:
                return max(m.as_int(o["id"]) for o in active)
            if attempt + 1 < RECONCILE_ATTEMPTS:
                time.sleep(RECONCILE_PAUSE_SECONDS)  # the create may still be running on the server
        return None

    def _verified(self, order_id: int, request: BookingRequest) -> Booking:
        """Read the new order back and check its room lines: QloApps may have double-booked the room."""
        order = self._order(order_id)
        lines = self._lines([order_id])
        booking = self._booking(order, lines, request.guest)
        if booking.state == BookingState.ACTIVE and self._room_taken_before(order_id, lines):
            booking = replace(booking, state=BookingState.OVERBOOKED)
        if booking.state == BookingState.OVERBOOKED:
            log.error("qloapps.overbooked", order=order_id, room_type=request.pms_room_type_id)
        elif booking.state == BookingState.ACTIVE and not m.party_recorded(lines, request.stay):
            # QloApps kept the room but not the party asked (e.g. children without ages): say so.
            booking = replace(booking, state=BookingState.PARTY_MISMATCH)
            log.error("qloapps.party_mismatch", order=order_id, room_type=request.pms_room_type_id)
        return booking

    def _room_taken_before(self, order_id: int, lines: list[dict[str, Any]]) -> bool:
        """Whether an earlier active order holds one of our rooms on one of our nights."""
        for line in lines:
            if not m.line_is_active(line):
                continue
            body = self.client.request(
                "GET",
                "room_bookings",
                params={"display": "full", "filter[id_room]": m.filter_values([m.as_int(line["id_room"])])},
            )
            for other in m.as_list(body, "bookings"):
                if (
                    m.as_int(other["id_order"]) < order_id
                    and m.line_is_active(other)
                    and m.lines_overlap(line, other)
                ):
                    return True
        return False

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
        current = self.get_booking(reference=reference)
        if current.state != BookingState.ACTIVE:
            raise PmsValidationError("only an active booking can be changed")
        if not child_ages and children == current.children:
            child_ages = current.child_ages  # the same children: the ages QloApps recorded
        stay = Stay(
            pms_hotel_id=current.pms_hotel_id,
            check_in=check_in,
            check_out=check_out,
            adults=adults,
            children=children,
            rooms=current.rooms,
            child_ages=tuple(child_ages),
        )
        _require_child_ages(stay)
        # Price the new stay as the guest would be quoted it, and book it at that price.
        offer = next(
            (
                o
                for o in self.availability(stay=stay, live=True).offers
                if o.room_type.pms_room_type_id == current.pms_room_type_id
            ),
            None,
        )
        if offer is None:
            raise PmsValidationError("the room type does not take this occupancy")
        body = m.booking_update_body(
            current,
            room_type_id=current.pms_room_type_id,
            check_in=check_in,
            check_out=check_out,
            rooms=m.room_lines(stay, total_without_tax=offer.total_without_tax),
        )
        self.client.request("PUT", f"bookings/{current.pms_booking_id}", json_body=body)
        return self.get_booking(reference=reference)

    def cancel_booking(self, *, reference: str) -> Booking:
        current = self.get_booking(reference=reference)
        if current.state not in (BookingState.CANCELLED, BookingState.REFUNDED):
            # An order history with state 4 cancels the order and frees its rooms (fixtures 059-062).
            self.client.request(
                "POST",
                "order_histories",
                xml_body=m.order_history_xml(order_id=current.pms_booking_id, state=m.ORDER_STATE_CANCELLED),
            )
        return self.get_booking(reference=reference)

    # --- extras on an existing booking (pms_bridge/qloapps/extras.py says what the webservice allows) --
    def services(self, *, pms_hotel_id: int) -> list[ServicePrice]:
        return extras.services(self, pms_hotel_id=pms_hotel_id)

    def add_service(self, *, reference: str, service: ServicePrice, total: Decimal) -> Booking:
        return extras.add_service(self, reference=reference, service=service, total=total)

    def change_room_type(
        self, *, reference: str, pms_room_type_id: int, total: Decimal, total_without_tax: Decimal
    ) -> Booking:
        return extras.change_room_type(
            self, reference=reference, pms_room_type_id=pms_room_type_id, total_without_tax=total_without_tax
        )

    def record_deposit(self, *, reference: str, amount: Decimal, currency: str) -> Booking:
        return extras.record_deposit(self, reference=reference)


def _require_child_ages(stay: Stay) -> None:
    """QloApps records a room's children from `child_ages` alone: `child: 1` without ages is booked as
    no child at all (the real server's answer to our first contract run), so never send that."""
    if stay.children and len(stay.child_ages) != stay.children:
        raise PmsChildAgesNeeded(
            f"{stay.children} children need {stay.children} ages, got {len(stay.child_ages)}"
        )


# The top of the `id_order` interval the watch asks for (QloApps' order ids are unsigned ints).
ORDER_ID_MAX = 4294967295


def _nights_held(lines: list[dict[str, Any]]) -> list[BookedNights]:
    held = {
        BookedNights(
            pms_hotel_id=m.as_int(line.get("id_hotel") or 0),
            check_in=m.as_date(line["date_from"]),
            check_out=m.as_date(line["date_to"]),
        )
        for line in lines
    }
    return sorted(held, key=lambda b: (b.pms_hotel_id, b.check_in, b.check_out))
