"""`Hotel` and `HotelMembership` leave this app's state; their tables now belong to `hotels` (no SQL).

Runs once every foreign key to them points at `hotels.Hotel`.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("reservations", "0004_hotel_moved_to_hotels_app"),
        ("conversations", "0008_hotel_moved_to_hotels_app"),
        ("channels_app", "0003_hotel_moved_to_hotels_app"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="HotelMembership"),
                migrations.DeleteModel(name="Hotel"),
            ],
        ),
    ]
