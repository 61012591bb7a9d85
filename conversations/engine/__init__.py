"""The conversation engine (the receptionist). See docs/SEAMS.md."""
