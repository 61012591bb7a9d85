"""`InboundEvent` moves from `conversations` to `channels_app`, the app that receives webhooks.

The model enters this app's state on the table `conversations` created (no SQL), then the table is
renamed to this app's default name. Data, the primary key and the explicitly named constraint and
index are kept as they are. `conversations` 0007 removes the model from its own state.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("channels_app", "0001_initial"),
        ("conversations", "0001_initial"),  # created the table
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="InboundEvent",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "channel",
                            models.CharField(
                                choices=[
                                    ("whatsapp", "WhatsApp"),
                                    ("email", "E-mail"),
                                    ("webchat", "Web chat"),
                                ],
                                max_length=16,
                            ),
                        ),
                        (
                            "body",
                            models.TextField(
                                help_text="The raw request body (UTF-8), byte for byte as signed."
                            ),
                        ),
                        (
                            "body_sha256",
                            models.CharField(
                                help_text="Identical redeliveries share one row.", max_length=64
                            ),
                        ),
                        ("signature_verified", models.BooleanField(default=False)),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("pending", "Pending"),
                                    ("processed", "Processed"),
                                    ("failed", "Failed"),
                                ],
                                default="pending",
                                max_length=16,
                            ),
                        ),
                        ("attempts", models.PositiveSmallIntegerField(default=0)),
                        ("error", models.TextField(blank=True, default="")),
                        ("correlation_id", models.CharField(blank=True, default="", max_length=128)),
                        ("received_at", models.DateTimeField(auto_now_add=True)),
                        ("processed_at", models.DateTimeField(blank=True, null=True)),
                    ],
                    options={
                        "db_table": "conversations_inboundevent",
                        "ordering": ["-received_at", "-id"],
                        "indexes": [
                            models.Index(
                                condition=models.Q(("status", "pending")),
                                fields=["received_at"],
                                name="inbound_event_pending_idx",
                            )
                        ],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("channel", "body_sha256"), name="inbound_event_unique_body"
                            )
                        ],
                    },
                ),
            ],
        ),
        # A real rename (PostgreSQL and SQLite): `channels_app_inboundevent`.
        migrations.AlterModelTable(name="inboundevent", table=None),
    ]
