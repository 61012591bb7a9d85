from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("conversations", "0005_reply_template_constraints_portable"),
    ]

    operations = [
        migrations.AddField(
            model_name="conversation",
            name="handed_back_at",
            field=models.DateTimeField(
                blank=True,
                help_text="When staff last handed it back to the AI: guest messages up to then are answered in one turn.",
                null=True,
            ),
        ),
        migrations.AddField(
            model_name="message",
            name="turn_attempts",
            field=models.PositiveSmallIntegerField(
                default=0, help_text="Inbound: how many AI turns started on it (a crashed turn is retried)."
            ),
        ),
        migrations.AddField(
            model_name="message",
            name="turn_started_at",
            field=models.DateTimeField(
                blank=True, help_text="Inbound: when the AI last started answering it.", null=True
            ),
        ),
        migrations.AlterField(
            model_name="message",
            name="handled_at",
            field=models.DateTimeField(
                blank=True,
                help_text="Inbound: when it was answered (the AI's turn or a staff reply) or needed no answer.",
                null=True,
            ),
        ),
    ]
