"""The hotel foreign keys point at `hotels.Hotel` (moved from `reservations`): state only, no SQL.

The table they reference is the same (`reservations_hotel`), so the columns and constraints stay.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("conversations", "0007_inboundevent_moved_to_channels_app"),
        ("hotels", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="conversation",
                    name="hotel",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="conversations",
                        to="hotels.hotel",
                    ),
                ),
                migrations.AlterField(
                    model_name="cannedreply",
                    name="hotel",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="canned_replies",
                        to="hotels.hotel",
                    ),
                ),
                migrations.AlterField(
                    model_name="knowledgeentry",
                    name="hotel",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="knowledge_entries",
                        to="hotels.hotel",
                    ),
                ),
                migrations.AlterField(
                    model_name="replytemplate",
                    name="hotel",
                    field=models.ForeignKey(
                        blank=True,
                        help_text="Empty: applies to every hotel without its own override.",
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="reply_templates",
                        to="hotels.hotel",
                    ),
                ),
            ],
        ),
    ]
