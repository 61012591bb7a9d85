"""Load the demo data idempotently: the demo hotel, each app's demo content, the development staff user."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from hotel_agent.demo import DEMO_SEEDERS, seed_demo_hotel

DEMO_STAFF_FIRST_NAME = "Laura"


class Command(BaseCommand):
    help = "Load the demo hotel and the development staff user (development only; safe to run again)."

    def handle(self, *args: Any, **options: Any) -> None:
        if settings.IS_PRODUCTION:
            raise CommandError("load_demo refuses to run with DJANGO_ENV=production")
        with transaction.atomic():
            hotel = seed_demo_hotel()
            for seeder in DEMO_SEEDERS:
                seeder(hotel=hotel)
            username = settings.DEV_STAFF_USERNAME
            password = settings.DEV_STAFF_PASSWORD
            user_model = get_user_model()
            user, created = user_model.objects.get_or_create(username=username, defaults={"email": ""})
            user.is_staff = True
            user.is_superuser = True
            # The default password only for a new user: a password changed since survives the next run.
            if created:
                user.set_password(password)
            # Guests see the receptionist's first name ("Laura · Recepción"), not the login.
            user.first_name = user.first_name or DEMO_STAFF_FIRST_NAME
            user.save()
            shown = password if user.check_password(password) else "(the password you set)"
            from hotel_agent.hotels.models import HotelMembership

            HotelMembership.objects.get_or_create(
                user=user, hotel=hotel, defaults={"role": HotelMembership.Role.MANAGER}
            )
        self.stdout.write(f"demo data loaded: {hotel.name}")
        self.stdout.write(f"staff login: {username} / {shown}")
