"""`InboundEvent` now belongs to `channels_app` (its 0002 took the table over): state only, no SQL."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("conversations", "0006_turn_steps"),
        ("channels_app", "0002_inboundevent_from_conversations"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="InboundEvent")],
        ),
    ]
