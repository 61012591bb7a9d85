# Replays of past conversations and the managers' marks on them (conversations/replay/models.py).

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("conversations", "0014_voice_notes"),
        ("hotels", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ReplayRun",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "date_from",
                    models.DateField(
                        blank=True,
                        help_text="Conversations started on or after.",
                        null=True,
                        verbose_name="from",
                    ),
                ),
                (
                    "date_to",
                    models.DateField(
                        blank=True,
                        help_text="Conversations started on or before.",
                        null=True,
                        verbose_name="to",
                    ),
                ),
                (
                    "channel",
                    models.CharField(
                        blank=True, help_text="Empty: every channel.", max_length=16, verbose_name="channel"
                    ),
                ),
                (
                    "language",
                    models.CharField(
                        blank=True, help_text="Empty: every language.", max_length=2, verbose_name="language"
                    ),
                ),
                (
                    "outcome",
                    models.CharField(
                        blank=True,
                        help_text="booked, handed_off or neither; empty: every conversation.",
                        max_length=16,
                        verbose_name="outcome",
                    ),
                ),
                (
                    "state",
                    models.CharField(
                        choices=[
                            ("queued", "queued"),
                            ("running", "running"),
                            ("done", "done"),
                            ("failed", "failed"),
                        ],
                        default="queued",
                        max_length=8,
                        verbose_name="state",
                    ),
                ),
                ("conversations_total", models.PositiveIntegerField(default=0, verbose_name="conversations")),
                (
                    "conversations_done",
                    models.PositiveIntegerField(default=0, verbose_name="conversations replayed"),
                ),
                ("turns", models.PositiveIntegerField(default=0, verbose_name="turns")),
                ("turns_changed", models.PositiveIntegerField(default=0, verbose_name="replies changed")),
                ("bookings_lost", models.PositiveIntegerField(default=0, verbose_name="bookings lost")),
                ("bookings_gained", models.PositiveIntegerField(default=0, verbose_name="bookings gained")),
                ("handoffs_new", models.PositiveIntegerField(default=0, verbose_name="new handoffs")),
                ("handoffs_lost", models.PositiveIntegerField(default=0, verbose_name="lost handoffs")),
                (
                    "prices_changed",
                    models.PositiveIntegerField(default=0, verbose_name="turns with other prices"),
                ),
                ("seconds", models.FloatField(default=0.0, verbose_name="seconds")),
                ("error", models.TextField(blank=True, default="", verbose_name="error")),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created")),
                ("finished_at", models.DateTimeField(blank=True, null=True, verbose_name="finished")),
                (
                    "hotel",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="replay_runs",
                        to="hotels.hotel",
                        verbose_name="hotel",
                    ),
                ),
                (
                    "requested_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="requested by",
                    ),
                ),
            ],
            options={
                "verbose_name": "replay",
                "verbose_name_plural": "replays",
                "ordering": ["-created_at", "-id"],
            },
        ),
        migrations.CreateModel(
            name="ReplayConversation",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("turns", models.PositiveSmallIntegerField(default=0)),
                ("turns_changed", models.PositiveSmallIntegerField(default=0)),
                ("booked_before", models.BooleanField(default=False)),
                ("booked_after", models.BooleanField(default=False)),
                ("handoff_before", models.CharField(blank=True, default="", max_length=32)),
                ("handoff_after", models.CharField(blank=True, default="", max_length=32)),
                ("prices_changed", models.PositiveSmallIntegerField(default=0)),
                ("error", models.CharField(blank=True, default="", max_length=200)),
                (
                    "conversation",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="replays",
                        to="conversations.conversation",
                    ),
                ),
                (
                    "run",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="conversations",
                        to="conversations.replayrun",
                    ),
                ),
            ],
            options={"ordering": ["run", "conversation_id"]},
        ),
        migrations.CreateModel(
            name="ReplayTurn",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("index", models.PositiveSmallIntegerField()),
                (
                    "source_key",
                    models.CharField(help_text="channel:provider id of the guest message.", max_length=300),
                ),
                (
                    "reached",
                    models.BooleanField(
                        default=True, help_text="False: the new version handed off before it."
                    ),
                ),
                ("old_text", models.TextField(blank=True, default="")),
                ("new_text", models.TextField(blank=True, default="")),
                ("old_understanding", models.JSONField(blank=True, default=dict)),
                ("new_understanding", models.JSONField(blank=True, default=dict)),
                ("old_handoff", models.CharField(blank=True, default="", max_length=32)),
                ("new_handoff", models.CharField(blank=True, default="", max_length=32)),
                ("old_booking", models.CharField(blank=True, default="", max_length=64)),
                ("new_booking", models.CharField(blank=True, default="", max_length=64)),
                ("old_prices", models.JSONField(blank=True, default=list)),
                ("new_prices", models.JSONField(blank=True, default=list)),
                ("reply_changed", models.BooleanField(default=False)),
                (
                    "message",
                    models.ForeignKey(
                        help_text="The guest's message.",
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="conversations.message",
                    ),
                ),
                (
                    "replay",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="turn_rows",
                        to="conversations.replayconversation",
                    ),
                ),
            ],
            options={"ordering": ["replay", "index"]},
        ),
        migrations.CreateModel(
            name="ReplayMark",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("source_key", models.CharField(max_length=300, verbose_name="guest message")),
                ("guest_text", models.TextField(blank=True, default="", verbose_name="guest wrote")),
                ("old_text", models.TextField(blank=True, default="", verbose_name="reply then")),
                ("new_text", models.TextField(blank=True, default="", verbose_name="reply in the replay")),
                ("digest", models.CharField(help_text="Of the new reply, numbers left out.", max_length=64)),
                (
                    "verdict",
                    models.CharField(
                        choices=[("better", "better"), ("worse", "worse"), ("same", "same")],
                        max_length=8,
                        verbose_name="verdict",
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now=True, verbose_name="marked")),
                (
                    "conversation",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="conversations.conversation",
                        verbose_name="conversation",
                    ),
                ),
                (
                    "hotel",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="replay_marks",
                        to="hotels.hotel",
                        verbose_name="hotel",
                    ),
                ),
                (
                    "marked_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="marked by",
                    ),
                ),
                (
                    "turn",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="marks",
                        to="conversations.replayturn",
                        verbose_name="turn",
                    ),
                ),
            ],
            options={
                "verbose_name": "replay mark",
                "verbose_name_plural": "replay marks (regression set)",
                "ordering": ["-created_at", "-id"],
            },
        ),
        migrations.AddConstraint(
            model_name="replayconversation",
            constraint=models.UniqueConstraint(
                fields=("run", "conversation"), name="replay_conversation_once_per_run"
            ),
        ),
        migrations.AddConstraint(
            model_name="replaymark",
            constraint=models.UniqueConstraint(
                fields=("hotel", "source_key", "digest"), name="replay_mark_once_per_reply"
            ),
        ),
    ]
