"""`Hotel` and `HotelMembership` move here from `reservations`, keeping their tables and data.

State only: the tables `reservations_hotel` and `reservations_hotelmembership` were created by
`reservations` 0001 and keep their names (`Meta.db_table`). Each app whose foreign keys point at a
hotel repoints them in its own state-only migration; `reservations` 0005 then drops the old models
from its state. The content types (and with them every permission granted on these models) are
carried over to this app's label.
"""

import datetime

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

MOVED_MODELS = ("hotel", "hotelmembership")


def _relabel_content_types(apps, schema_editor, *, old: str, new: str) -> None:
    content_type = apps.get_model("contenttypes", "ContentType")
    rows = content_type.objects.using(schema_editor.connection.alias)
    for model in MOVED_MODELS:
        if not rows.filter(app_label=new, model=model).exists():
            rows.filter(app_label=old, model=model).update(app_label=new)
    content_type.objects.clear_cache()


def content_types_to_hotels(apps, schema_editor) -> None:
    _relabel_content_types(apps, schema_editor, old="reservations", new="hotels")


def content_types_to_reservations(apps, schema_editor) -> None:
    _relabel_content_types(apps, schema_editor, old="hotels", new="reservations")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("reservations", "0001_initial"),  # created the tables
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Hotel",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("name", models.CharField(max_length=200)),
                        ("slug", models.SlugField(unique=True)),
                        (
                            "pms_hotel_id",
                            models.PositiveIntegerField(help_text="Hotel id in the PMS (QloApps id_hotel)."),
                        ),
                        ("timezone", models.CharField(default="Europe/Madrid", max_length=64)),
                        ("default_language", models.CharField(default="es", max_length=2)),
                        ("currency", models.CharField(default="EUR", max_length=3)),
                        (
                            "reception_opens",
                            models.TimeField(
                                default=datetime.time(8, 0), help_text="Staffed reception opens (local time)."
                            ),
                        ),
                        (
                            "reception_closes",
                            models.TimeField(
                                default=datetime.time(22, 0),
                                help_text="Staffed reception closes (local time).",
                            ),
                        ),
                        (
                            "group_handoff_size",
                            models.PositiveSmallIntegerField(
                                default=8, help_text="Parties larger than this are handed to a human."
                            ),
                        ),
                        ("active", models.BooleanField(default=True)),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                    ],
                    options={
                        "db_table": "reservations_hotel",
                        "ordering": ["name"],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("pms_hotel_id",), name="hotel_unique_pms_hotel_id"
                            )
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="HotelMembership",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "role",
                            models.CharField(
                                choices=[("receptionist", "Receptionist"), ("manager", "Manager")],
                                default="receptionist",
                                max_length=20,
                            ),
                        ),
                        (
                            "hotel",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="memberships",
                                to="hotels.hotel",
                            ),
                        ),
                        (
                            "user",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="hotel_memberships",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "db_table": "reservations_hotelmembership",
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("user", "hotel"), name="membership_unique_user_hotel"
                            )
                        ],
                    },
                ),
            ],
        ),
        migrations.RunPython(content_types_to_hotels, content_types_to_reservations),
    ]
