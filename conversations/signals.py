"""Signals other apps listen to, so that `conversations` never imports them back."""

from __future__ import annotations

from django.dispatch import Signal

# Sent once the transaction that stored outbound messages has committed; `message_ids` lists them
# in order. The channels app sends them (channels_app.apps connects its receiver).
outbox_enqueued = Signal()

# Sent once the transaction that stored a guest's voice note has committed (`message_id`). The
# channels app fetches, decodes and transcribes it on the `speech` queue, then calls
# `conversations.services.speech.voice_note_transcribed`.
voice_note_received = Signal()
