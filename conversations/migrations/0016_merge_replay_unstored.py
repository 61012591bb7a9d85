# Two migrations numbered 0015 landed at the same time (replay runs, unstored messages): one leaf again.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("conversations", "0015_replay"),
        ("conversations", "0015_unstored_messages"),
    ]

    operations = []
