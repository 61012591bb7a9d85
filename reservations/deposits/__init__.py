"""Deposits: a hotel's deposit rule, the deposit asked of each booking, and the guests' proofs of payment
that staff approve or reject in the console (`models.py`, `services.py`, `selectors.py`)."""
