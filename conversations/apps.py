from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ConversationsConfig(AppConfig):
    name = "conversations"
    verbose_name = "Conversations"

    def ready(self) -> None:
        from conversations.roles import ensure_staff_groups

        # After every app's migrate: permissions of apps later in INSTALLED_APPS exist only then.
        post_migrate.connect(ensure_staff_groups, dispatch_uid="conversations.staff_groups")

        from conversations.services.outbox import outbox_pending_count
        from hotel_agent.metrics import register_scrape_gauge

        register_scrape_gauge(
            "hotel_agent_outbox_pending",
            "Outbound messages stored but not yet accepted by their channel.",
            outbox_pending_count,
        )
