from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PmsBridgeConfig(AppConfig):
    name = "pms_bridge"
    verbose_name = _("PMS bridge")

    def ready(self) -> None:
        from hotel_agent.metrics import register_scrape_gauge
        from pms_bridge.breaker import circuit_state_value

        register_scrape_gauge(
            "hotel_agent_pms_circuit_state",
            "PMS circuit breaker state shared by all workers: 0 closed, 1 open, 2 half-open.",
            circuit_state_value,
        )
