"""Voice notes from the web chat's upload and from an e-mail's attachment take the WhatsApp note's road:
kept (their channel will not give them again), transcribed through the fake OpenAI-compatible server,
answered in the conversation like typed text, and playable from the console."""

from __future__ import annotations

from collections.abc import Iterator
from email.message import EmailMessage

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings

from channels_app.email.inbound import incoming_from_mail
from channels_app.media import message_media_fetch
from channels_app.models import StoredAudio
from channels_app.webchat.identity import SESSION_KEY
from conversations.models import Message, SpeechStatus
from conversations.services import message_receive
from tests.fakes.transcription import FakeTranscription
from tests.support.speech import corrupt_note, speak

pytestmark = pytest.mark.django_db


@pytest.fixture
def stt() -> Iterator[FakeTranscription]:
    with (
        FakeTranscription() as fake,
        override_settings(STT_ENGINE="openai", STT_URL=fake.url, STT_API_KEY=fake.api_key, TTS_ENGINE="none"),
    ):
        yield fake


def _guest_client(token: str) -> Client:
    client = Client()
    session = client.session
    session[SESSION_KEY] = token
    session.save()
    client.cookies["sessionid"] = session.session_key or ""
    return client


def test_web_chat_voice_note_is_transcribed_and_answered(
    demo_hotel, eager_celery, stt, django_capture_on_commit_callbacks
):
    spoken = speak("¿A qué hora es el desayuno?", language="es")
    stt.expect(spoken.text, seconds=spoken.seconds, language="es")
    client = _guest_client("voice-guest-token-0001")
    upload = SimpleUploadedFile("voice-note.ogg", spoken.ogg_opus, content_type="audio/ogg;codecs=opus")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/chat/{demo_hotel.slug}/voice/", {"audio": upload, "client_id": "v1"})
    assert response.status_code == 202, response.content
    note = Message.objects.get(channel="webchat", direction="in", kind="audio")
    assert note.speech_status == SpeechStatus.TRANSCRIBED and note.text == spoken.text
    assert (note.media or {}).get("media_id", "").startswith("stored:")
    assert message_media_fetch(message=note).content == spoken.ogg_opus
    # The engine read the transcript (a breakfast question; this bare hotel has no facts: reception answers).
    assert note.understanding.get("faq_topic") == "breakfast" and note.handled_at is not None
    assert Message.objects.filter(conversation=note.conversation, direction="out").exists()
    # The page retries with the same client id after a reconnect: nothing new.
    again = SimpleUploadedFile("voice-note.ogg", spoken.ogg_opus, content_type="audio/ogg")
    assert (
        client.post(f"/chat/{demo_hotel.slug}/voice/", {"audio": again, "client_id": "v1"}).status_code == 200
    )
    assert StoredAudio.objects.count() == 1 and Message.objects.filter(kind="audio").count() == 1


def test_web_chat_voice_upload_needs_the_guests_session(demo_hotel, stt):
    upload = SimpleUploadedFile("voice-note.ogg", corrupt_note(), content_type="audio/ogg")
    response = Client().post(f"/chat/{demo_hotel.slug}/voice/", {"audio": upload, "client_id": "v1"})
    assert response.status_code == 403 and not Message.objects.exists()


def test_email_with_only_a_voice_attachment_is_a_voice_note(
    demo_hotel, eager_celery, stt, django_capture_on_commit_callbacks
):
    spoken = speak("Do you have parking at the hotel?", language="en")
    stt.expect(spoken.text, seconds=spoken.seconds, language="en")
    mail = EmailMessage()
    mail["From"] = "John Smith <john.smith@example.com>"
    mail["To"] = "reservas@hotel.example"
    mail["Subject"] = "Question"
    mail["Message-ID"] = "<voice-1@example.com>"
    mail.set_content("")
    mail.add_attachment(spoken.ogg_opus, maintype="audio", subtype="ogg", filename="note.ogg")
    incoming = incoming_from_mail(mail.as_bytes())
    assert incoming.kind == "audio" and incoming.media is not None and incoming.media.is_voice
    with django_capture_on_commit_callbacks(execute=True):
        message_receive(incoming=incoming, hotel=demo_hotel)
    note = Message.objects.get(channel="email", direction="in")
    assert note.speech_status == SpeechStatus.TRANSCRIBED and note.speech_language == "en"
    assert note.understanding.get("faq_topic") == "parking" and note.conversation.language == "en"
    reply = Message.objects.filter(conversation=note.conversation, direction="out").first()
    assert reply is not None and "reception" in reply.text.lower()  # in English


def test_email_with_text_and_a_recording_reads_the_text():
    mail = EmailMessage()
    mail["From"] = "ana@example.com"
    mail["Subject"] = "Reserva"
    mail.set_content("Hola, ¿tienen habitación para mayo?")
    mail.add_attachment(b"OggS" + b"\0" * 100, maintype="audio", subtype="ogg", filename="note.ogg")
    incoming = incoming_from_mail(mail.as_bytes())
    assert incoming.kind == "text" and "mayo" in incoming.text


def test_erased_guests_kept_audio_is_deleted(
    demo_hotel, eager_celery, stt, django_capture_on_commit_callbacks
):
    import datetime as dt

    from django.contrib.auth import get_user_model

    from channels_app.media import stored_audio_forget_unreferenced
    from conversations.services.privacy import guest_erase

    spoken = speak("Hola", language="es")
    stt.expect(spoken.text, seconds=spoken.seconds, language="es")
    client = _guest_client("voice-guest-token-0002")
    upload = SimpleUploadedFile("voice-note.ogg", spoken.ogg_opus, content_type="audio/ogg")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/chat/{demo_hotel.slug}/voice/", {"audio": upload, "client_id": "v1"})
    assert stored_audio_forget_unreferenced(older_than=dt.timedelta(0)) == 0  # still referenced
    note = Message.objects.get(kind="audio", direction="in")
    staff = get_user_model().objects.create_superuser("boss", password="pw-boss")
    guest_erase(guest=note.conversation.guest, staff=staff)
    assert stored_audio_forget_unreferenced(older_than=dt.timedelta(0)) == 1
    assert not StoredAudio.objects.exists()
