"""`WhatsAppNumber.hotel` points at `hotels.Hotel` (moved from `reservations`): state only, no SQL."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("channels_app", "0002_inboundevent_from_conversations"),
        ("hotels", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="whatsappnumber",
                    name="hotel",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="whatsapp_numbers",
                        to="hotels.hotel",
                    ),
                ),
            ],
        ),
    ]
