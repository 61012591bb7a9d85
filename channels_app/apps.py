from django.apps import AppConfig


class ChannelsAppConfig(AppConfig):
    name = "channels_app"
    verbose_name = "Channels (WhatsApp, e-mail, web chat)"

    def ready(self) -> None:
        from channels_app.whatsapp.sending_state import sending_halted_reason
        from hotel_agent.health import register_degradation_check

        register_degradation_check("whatsapp_sending", sending_halted_reason)
