"""Every Meta message type becomes an IncomingMessage; statuses and errors are read, nothing is dropped."""

from __future__ import annotations

import datetime as dt

import pytest

from channels_app.tests.conftest import FIXTURES, fixture_json
from channels_app.whatsapp.normalise import MalformedPayload, parse_webhook
from conversations.incoming import Channel, IncomingMessage, MessageKind


def only_message(name: str) -> IncomingMessage:
    contents = parse_webhook(fixture_json(name))
    assert len(contents.messages) == 1
    assert contents.messages[0].phone_number_id == "106540352242922"
    return contents.messages[0].message


def test_text() -> None:
    message = only_message("text.json")
    assert message.channel == Channel.WHATSAPP
    assert message.kind == MessageKind.TEXT
    assert message.sender == "+34600111222"
    assert message.sender_name == "Lucía Martín"
    assert message.text.startswith("Hola, ¿tenéis")
    assert message.provider_message_id.startswith("wamid.")
    assert message.sent_at == dt.datetime(2025, 11, 25, 9, 0, tzinfo=dt.UTC)
    assert message.raw["text"]["body"] == message.text


@pytest.mark.parametrize(
    ("name", "kind", "media_id", "caption", "is_voice"),
    [
        ("image.json", MessageKind.IMAGE, "1003383421387256", "¿Esta es la entrada del parking?", False),
        ("audio_voice.json", MessageKind.AUDIO, "1519345972282981", "", True),
        ("audio_file.json", MessageKind.AUDIO, "1519345972282982", "", False),
        ("video.json", MessageKind.VIDEO, "2103974743378920", "El ruido de la habitación", False),
        ("document.json", MessageKind.DOCUMENT, "1229412198504380", "Factura de la estancia", False),
        ("sticker.json", MessageKind.STICKER, "1123408089287374", "", False),
    ],
)
def test_media_is_referenced_by_id(name: str, kind: str, media_id: str, caption: str, is_voice: bool) -> None:
    message = only_message(name)
    assert message.kind == kind
    assert message.media is not None
    assert message.media.media_id == media_id
    assert message.media.caption == caption and message.text == caption
    assert message.media.is_voice is is_voice
    assert message.media.mime_type


def test_document_keeps_its_filename() -> None:
    media = only_message("document.json").media
    assert media is not None and media.filename == "factura-1209.pdf"


def test_location() -> None:
    message = only_message("location.json")
    assert message.kind == MessageKind.LOCATION
    assert message.location == {
        "latitude": 38.3443,
        "longitude": -0.4947,
        "name": "Estación de Alicante",
        "address": "Estación de Alicante-Terminal, Av. de Salamanca, 03005 Alicante",
        "url": "https://maps.example/estacion",
    }


def test_contacts() -> None:
    message = only_message("contacts.json")
    assert message.kind == MessageKind.CONTACTS
    assert message.contacts[0]["name"]["formatted_name"] == "Pablo Ruiz"
    assert message.contacts[0]["phones"][0]["wa_id"] == "34600222333"


def test_interactive_button_reply_with_context() -> None:
    message = only_message("interactive_button_reply.json")
    assert message.kind == MessageKind.BUTTON_REPLY
    assert (message.payload_id, message.text) == ("confirm_booking", "Sí, reservar")
    assert message.reply_to_provider_id == "wamid.HBgLMzQ2MDAxMTEyMjIVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA"


def test_interactive_list_reply() -> None:
    message = only_message("interactive_list_reply.json")
    assert message.kind == MessageKind.LIST_REPLY
    assert (message.payload_id, message.text) == ("room_type_2", "Doble superior")


def test_template_quick_reply_button() -> None:
    message = only_message("template_button.json")
    assert message.kind == MessageKind.BUTTON_REPLY
    assert (message.payload_id, message.text) == ("reengage_continue", "Continuar")


def test_reaction_and_its_removal() -> None:
    added = only_message("reaction.json")
    assert added.kind == MessageKind.REACTION and added.reaction_emoji == "\N{THUMBS UP SIGN}"
    assert added.reply_to_provider_id == "wamid.HBgLMzQ2MDAxMTEyMjIVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA"
    removed = only_message("reaction_removed.json")
    assert removed.kind == MessageKind.REACTION and removed.reaction_emoji == ""


def test_text_replying_to_an_earlier_message() -> None:
    message = only_message("reply_with_context.json")
    assert message.kind == MessageKind.TEXT
    assert message.reply_to_provider_id == "wamid.HBgLMzQ2MDAxMTEyMjIVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA"


def test_unsupported_keeps_metas_error() -> None:
    message = only_message("unsupported.json")
    assert message.kind == MessageKind.UNSUPPORTED
    assert message.error is not None and message.error["code"] == 131051


def test_a_type_this_code_never_heard_of_is_unsupported_not_dropped() -> None:
    payload = fixture_json("text.json")
    raw = payload["entry"][0]["changes"][0]["value"]["messages"][0]
    raw["type"] = "hologram"
    raw["hologram"] = raw.pop("text")
    message = parse_webhook(payload).messages[0].message
    assert message.kind == MessageKind.UNSUPPORTED
    assert message.error == {"title": "unhandled type 'hologram'"}


def test_several_messages_and_entries() -> None:
    assert [m.message.text for m in parse_webhook(fixture_json("multiple_messages.json")).messages] == [
        "Buenas tardes",
        "¿A qué hora es el check-in?",
    ]
    entries = parse_webhook(fixture_json("multiple_entries.json")).messages
    assert [(m.message.sender, m.message.sender_name) for m in entries] == [
        ("+34600111222", "Lucía Martín"),
        ("+447700900123", "John Smith"),
    ]


@pytest.mark.parametrize("status", ["sent", "delivered", "read"])
def test_statuses(status: str) -> None:
    [update] = parse_webhook(fixture_json(f"status_{status}.json")).statuses
    assert update.status == status
    assert update.provider_message_id == "wamid.FAKE_OUTBOUND_1"
    assert update.error_code == ""


def test_failed_status_carries_code_and_title() -> None:
    [update] = parse_webhook(fixture_json("status_failed_131047.json")).statuses
    assert (update.status, update.error_code, update.error_title) == (
        "failed",
        "131047",
        "Re-engagement message",
    )


def test_status_echoes_our_callback_data() -> None:
    [update] = parse_webhook(fixture_json("status_sent_with_callback_data.json")).statuses
    assert update.callback_data == "whatsapp:reply:1:0"


def test_account_level_errors_and_other_fields() -> None:
    errors = parse_webhook(fixture_json("errors.json"))
    assert errors.messages == [] and errors.errors[0]["code"] == 131000
    other = parse_webhook(fixture_json("template_status_update.json"))
    assert other.ignored_fields == ["message_template_status_update"] and other.messages == []


def test_json_that_is_not_a_webhook_is_malformed() -> None:
    with pytest.raises(MalformedPayload):
        parse_webhook(["not", "an", "object"])


def test_every_fixture_parses() -> None:
    for path in sorted(FIXTURES.glob("*.json")):
        parse_webhook(fixture_json(path.name))


def test_nul_and_lone_surrogates_are_cleaned_everywhere_a_message_or_status_carries_text() -> None:
    payload = fixture_json("image.json")
    value = payload["entry"][0]["changes"][0]["value"]
    value["contacts"][0]["profile"]["name"] = "Lu\x00cía\ud800"
    value["messages"][0]["image"]["caption"] = "foto\x00\udfff"
    status = fixture_json("status_failed_131047.json")
    status_value = status["entry"][0]["changes"][0]["value"]
    status_value["statuses"][0]["errors"][0]["title"] = "bad\x00\ud800"

    message = parse_webhook(payload).messages[0].message
    update = parse_webhook(status).statuses[0]

    assert message.sender_name == "Lucía\ufffd"
    assert message.text == message.media.caption == "foto\ufffd"  # type: ignore[union-attr]
    assert message.raw["image"]["caption"] == "foto\ufffd"
    assert update.error_title == "bad\ufffd"
