from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("reservations", "0002_quotes_reservations_cancellation_policy"),
    ]

    operations = [
        migrations.AddField(
            model_name="reservation",
            name="cancel_requested_at",
            field=models.DateTimeField(
                blank=True,
                help_text="When the PMS was asked to cancel (committed first, so a retry looks before asking again).",
                null=True,
            ),
        ),
    ]
