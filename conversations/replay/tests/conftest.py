# The engine's end-to-end fixtures (signed webhook, fake Graph API, fake QloApps) for the replay's tests.
from conversations.engine.tests.conftest import (  # noqa: F401
    frozen_clock,
    graph,
    qloapps,
    qloapps_hotel,
    whatsapp,
)
