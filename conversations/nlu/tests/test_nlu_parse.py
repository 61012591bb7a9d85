"""`manage.py nlu_parse`: the JSON-lines contract of docs/INTERFACES.md."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import CommandError, call_command

FIELDS = {
    "id",
    "lang",
    "intent",
    "confidence",
    "faq_topic",
    "check_in",
    "check_out",
    "adults",
    "children",
    "rooms",
    "guest_name",
    "email",
    "booking_ref",
}


def run(lines: list[str], *args: str, monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    out = io.StringIO()
    call_command("nlu_parse", *args, stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_one_line_per_input_with_exactly_the_contract_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [
        json.dumps(
            {"id": 1, "text": "hola, quiero reservar una doble del 20 al 23 de abril para mi mujer y yo"}
        ),
        json.dumps({"id": "b", "text": "¿cómo cancelo mi reserva 1209?"}),
        json.dumps({"id": 3, "text": ""}),
        "not json",
    ]
    rows = run(lines, "--today", "2026-03-11", monkeypatch=monkeypatch)
    assert len(rows) == 4
    assert all(set(row) == FIELDS for row in rows)
    first = rows[0]
    assert first["id"] == 1
    assert (first["lang"], first["intent"]) == ("es", "booking_create")
    assert (first["check_in"], first["check_out"], first["adults"], first["rooms"]) == (
        "2026-04-20",
        "2026-04-23",
        2,
        1,
    )
    assert first["children"] is None and first["faq_topic"] is None and first["email"] is None
    assert (rows[1]["id"], rows[1]["intent"], rows[1]["booking_ref"]) == ("b", "booking_cancel", "1209")
    assert rows[2]["intent"] == rows[3]["intent"] == "other"


def test_today_fixes_relative_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = run(
        [json.dumps({"id": 1, "text": "una habitación para mañana"})],
        "--today",
        "2026-12-31",
        monkeypatch=monkeypatch,
    )
    assert rows[0]["check_in"] == "2027-01-01"


def test_bad_today_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(CommandError):
        run([], "--today", "31/12/2026", monkeypatch=monkeypatch)


def test_expecting_reads_each_text_as_the_answer_to_that_question(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [json.dumps({"id": 1, "text": "dos"})]
    (plain,) = run(lines, "--today", "2026-03-11", monkeypatch=monkeypatch)
    (answer,) = run(lines, "--today", "2026-03-11", "--expecting", "party", monkeypatch=monkeypatch)
    assert plain["adults"] is None
    assert answer["adults"] == 2 and set(answer) == FIELDS
