"""`make test` names what is missing with the command that fixes it, and turns 'not installed' skips into failures."""

from __future__ import annotations

import pytest

from tests.support import prereqs


def test_unreachable_servers_are_named_with_the_fix() -> None:
    found = prereqs.missing(
        database_url="postgres://postgres@127.0.0.1:1/hotel_agent", redis_url="redis://127.0.0.1:1/0"
    )
    by_what = {problem.what: problem.fix for problem in found}
    assert any("PostgreSQL on 127.0.0.1:1" in what for what in by_what)
    assert any("Redis on 127.0.0.1:1" in what for what in by_what)
    assert all("apt-get install" in fix for what, fix in by_what.items() if "on 127.0.0.1:1" in what)


def test_a_database_that_is_not_postgresql_is_refused_with_the_setting_to_change() -> None:
    found = prereqs.missing(database_url="sqlite:///:memory:", redis_url="")
    fixes = " ".join(problem.fix for problem in found)
    assert "TEST_DATABASE_URL=postgres://" in fixes and "TEST_REDIS_URL=redis://" in fixes


def test_a_missing_piece_skips_outside_make_test_and_fails_under_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(prereqs.REQUIRE_ALL_FLAG, raising=False)
    with pytest.raises(pytest.skip.Exception):
        prereqs.require_or_skip("dovecot-imapd is not installed")
    monkeypatch.setenv(prereqs.REQUIRE_ALL_FLAG, "1")
    with pytest.raises(pytest.fail.Exception, match="make test-prereqs"):
        prereqs.require_or_skip("dovecot-imapd is not installed")
