from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakes.qloapps import FakeQloApps


@pytest.fixture
def fake_qloapps() -> Iterator[FakeQloApps]:
    with FakeQloApps() as fake:
        yield fake
