from __future__ import annotations

from typing import Any

from rest_framework import exceptions, serializers
from rest_framework_simplejwt.serializers import TokenObtainPairSerializer

from conversations.models import Conversation, Message


class StaffTokenObtainPairSerializer(TokenObtainPairSerializer):
    """JWT pair for active staff only; anyone else gets the same answer as a wrong password."""

    def validate(self, attrs: dict[str, Any]) -> dict[str, str]:
        data = super().validate(attrs)
        if self.user is None or not self.user.is_staff:
            raise exceptions.AuthenticationFailed(
                self.error_messages["no_active_account"], "no_active_account"
            )
        return {"access": data["access"], "refresh": data["refresh"]}


class ConversationSerializer(serializers.ModelSerializer[Conversation]):
    hotel: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = Conversation
        fields = [
            "id",
            "channel",
            "state",
            "language",
            "handoff_reason",
            "hotel",
            "assigned_to",
            "created_at",
            "last_message_at",
            "closed_at",
        ]
        read_only_fields = fields


class MessageSerializer(serializers.ModelSerializer[Message]):
    class Meta:
        model = Message
        fields = ["id", "direction", "author", "text", "status", "kind", "payload_id", "created_at"]
        read_only_fields = fields


class ReplySerializer(serializers.Serializer[Any]):
    text = serializers.CharField(max_length=4096, trim_whitespace=True)


class HandBackSerializer(serializers.Serializer[Any]):
    summary = serializers.CharField(max_length=1000, allow_blank=True, required=False, default="")


class NoteSerializer(serializers.Serializer[Any]):
    text = serializers.CharField(max_length=4000, trim_whitespace=True)
