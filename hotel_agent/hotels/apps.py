from django.apps import AppConfig


class HotelsConfig(AppConfig):
    name = "hotel_agent.hotels"
    label = "hotels"
    verbose_name = "Hotels and staff"
