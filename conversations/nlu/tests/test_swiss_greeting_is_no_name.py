"""The Swiss greeting "Grüess Gott" opens a message; it is no guest name (the agent had thanked "Grüess Gott")."""

from __future__ import annotations

import datetime as dt

from conversations.nlu import understand


def test_gruess_gott_is_a_greeting():
    result = understand(
        "Grüess Gott! Mir wäre gern vom 3. bis 6. Jänner da, zu zweit", today=dt.date(2026, 12, 6)
    )
    assert result.guest_name is None
    assert (result.check_in, result.check_out) == (dt.date(2027, 1, 3), dt.date(2027, 1, 6))
