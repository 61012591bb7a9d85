from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChannelsAppConfig(AppConfig):
    name = "channels_app"
    verbose_name = _("Channels (WhatsApp, e-mail, web chat)")

    def ready(self) -> None:
        from channels_app.whatsapp.sending_state import sending_halted_reason
        from hotel_agent.health import register_degradation_check

        register_degradation_check("whatsapp_sending", sending_halted_reason)

        from channels_app.tasks import queue_outbox_sends
        from conversations.signals import outbox_enqueued

        outbox_enqueued.connect(queue_outbox_sends, dispatch_uid="channels_app.queue_outbox_sends")

        from channels_app.outbox import outbox_pending_count
        from hotel_agent.metrics import register_scrape_gauge

        register_scrape_gauge(
            "hotel_agent_outbox_pending",
            "Outbound messages stored but not yet accepted by their channel.",
            outbox_pending_count,
        )
