"""Staff API tokens that die with the access they stand for.

A refresh token is rotated on every use (the used one blacklisted), carries a hash of the password it
was issued under, and is blacklisted with every other token of its user when that user's password
changes, when the user is deactivated or loses staff status, and on logout. So a leaked refresh token
stops minting access tokens the moment the staff member changes password or leaves.
"""

from __future__ import annotations

from typing import Any

import structlog
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models.signals import pre_save
from rest_framework import exceptions
from rest_framework_simplejwt.serializers import TokenRefreshSerializer
from rest_framework_simplejwt.settings import api_settings
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken
from rest_framework_simplejwt.tokens import RefreshToken
from rest_framework_simplejwt.utils import get_md5_hash_password

log = structlog.get_logger(__name__)


def staff_tokens_revoke(*, user_id: int) -> int:
    """Blacklist every refresh token still outstanding for `user_id`; how many were."""
    outstanding = OutstandingToken.objects.filter(user_id=user_id).exclude(blacklistedtoken__isnull=False)
    revoked = 0
    for token in outstanding:
        _, created = BlacklistedToken.objects.get_or_create(token=token)
        revoked += int(created)
    if revoked:
        log.info("staff_tokens.revoked", user_id=user_id, tokens=revoked)
    return revoked


class StaffTokenRefreshSerializer(TokenRefreshSerializer):
    """Refresh only for a user who is still active staff with the password the token was issued under."""

    def validate(self, attrs: dict[str, Any]) -> dict[str, str]:
        refresh = RefreshToken(attrs["refresh"])
        user_id = refresh.payload.get(api_settings.USER_ID_CLAIM)
        user = get_user_model().objects.filter(**{api_settings.USER_ID_FIELD: user_id}).first()
        if (
            user is None
            or not user.is_active
            or not user.is_staff
            or refresh.payload.get(api_settings.REVOKE_TOKEN_CLAIM) != get_md5_hash_password(user.password)
        ):
            raise exceptions.AuthenticationFailed(
                self.error_messages["no_active_account"], "no_active_account"
            )
        return super().validate(attrs)


def _revoke_on_lost_access(sender: Any, instance: Any, **kwargs: Any) -> None:
    """pre_save of the user model: a new password, deactivation or lost staff status revokes tokens."""
    if instance.pk is None or kwargs.get("raw"):
        return
    before = sender.objects.filter(pk=instance.pk).values("password", "is_active", "is_staff").first()
    if before is None:
        return
    lost = (
        before["password"] != instance.password
        or (before["is_active"] and not instance.is_active)
        or (before["is_staff"] and not instance.is_staff)
    )
    if lost:
        user_id = instance.pk
        transaction.on_commit(lambda: staff_tokens_revoke(user_id=user_id))


def connect_signals() -> None:
    pre_save.connect(
        _revoke_on_lost_access, sender=get_user_model(), dispatch_uid="staff_tokens_revoke_on_lost_access"
    )
