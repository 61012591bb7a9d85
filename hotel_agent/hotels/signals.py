"""Signals of the hotels app (the bottom of the import graph: apps above listen, it imports none)."""

from __future__ import annotations

from django.dispatch import Signal

# Sent after commit when a hotel was created or refreshed from its PMS: `hotel`, `created`.
# `conversations` listens to start or refresh the hotel's knowledge from the PMS's data.
hotel_synced_from_pms = Signal()
