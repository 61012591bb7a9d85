"""The built-in demo PMS: same port, its own tables, no network."""

from __future__ import annotations

from django.db import DatabaseError, connection

from pms_bridge.errors import PmsUnavailable


class DemoPms:
    name = "demo"

    def ping(self) -> None:
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
        except DatabaseError as exc:
            raise PmsUnavailable("demo PMS tables unreachable") from exc
