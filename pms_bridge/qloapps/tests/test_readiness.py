"""The readiness probe pings the configured PMS through `get_pms()`: the QloApps adapter included."""

from __future__ import annotations

import pytest

from hotel_agent.health import check_pms
from pms_bridge.errors import PmsAuthenticationError, PmsUnavailable
from tests.fakes.qloapps import FakeQloApps
from tests.support.pms import qloapps_backend


@pytest.mark.django_db
def test_readiness_pings_qloapps_and_names_what_is_wrong(fake_qloapps: FakeQloApps) -> None:
    with qloapps_backend(fake_qloapps):
        assert check_pms() == "qloapps"
        fake_qloapps.fail(status=503, count=1)
        with pytest.raises(PmsUnavailable):
            check_pms()
        fake_qloapps.restricted_keys[fake_qloapps.api_key] = {"hotels"}
        with pytest.raises(PmsAuthenticationError):
            check_pms()  # the key may not use hotel_ari or bookings
