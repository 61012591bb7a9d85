from django.apps import AppConfig


class HotelAgentConfig(AppConfig):
    name = "hotel_agent"
    verbose_name = "Hotel Agent"
