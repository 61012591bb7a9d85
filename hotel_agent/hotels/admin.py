"""Admin for hotels and their staff, and the hotel scoping every other admin page builds on."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.admin.utils import NotRelationField, get_fields_from_path
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db.models import ForeignKey, Model, QuerySet
from django.http import HttpRequest

from hotel_agent.hotels.access import (
    hotel_ids_for_staff,
    is_superuser,
    managed_hotels,
    scope_to_staff_hotels,
)
from hotel_agent.hotels.audit import audit_record
from hotel_agent.hotels.models import AuditEvent, Hotel, HotelMembership


class HotelScopedAdmin(admin.ModelAdmin):
    """Lists, opens, offers and saves only the rows of the staff member's hotels (a superuser: all).

    `hotel_lookup` and `hotel_field` are those of `access.scope_to_staff_hotels`. Beyond the list:
    - a choice of a related row (a hotel, a conversation...) offers only rows the user may see, by the
      related model's own scoped admin; the sidebar filters list only hotels present in the list;
    - a row that may belong to no hotel (a template for every hotel) is a superuser's: for anyone else
      the hotel is required;
    - saving a row for a hotel outside the user's is refused even if the form was forged.
    """

    hotel_lookup = "hotel"
    hotel_field = "pk"

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        return scope_to_staff_hotels(
            super().get_queryset(request),
            user=request.user,
            lookup=self.hotel_lookup,
            hotel_field=self.hotel_field,
        )

    def formfield_for_foreignkey(
        self, db_field: ForeignKey[Any, Any], request: HttpRequest, **kwargs: Any
    ) -> forms.ModelChoiceField | None:
        scoped = self._scoped_choices(db_field.related_model, request)
        if scoped is not None:
            kwargs["queryset"] = scoped
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if field is not None and db_field.related_model is Hotel and not is_superuser(request.user):
            field.required = True
            field.empty_label = None
        return field

    def _scoped_choices(self, related_model: Any, request: HttpRequest) -> QuerySet[Any] | None:
        if is_superuser(request.user):
            return None
        related_admin = self.admin_site._registry.get(related_model)
        if isinstance(related_admin, HotelScopedAdmin):
            return related_admin.get_queryset(request)
        return None

    def get_list_filter(self, request: HttpRequest) -> Any:
        # Django's related filter lists every row of the related table (other hotels' names):
        # offer only the ones present in this user's scoped list.
        filters: list[Any] = []
        for entry in super().get_list_filter(request):
            if isinstance(entry, str) and self._is_foreign_key(entry):
                filters.append((entry, admin.RelatedOnlyFieldListFilter))
            else:
                filters.append(entry)
        return filters

    def _is_foreign_key(self, path: str) -> bool:
        try:
            return isinstance(get_fields_from_path(self.model, path)[-1], ForeignKey)
        except (FieldDoesNotExist, NotRelationField):
            return False

    # Every add, change and delete made here is also written to the hotel's audit log.
    def log_addition(self, request: HttpRequest, obj: Model, message: Any) -> Any:
        self._audit(request, obj, "admin_add", message)
        return super().log_addition(request, obj, message)

    def log_change(self, request: HttpRequest, obj: Model, message: Any) -> Any:
        self._audit(request, obj, "admin_change", message)
        return super().log_change(request, obj, message)

    def log_deletions(self, request: HttpRequest, queryset: QuerySet[Any]) -> Any:
        for obj in queryset:
            self._audit(request, obj, "admin_delete", "")
        return super().log_deletions(request, queryset)

    def _audit(self, request: HttpRequest, obj: Model, action: str, message: Any) -> None:
        hotel_id = obj.pk if isinstance(obj, Hotel) else getattr(obj, "hotel_id", None)
        audit_record(
            action=action,
            staff=request.user,
            hotel_id=hotel_id if isinstance(hotel_id, int) else None,
            obj=obj,
            summary=f"{obj}"[:120] + (f" — {message}" if isinstance(message, str) and message else ""),
        )

    def save_model(self, request: HttpRequest, obj: Model, form: Any, change: bool) -> None:
        if self.hotel_lookup == "hotel" and not is_superuser(request.user):
            hotel_id = getattr(obj, "hotel_id", None)
            if hotel_id is None or hotel_id not in hotel_ids_for_staff(user=request.user):
                raise PermissionDenied("This row belongs to a hotel you do not work for.")
        super().save_model(request, obj, form, change)


class HotelMembershipInline(admin.TabularInline):
    model = HotelMembership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Hotel)
class HotelAdmin(HotelScopedAdmin):
    """`reservations` adds the cancellation policy inline (`reservations/admin.py`)."""

    hotel_lookup = "pk"
    list_display = ["name", "pms_hotel_id", "default_language", "currency", "timezone", "active"]
    list_filter = ["active", "default_language"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [HotelMembershipInline]


@admin.register(AuditEvent)
class AuditEventAdmin(HotelScopedAdmin):
    """Read-only, for the managers of the hotel (and superusers)."""

    list_display = ["at", "staff_name", "action", "object_type", "object_id", "summary", "hotel"]
    list_filter = ["action", "hotel"]
    search_fields = ["staff_name", "summary", "object_id"]
    date_hierarchy = "at"

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        # A manager's hotels only: receptionists see the log of no hotel.
        queryset = super().get_queryset(request)
        if is_superuser(request.user):
            return queryset
        return queryset.filter(hotel__in=managed_hotels(user=request.user))

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return is_superuser(request.user) or managed_hotels(user=request.user).exists()

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
