from django.apps import AppConfig


class PmsBridgeConfig(AppConfig):
    name = "pms_bridge"
    verbose_name = "PMS bridge"
