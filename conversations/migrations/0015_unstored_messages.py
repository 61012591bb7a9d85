import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("conversations", "0014_voice_notes"),
        ("hotels", "0007_voice_notes"),
    ]

    operations = [
        migrations.CreateModel(
            name="UnstoredMessage",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("channel", models.CharField(choices=[("whatsapp", "WhatsApp"), ("email", "E-mail"), ("webchat", "Web chat")], max_length=16, verbose_name="channel")),
                ("key", models.CharField(help_text="One row per failed message, however often redelivered.", max_length=255, unique=True, verbose_name="key")),
                ("sender", models.CharField(blank=True, default="", max_length=255, verbose_name="sender")),
                ("reason", models.CharField(max_length=500, verbose_name="reason")),
                ("raw", models.TextField(help_text="What the channel delivered, as escaped JSON.", verbose_name="raw event")),
                ("guest_told", models.BooleanField(default=False, verbose_name="guest told")),
                ("created_at", models.DateTimeField(auto_now_add=True, db_index=True, verbose_name="when")),
                ("conversation", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="unstored_messages", to="conversations.conversation", verbose_name="conversation")),
                ("hotel", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+", to="hotels.hotel", verbose_name="hotel")),
            ],
            options={
                "verbose_name": "unstored message",
                "verbose_name_plural": "unstored messages",
                "ordering": ["-created_at", "-id"],
            },
        ),
    ]
