from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ConversationsConfig(AppConfig):
    name = "conversations"
    verbose_name = _("Conversations")

    def ready(self) -> None:
        from conversations.roles import ensure_staff_groups

        # After every app's migrate: permissions of apps later in INSTALLED_APPS exist only then.
        post_migrate.connect(ensure_staff_groups, dispatch_uid="conversations.staff_groups")

        from conversations.engine.types import HandoffReason
        from hotel_agent.metrics import HANDOFFS, expose_label_values

        # Every handoff reason shows on /metrics at zero from the start.
        expose_label_values(HANDOFFS, "reason", [reason for reason, _label in HandoffReason.CHOICES])
