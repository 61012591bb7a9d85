"""Fuzzing the WhatsApp webhook normaliser: any JSON, or a delivery of the right shape with any values in
it, gives its contents or `MalformedPayload`, never another exception (which would fail the event task
again and again), and whatever it yields can be stored (no NUL, no lone surrogate)."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from channels_app.whatsapp.normalise import MalformedPayload, parse_webhook

SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30)
JSON = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=25,
)
KINDS = st.sampled_from(
    ["text", "image", "audio", "document", "location", "contacts", "interactive", "button", "reaction", "xyz"]
)


def _anything_or(value: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return value | JSON


@st.composite
def message(draw: st.DrawFn) -> Any:
    kind = draw(KINDS)
    return draw(
        _anything_or(
            st.fixed_dictionaries(
                {
                    "from": _anything_or(st.from_regex(r"[0-9]{6,15}", fullmatch=True)),
                    "id": _anything_or(st.text(min_size=1, max_size=40)),
                    "timestamp": JSON,
                    "type": st.just(kind) | JSON,
                    kind: JSON,
                    "context": JSON,
                    "errors": JSON,
                }
            )
        )
    )


@st.composite
def delivery(draw: st.DrawFn) -> Any:
    value = _anything_or(
        st.fixed_dictionaries(
            {
                "metadata": _anything_or(st.fixed_dictionaries({"phone_number_id": JSON})),
                "contacts": _anything_or(
                    st.lists(
                        _anything_or(st.fixed_dictionaries({"wa_id": JSON, "profile": JSON})), max_size=3
                    )
                ),
                "messages": _anything_or(st.lists(message(), max_size=3)),
                "statuses": _anything_or(
                    st.lists(
                        _anything_or(
                            st.fixed_dictionaries(
                                {
                                    "id": JSON,
                                    "status": st.sampled_from(["sent", "delivered", "read", "failed"]) | JSON,
                                    "timestamp": JSON,
                                    "errors": JSON,
                                }
                            )
                        ),
                        max_size=3,
                    )
                ),
                "errors": JSON,
            }
        )
    )
    change = _anything_or(st.fixed_dictionaries({"field": st.just("messages") | JSON, "value": value}))
    entry = _anything_or(
        st.fixed_dictionaries({"id": JSON, "changes": _anything_or(st.lists(change, max_size=2))})
    )
    return draw(
        _anything_or(
            st.fixed_dictionaries(
                {"object": st.just("whatsapp_business_account"), "entry": st.lists(entry, max_size=2)}
            )
        )
    )


def _storable(text: str) -> bool:
    return "\x00" not in text and not any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(delivery())
def test_any_delivery_gives_its_contents_or_malformed_payload(payload: Any) -> None:
    try:
        contents = parse_webhook(payload)
    except MalformedPayload:
        return
    for item in contents.messages:
        incoming = item.message
        assert _storable(incoming.text) and _storable(incoming.sender_name)
        assert _storable(incoming.provider_message_id)
    for status in contents.statuses:
        assert _storable(status.provider_message_id) and _storable(status.error_title)
