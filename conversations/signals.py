"""Signals other apps listen to, so that `conversations` never imports them back."""

from __future__ import annotations

from django.dispatch import Signal

# Sent once the transaction that stored outbound messages has committed; `message_ids` lists them
# in order. The channels app sends them (channels_app.apps connects its receiver).
outbox_enqueued = Signal()
