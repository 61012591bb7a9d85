"""Voice notes end to end: espeak-ng speaks the guest's words, encoded as OGG/Opus like WhatsApp's, served
by the fake Graph API's media endpoint; the signed webhook carries the media id; the note is fetched,
decoded to 16 kHz mono and sent to a fake OpenAI-compatible transcription server on loopback, which
checks the audio (valid WAV, 16 kHz, mono, the script's length) and answers the spoken script. The
engine reads the transcript like typed text, with the fake QloApps behind it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from django.test import override_settings

from channels_app.speech import audio
from conversations.engine.tests.chat import amounts_in
from conversations.engine.tests.e2e_support import assert_booked_in_qloapps, assert_offers_are_the_pms_prices
from conversations.engine.types import HandoffReason
from conversations.models import ConversationState, Message, SpeechStatus
from reservations.models import Reservation
from tests.fakes.transcription import FakeTranscription
from tests.support.speech import corrupt_note, long_note, silent_note, speak

pytestmark = pytest.mark.django_db

MARCH_20, MARCH_23 = dt.date(2027, 3, 20), dt.date(2027, 3, 23)
POLITE_REQUESTS = {
    "too_long": "dura más de 3 minutos",
    "silent": "No he oído nada en su nota de voz",
    "unreadable": "No he podido reproducir su nota de voz",
}


@pytest.fixture
def stt() -> Iterator[FakeTranscription]:
    with (
        FakeTranscription() as fake,
        override_settings(STT_ENGINE="openai", STT_URL=fake.url, STT_API_KEY=fake.api_key, TTS_ENGINE="none"),
    ):
        yield fake


def said(stt: FakeTranscription, text: str, language: str = "es") -> bytes:
    """The OGG/Opus voice note of `text`, its script registered with the transcription server."""
    spoken = speak(text, language=language)
    stt.expect(text, seconds=spoken.seconds, language=language)
    return spoken.ogg_opus


def voice_notes(guest) -> list[Message]:
    return list(Message.objects.filter(conversation__guest__phone=guest.phone, kind="audio", direction="in"))


def test_spanish_guest_books_a_room_with_three_voice_notes(whatsapp, qloapps, stt):
    guest = whatsapp("+34600710001", name="Ana García")
    offers = guest.sends_voice_note(
        said(
            stt,
            "Hola, soy Ana García y mi correo es ana.garcia@example.com. "
            "Quería reservar una habitación del 20 al 23 de marzo para 2 personas.",
        )
    )
    lines = assert_offers_are_the_pms_prices(guest, offers)
    summary = guest.sends_voice_note(said(stt, "La primera, por favor."))
    assert amounts_in(summary) == [lines[0].total] and "Ana García" in summary
    assert not Reservation.objects.filter(
        conversation_id=guest.conversation.pk
    ).exists()  # only after the yes
    confirmation = guest.sends_voice_note(said(stt, "Sí, confírmela, por favor."))
    assert "Reserva confirmada" in confirmation
    assert_booked_in_qloapps(
        qloapps,
        guest=guest,
        email="ana.garcia@example.com",
        check_in=MARCH_20,
        check_out=MARCH_23,
        total=lines[0].total,
    )
    # What the transcription server received: three valid 16 kHz mono WAVs of the scripts' lengths.
    assert [r.answered for r in stt.received] == [s.text for s in stt._scripts]
    assert all(
        (r.sample_rate, r.channels, r.response_format) == (16000, 1, "verbose_json") for r in stt.received
    )
    # The conversation's language is the hint once known; the detected one is kept on each note.
    assert [r.language_hint for r in stt.received] == ["", "es", "es"]
    notes = voice_notes(guest)
    assert [n.speech_status for n in notes] == [SpeechStatus.TRANSCRIBED] * 3
    assert [n.speech_language for n in notes] == ["es"] * 3
    assert notes[0].text.startswith("Hola, soy Ana García") and notes[0].audio_seconds
    assert all(n.handled_at is not None for n in notes)
    assert guest.conversation.language == "es"


@pytest.mark.parametrize(
    ("make_note", "status"),
    [
        (lambda: long_note(181.0), SpeechStatus.TOO_LONG),
        (silent_note, SpeechStatus.SILENT),
        (corrupt_note, SpeechStatus.UNREADABLE),
    ],
    ids=["long", "silent", "corrupt"],
)
def test_long_silent_and_corrupt_notes_get_the_polite_request(whatsapp, qloapps, stt, make_note, status):
    guest = whatsapp("+34600710002")
    guest.says("Hola")
    reply = guest.sends_voice_note(make_note())
    assert POLITE_REQUESTS[status] in reply and "escribe" in reply
    (note,) = voice_notes(guest)
    assert note.speech_status == status and note.text == ""
    assert guest.conversation.state == ConversationState.AI
    assert not stt.received  # nothing unusable reaches the engine


def test_a_second_unusable_note_in_a_row_goes_to_a_person(whatsapp, qloapps, stt):
    guest = whatsapp("+34600710003")
    first = guest.sends_voice_note(silent_note())
    assert "No he oído nada" in first  # a first message with no language: the hotel's (Spanish)
    second = guest.sends_voice_note(corrupt_note())
    assert "recepción" in second and "notas de voz" in second
    conversation = guest.conversation
    assert conversation.state == ConversationState.WAITING_HUMAN
    assert conversation.handoff_reason == HandoffReason.LOW_CONFIDENCE


def test_a_readable_message_between_two_bad_notes_keeps_the_ai(whatsapp, qloapps, stt):
    guest = whatsapp("+34600710004")
    guest.sends_voice_note(silent_note())
    guest.sends_voice_note(said(stt, "¿A qué hora es el desayuno?"))
    again = guest.sends_voice_note(silent_note())
    assert "No he oído nada" in again
    assert guest.conversation.state == ConversationState.AI


def test_english_note_is_answered_in_english(whatsapp, qloapps, stt):
    guest = whatsapp("+447700910005")
    reply = guest.sends_voice_note(
        said(stt, "Hello, do you have a room from March 20 to 23 for 2 adults?", language="en")
    )
    assert "March" in reply
    assert guest.conversation.language == "en"
    (note,) = voice_notes(guest)
    assert note.speech_language == "en"


def test_without_an_engine_the_guest_is_asked_to_write(whatsapp, qloapps):
    guest = whatsapp("+34600710006")
    with override_settings(STT_ENGINE="none"):
        reply = guest.sends_voice_note(speak("Hola, quería una habitación", language="es").ogg_opus)
    assert "no puedo escuchar notas de voz" in reply
    (note,) = voice_notes(guest)
    assert note.speech_status == SpeechStatus.NO_ENGINE and (note.media or {}).get("media_id")


def test_transcription_server_down_asks_to_write_and_never_crashes(whatsapp, qloapps, stt):
    guest = whatsapp("+34600710007")
    stt.fail_next(503)
    reply = guest.sends_voice_note(said(stt, "Hola, ¿tienen parking?"))
    assert "no puedo escuchar notas de voz" in reply
    (note,) = voice_notes(guest)
    assert note.speech_status == SpeechStatus.FAILED


def test_voice_reply_goes_out_as_audio_plus_text_when_the_guest_asks(whatsapp, qloapps, stt):
    guest = whatsapp("+34600710008")
    with override_settings(TTS_ENGINE="espeak"):
        ack = guest.sends_voice_note(said(stt, "Por favor, respóndame con notas de voz."))
        offers = guest.sends_voice_note(
            said(stt, "Quería una habitación del 20 al 23 de marzo para 2 personas.")
        )
    assert "notas de voz" in ack and "20 de marzo" in offers
    sent = guest.sent_to_me()
    kinds = [body["type"] for body in sent]
    assert kinds == ["text", "audio", "interactive", "audio"]  # each answer: its text, then its voice
    for body in sent:
        if body["type"] == "audio":
            assert "id" in body["audio"] and "link" not in body["audio"]
    voices = guest.graph.sent_audio()
    assert len(voices) == 2
    texts = [body for body in sent if body["type"] != "audio"]
    for ogg, body in zip(voices, texts, strict=True):
        text = body.get("text", {}).get("body") or body["interactive"]["body"]["text"]
        info = audio.probe(ogg)
        assert (info.container, info.codec, info.channels, info.sample_rate) == ("ogg", "opus", 1, 48000)
        # espeak-ng at 160 words a minute: between about 8 and 25 characters a second of speech.
        assert len(text) / 25 < info.seconds < len(text) / 8
    uploads = guest.graph.uploads()
    assert {mime for _, _, mime in uploads} == {"audio/ogg"}
    voice_rows = Message.objects.filter(conversation=guest.conversation, direction="out", kind="audio")
    assert voice_rows.count() == 2 and all(
        m.status == "sent" and (m.media or {}).get("media_id") for m in voice_rows
    )


def test_voice_only_guest_is_answered_by_voice_when_the_hotel_says_so(whatsapp, qloapps, qloapps_hotel, stt):
    qloapps_hotel.voice_replies_to_voice_guests = True
    qloapps_hotel.save(update_fields=["voice_replies_to_voice_guests"])
    guest = whatsapp("+34600710009")
    with override_settings(TTS_ENGINE="espeak"):
        guest.sends_voice_note(said(stt, "¿A qué hora es el desayuno?"))
        assert [b["type"] for b in guest.sent_to_me()] == ["text", "audio"]
        guest.says("¿Y tienen parking?")  # the guest types now: text only from here on
    assert [b["type"] for b in guest.sent_to_me()] == ["text", "audio", "text"]


def test_voice_replies_off_sends_text_only(whatsapp, qloapps, stt):
    guest = whatsapp("+34600710010")
    guest.sends_voice_note(said(stt, "Por favor, respóndame con notas de voz."))
    assert [b["type"] for b in guest.sent_to_me()] == ["text"]


def test_console_shows_the_player_and_the_transcript(whatsapp, qloapps, stt, admin_client):
    guest = whatsapp("+34600710011")
    guest.sends_voice_note(said(stt, "¿A qué hora es el desayuno?"))
    guest.sends_voice_note(silent_note())
    conversation = guest.conversation
    html = admin_client.get(f"/console/c/{conversation.pk}/transcript/").content.decode()
    first, second = voice_notes(guest)
    assert html.count("<audio controls") == 2
    assert f"/console/m/{first.pk}/media/" in html and f"/console/m/{second.pk}/media/" in html
    assert "¿A qué hora es el desayuno?" in html and "transcript:" in html
    assert "silent" in html  # the second note's status, where a transcript would be
    played = admin_client.get(f"/console/m/{first.pk}/media/")
    assert played.status_code == 200 and played["Content-Type"].startswith("audio/ogg")
    assert audio.probe(played.content).codec == "opus"
    # Searchable in the admin: the transcript is the message's text.
    found = admin_client.get("/admin/conversations/conversation/", {"q": "desayuno"}).content.decode()
    assert f"/admin/conversations/conversation/{conversation.pk}/change/" in found
