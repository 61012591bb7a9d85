"""Offers staff approve (late check-out, breakfast, upgrade) and their proposals to guests, re-priced
live in the PMS before anything is written there (`models.py`, `services.py`, `selectors.py`)."""
