"""The staff API: thin views over the same selectors and services as the console."""

from __future__ import annotations

import re
from typing import Any, cast

from django.contrib.auth.models import User
from django.db.models import QuerySet
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, status
from rest_framework.exceptions import AuthenticationFailed, NotFound, Throttled, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework_simplejwt.views import TokenObtainPairView

from conversations.api.serializers import (
    ConversationSerializer,
    HandBackSerializer,
    MessageSerializer,
    NoteSerializer,
    ReplySerializer,
    StaffTokenObtainPairSerializer,
)
from conversations.models import Conversation, Message
from conversations.selectors import (
    conversation_for_staff,
    conversation_messages,
    conversations_for_phone,
    conversations_for_staff,
)
from conversations.services import staff as staff_services
from hotel_agent import login_throttle


class StaffTokenView(TokenObtainPairView):
    """JWT pair for staff; throttled like the login pages (hotel_agent/login_throttle.py)."""

    serializer_class = StaffTokenObtainPairSerializer

    def post(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        username = str(request.data.get("username", "")) if hasattr(request.data, "get") else ""
        address = login_throttle.client_address(request._request)
        lockout = login_throttle.login_lockout(username=username, address=address)
        if lockout is not None:
            raise Throttled(wait=lockout.retry_after)  # 429 with Retry-After
        try:
            response = super().post(request, *args, **kwargs)
        except AuthenticationFailed:
            login_throttle.login_failure_record(username=username, address=address)
            raise
        login_throttle.login_success_record(username=username)
        return response


E164 = re.compile(r"\+[1-9][0-9]{5,14}")


def _phone_from_query(raw: str) -> str:
    # An unencoded "+" in a query string arrives as a space: "?phone=+34600111222".
    phone = raw.strip().replace(" ", "")
    if phone and not phone.startswith("+"):
        phone = f"+{phone}"
    if not E164.fullmatch(phone):
        raise ValidationError({"phone": "A phone number in E.164, e.g. +34600111222."})
    return phone


class ConversationListView(generics.ListAPIView[Conversation]):
    serializer_class = ConversationSerializer
    pagination_class = None

    @extend_schema(
        parameters=[
            OpenApiParameter("phone", str, description="The guest's phone in E.164, e.g. +34600111222")
        ]
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    def get_queryset(self) -> QuerySet[Conversation]:
        phone = self.request.query_params.get("phone")
        if phone is not None:
            return conversations_for_phone(user=self.request.user, phone=_phone_from_query(phone))
        return conversations_for_staff(user=self.request.user).order_by("-created_at", "-id")[:100]


def _conversation(request: Request, conversation_id: int) -> Conversation:
    conversation = conversation_for_staff(user=request.user, conversation_id=conversation_id)
    if conversation is None:
        raise NotFound("No such conversation.")
    return conversation


class MessageListView(generics.ListAPIView[Message]):
    serializer_class = MessageSerializer
    pagination_class = None

    def get_queryset(self) -> QuerySet[Message]:
        return conversation_messages(conversation=_conversation(self.request, self.kwargs["conversation_id"]))


class TakeOverView(APIView):
    @extend_schema(request=None, responses=ConversationSerializer)
    def post(self, request: Request, conversation_id: int) -> Response:
        conversation = staff_services.conversation_take_over(
            conversation=_conversation(request, conversation_id), staff=cast(User, request.user)
        )
        return Response(ConversationSerializer(conversation).data)


class HandBackView(APIView):
    @extend_schema(request=HandBackSerializer, responses=ConversationSerializer)
    def post(self, request: Request, conversation_id: int) -> Response:
        serializer = HandBackSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        conversation = staff_services.conversation_hand_back(
            conversation=_conversation(request, conversation_id),
            staff=cast(User, request.user),
            summary=serializer.validated_data["summary"],
        )
        return Response(ConversationSerializer(conversation).data)


class CloseView(APIView):
    @extend_schema(request=None, responses=ConversationSerializer)
    def post(self, request: Request, conversation_id: int) -> Response:
        conversation = staff_services.conversation_close(
            conversation=_conversation(request, conversation_id), staff=cast(User, request.user)
        )
        return Response(ConversationSerializer(conversation).data)


class ReplyView(APIView):
    @extend_schema(request=ReplySerializer, responses={201: MessageSerializer})
    def post(self, request: Request, conversation_id: int) -> Response:
        serializer = ReplySerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        message = staff_services.staff_reply(
            conversation=_conversation(request, conversation_id),
            staff=cast(User, request.user),
            text=serializer.validated_data["text"],
        )
        return Response(MessageSerializer(message).data, status=status.HTTP_201_CREATED)


class NoteView(APIView):
    @extend_schema(request=NoteSerializer, responses={201: None})
    def post(self, request: Request, conversation_id: int) -> Response:
        serializer = NoteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        note = staff_services.note_add(
            conversation=_conversation(request, conversation_id),
            staff=cast(User, request.user),
            text=serializer.validated_data["text"],
        )
        return Response({"id": note.pk, "text": note.text}, status=status.HTTP_201_CREATED)
