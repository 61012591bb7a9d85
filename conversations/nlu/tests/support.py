"""What the understanding tests share: a reference Wednesday, a day of 2026 and the stay a text names."""

from __future__ import annotations

import datetime as dt

from conversations.nlu.dates import stay_dates
from conversations.nlu.text import fold

WEDNESDAY = dt.date(2026, 3, 11)


def d(month: int, day: int, year: int = 2026) -> dt.date:
    return dt.date(year, month, day)


def dates(text: str, lang: str, today: dt.date = WEDNESDAY) -> tuple[dt.date | None, dt.date | None]:
    """The check-in and check-out the date rules read in `text` (folded as `understand` folds it)."""
    found = stay_dates(fold(text), today=today, lang=lang)
    return found.check_in, found.check_out


def stay(text: str, lang: str, today: str, *, modify: bool = False) -> tuple[str | None, str | None]:
    """The check-in and check-out the date rules read in `text` on the ISO day `today`, as ISO days."""
    found = stay_dates(fold(text), today=dt.date.fromisoformat(today), lang=lang, modify=modify)
    return (
        found.check_in.isoformat() if found.check_in else None,
        found.check_out.isoformat() if found.check_out else None,
    )
