"""Messages the hotel sends first, per reservation: 7 and 1 days before arrival, 1 day after departure.

`models.py`: the hotel's settings (kinds switched on, send time, quiet hours, WhatsApp template names)
and one row per reservation and kind, the claim that makes each message go exactly once.
`schedule.py`: when each kind is due, in the hotel's time zone (pure functions).
`selectors.py`: which reservations have a message due now. `services.py`: the claim.
`sync.py`: bookings made directly in the PMS become reservations here, so they get the same messages.
Composing and sending (the guest's language, channel, 24-hour window) is `conversations.outreach`'s:
this app may not reach the conversation record (see the import contracts).
"""
