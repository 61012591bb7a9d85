"""Staff roles as Django groups: receptionist, manager, admin.

Created (and kept up to date) after every `migrate`, when all permissions exist. A staff member's
hotels come from `HotelMembership`; these groups say what they may do in the back-office:
- receptionist: the console and read-only history (conversations, messages, guests, reservations);
- manager: that, plus the figures, canned replies, the facts (knowledge base), the reply templates
  and the reservation messages' settings;
- admin: everything in the project's apps, memberships included.
"""

from __future__ import annotations

from typing import Any

from django.apps import apps as django_apps
from django.contrib.auth.models import Group, Permission
from django.db.models import Q

from hotel_agent.hotels.models import HotelMembership

PROJECT_APPS = ("hotels", "conversations", "reservations", "channels_app", "pms_bridge")
RECEPTIONIST = "receptionist"
MANAGER = "manager"
ADMIN = "admin"

# Models a manager edits, by (app_label, model name contains); whatever those apps call them.
MANAGER_EDITS = (
    ("conversations", "cannedreply"),
    ("conversations", "knowledge"),
    ("conversations", "template"),
    ("conversations", "faq"),
    ("conversations", "fact"),
    ("conversations", "replay"),  # replays and their marks (the regression set)
    ("reservations", "outreachsettings"),  # which reservation messages go, when, with which template
)


def _view_permissions() -> Q:
    return Q(content_type__app_label__in=PROJECT_APPS, codename__startswith="view_")


def ensure_staff_groups(**kwargs: Any) -> None:
    """Create or refresh the three groups with their permissions (idempotent).

    Connected to `post_migrate`, which fires once per app: act only for the last app, when the
    permissions of all of them exist.
    """
    sender = kwargs.get("sender")
    if sender is not None and sender.label != list(django_apps.get_app_configs())[-1].label:
        return
    receptionist, _ = Group.objects.get_or_create(name=RECEPTIONIST)
    manager, _ = Group.objects.get_or_create(name=MANAGER)
    admin, _ = Group.objects.get_or_create(name=ADMIN)
    viewing = list(Permission.objects.filter(_view_permissions()))
    receptionist.permissions.set(viewing)
    editing = Q()
    for app_label, model_part in MANAGER_EDITS:
        editing |= Q(content_type__app_label=app_label, content_type__model__contains=model_part)
    manager.permissions.set(viewing + list(Permission.objects.filter(editing)))
    admin.permissions.set(
        Permission.objects.filter(
            Q(content_type__app_label__in=PROJECT_APPS) | Q(content_type__app_label="auth")
        )
    )


def staff_group_for(role: str) -> Group:
    return Group.objects.get(name=MANAGER if role == HotelMembership.Role.MANAGER else RECEPTIONIST)
