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

        from channels_app.tasks import queue_voice_note
        from conversations.signals import voice_note_received

        voice_note_received.connect(queue_voice_note, dispatch_uid="channels_app.queue_voice_note")

        from channels_app.outbox import outbox_pending_count
        from hotel_agent.metrics import register_scrape_gauge

        register_scrape_gauge(
            "hotel_agent_outbox_pending",
            "Outbound messages stored but not yet accepted by their channel.",
            outbox_pending_count,
        )
        from channels_app.outbox import outbox_oldest_pending_seconds
        from channels_app.whatsapp.inbound import inbound_oldest_pending_seconds, inbound_pending_count
        from channels_app.whatsapp.sending_state import token_invalid_since

        register_scrape_gauge(
            "hotel_agent_outbox_oldest_seconds",
            "Age of the oldest outbound message not yet accepted by its channel (0: none waits).",
            outbox_oldest_pending_seconds,
        )
        register_scrape_gauge(
            "hotel_agent_inbound_pending",
            "Webhook events stored (answered 200) but not processed yet.",
            inbound_pending_count,
        )
        register_scrape_gauge(
            "hotel_agent_inbound_oldest_seconds",
            "Age of the oldest unprocessed webhook event (0: none waits).",
            inbound_oldest_pending_seconds,
        )
        register_scrape_gauge(
            "hotel_agent_whatsapp_token_invalid",
            "1 while Meta rejects the WhatsApp access token (error 190) and sending is halted, else 0.",
            lambda: 0.0 if token_invalid_since() is None else 1.0,
        )
