"""Every string the code marks for translation has a translation in each staff language's compiled catalogue.

A string marked with `_()` or `{% translate %}` but never run through makemessages, or left empty or
fuzzy there, shows in English on a Spanish (or Portuguese, French, German, Italian) staff page: that
is a defect. Fix: `manage.py makemessages -l es -l pt -l fr -l de -l it`, fill the msgstr, compilemessages.
"""

from __future__ import annotations

import ast
import gettext
import re
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

BASE = Path(settings.BASE_DIR)
APPS = ["channels_app", "conversations", "reservations", "pms_bridge", "hotel_agent"]
STAFF_LANGUAGES = ["es", "pt", "fr", "de", "it"]
# Call names that mark a string, and the position of the msgid among their arguments.
MARKERS = {
    "_": 0,
    "gettext": 0,
    "gettext_lazy": 0,
    "ngettext": 0,
    "ngettext_lazy": 0,
    "pgettext": 1,
    "pgettext_lazy": 1,
    "npgettext": 1,
    "npgettext_lazy": 1,
}
TEMPLATE_MARK = re.compile(
    r"""\{%\s*(?:translate|trans)\s+(?P<q>["'])(?P<msgid>.*?)(?P=q)(?:\s+context\s+(?P<cq>["'])(?P<ctx>.*?)(?P=cq))?"""
)


def _python_msgids(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        position = MARKERS.get(name)
        if position is None or len(node.args) <= position:
            continue
        args: list[Any] = [arg.value if isinstance(arg, ast.Constant) else None for arg in node.args]
        msgid = args[position]
        if not isinstance(msgid, str) or not msgid:
            continue
        context = args[0] if position == 1 else None
        if position == 1 and not isinstance(context, str):
            continue
        found.add(f"{context}\x04{msgid}" if context else msgid)
    return found


def marked_msgids() -> set[str]:
    """The literal msgids of the project's Python code and templates (tests and migrations aside)."""
    found: set[str] = set()
    for app in APPS:
        for path in (BASE / app).rglob("*.py"):
            if {"tests", "migrations"} & set(path.relative_to(BASE).parts):
                continue
            found |= _python_msgids(path)
    for path in (BASE / "templates").rglob("*.html"):
        for match in TEMPLATE_MARK.finditer(path.read_text(encoding="utf-8")):
            context = match["ctx"]
            found.add(f"{context}\x04{match['msgid']}" if context else match["msgid"])
    return found


def test_the_scan_finds_the_projects_marked_strings() -> None:
    found = marked_msgids()
    # One from a model, one from the console's Python, one from a template.
    assert {"audit log", "Deposit approved; the guest is told.", "Reservation messages"} <= found, (
        "the scan no longer sees marked strings"
    )


@pytest.mark.parametrize("language", STAFF_LANGUAGES)
def test_every_marked_string_is_translated(language: str) -> None:
    with (BASE / "locale" / language / "LC_MESSAGES" / "django.mo").open("rb") as handle:
        catalog = gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]
    # A plural entry is compiled as (msgid, n); an empty or fuzzy entry is not compiled at all.
    translated = {key[0] if isinstance(key, tuple) else key for key, value in catalog.items() if value}
    missing = sorted(marked_msgids() - translated)
    assert missing == [], f"{len(missing)} strings without a {language} translation: {missing[:20]}"
