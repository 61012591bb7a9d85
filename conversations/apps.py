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

        from conversations.services.pms_facts import on_hotel_synced
        from hotel_agent.hotels.signals import hotel_synced_from_pms

        # A hotel brought from the PMS starts (and keeps) its knowledge with what the PMS states.
        hotel_synced_from_pms.connect(on_hotel_synced, dispatch_uid="conversations.pms_facts")

        from django.db.models.signals import post_save

        from conversations.models import Message, StaffAction
        from conversations.services.privacy import audit_staff_action, audit_staff_message

        # The console's staff actions and staff messages go into the hotel's audit log.
        post_save.connect(audit_staff_action, sender=StaffAction, dispatch_uid="conversations.audit_action")
        post_save.connect(audit_staff_message, sender=Message, dispatch_uid="conversations.audit_message")

        from conversations.engine.types import HandoffReason
        from hotel_agent.metrics import HANDOFFS, expose_label_values

        # Every handoff reason shows on /metrics at zero from the start.
        expose_label_values(HANDOFFS, "reason", [reason for reason, _label in HandoffReason.CHOICES])
