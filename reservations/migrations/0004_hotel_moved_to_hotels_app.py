"""The hotel foreign keys point at `hotels.Hotel` (moved from this app): state only, no SQL."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("reservations", "0003_reservation_cancel_requested_at"),
        ("hotels", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="cancellationpolicy",
                    name="hotel",
                    field=models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="cancellation_policy",
                        to="hotels.hotel",
                    ),
                ),
                migrations.AlterField(
                    model_name="quote",
                    name="hotel",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="quotes", to="hotels.hotel"
                    ),
                ),
                migrations.AlterField(
                    model_name="reservation",
                    name="hotel",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="reservations",
                        to="hotels.hotel",
                    ),
                ),
            ],
        ),
    ]
