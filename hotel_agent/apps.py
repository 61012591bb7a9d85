from django.apps import AppConfig


class HotelAgentConfig(AppConfig):
    name = "hotel_agent"
    verbose_name = "Hotel Agent"

    def ready(self) -> None:
        from hotel_agent.staff_tokens import connect_signals

        connect_signals()
