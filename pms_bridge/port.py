"""The PMS port: the only interface the rest of the project uses to talk to a PMS."""

from __future__ import annotations

from typing import Protocol


class Pms(Protocol):
    name: str

    def ping(self) -> None:
        """Raise a PmsError when the PMS cannot serve requests."""
