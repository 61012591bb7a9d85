"""The console's websocket: live events of the staff member's hotels, presence, typing, and staff actions.

Authentication is the Django session (AuthMiddlewareStack); no token ever travels in the URL.
A user who is not active staff of at least one hotel is refused before the handshake completes.
The consumer is thin: it checks scope, calls one service or selector, and reports the result.
"""

from __future__ import annotations

from typing import Any

import structlog
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.utils import translation
from django.utils.translation import gettext

from conversations.console.fanout import hotel_fanout
from conversations.selectors import conversation_for_staff
from conversations.services import staff as staff_services
from hotel_agent.errors import DomainError
from hotel_agent.hotels.access import hotel_ids_for_staff
from hotel_agent.hotels.staff_language import staff_language_for

log = structlog.get_logger(__name__)

REFUSED = 4403  # application close code: not allowed


def presence_group(conversation_id: int) -> str:
    return f"presence_{conversation_id}"


class ConsoleConsumer(AsyncJsonWebsocketConsumer):
    """One staff screen. Client → server: `{"action": ..., "conversation_id": ..., "request_id": ...}`."""

    hotel_ids: set[int]
    watching: int | None = None
    language: str = "en"

    async def connect(self) -> None:
        user = self.scope.get("user")
        hotel_ids = (
            await database_sync_to_async(hotel_ids_for_staff)(user=user) if user is not None else set()
        )
        if not hotel_ids:
            await self.close(code=REFUSED)
            return
        self.user = user
        self.hotel_ids = hotel_ids
        headers = dict(self.scope.get("headers") or [])
        self.language = await database_sync_to_async(staff_language_for)(
            user=user, accept_language=headers.get(b"accept-language", b"").decode("latin-1")
        )
        self.watching = None
        await self.accept()
        for hotel_id in sorted(hotel_ids):
            await hotel_fanout().join(hotel_id, self)
        await self.send_json({"event": "hello", "hotels": sorted(hotel_ids), "user": self._name()})

    async def disconnect(self, code: int) -> None:
        if not getattr(self, "hotel_ids", None):
            return
        await self._stop_watching()
        for hotel_id in sorted(self.hotel_ids):
            await hotel_fanout().leave(hotel_id, self)

    def _name(self) -> str:
        return staff_services.staff_display_name(self.user)

    # --- client → server ---------------------------------------------------------------------
    async def receive_json(self, content: Any, **kwargs: Any) -> None:
        if not isinstance(content, dict):
            return
        # Errors are read by the staff member: in their language (the pages' own choice).
        with translation.override(self.language):
            await self._receive_action(content)

    async def _receive_action(self, content: dict[str, Any]) -> None:
        action = str(content.get("action", ""))
        request_id = content.get("request_id")
        try:
            conversation_id = int(content.get("conversation_id") or 0)
        except (TypeError, ValueError):
            conversation_id = 0
        handler = self.ACTIONS.get(action)
        if handler is None:
            await self._error(request_id, action, "unknown_action", gettext("Unknown action."))
            return
        conversation = await database_sync_to_async(conversation_for_staff)(
            user=self.user, conversation_id=conversation_id
        )
        if conversation is None:
            await self._error(request_id, action, "not_found", gettext("No such conversation."))
            return
        try:
            await handler(self, conversation, content)
        except DomainError as exc:
            await self._error(request_id, action, exc.code, exc.message)
            return
        await self.send_json(
            {"event": "ack", "action": action, "request_id": request_id, "conversation_id": conversation.pk}
        )

    async def _error(self, request_id: Any, action: str, code: str, message: str) -> None:
        await self.send_json(
            {"event": "error", "action": action, "request_id": request_id, "code": code, "message": message}
        )

    async def _watch(self, conversation: Any, content: dict[str, Any]) -> None:
        if self.watching == conversation.pk:
            return
        await self._stop_watching()
        self.watching = conversation.pk
        group = presence_group(conversation.pk)
        await self.channel_layer.group_add(group, self.channel_name)
        await self.channel_layer.group_send(
            group, {"type": "presence.join", "user": self._name(), "reply_to": self.channel_name}
        )

    async def _unwatch(self, conversation: Any, content: dict[str, Any]) -> None:
        if self.watching == conversation.pk:
            await self._stop_watching()

    async def _stop_watching(self) -> None:
        if self.watching is None:
            return
        group = presence_group(self.watching)
        await self.channel_layer.group_discard(group, self.channel_name)
        await self.channel_layer.group_send(
            group, {"type": "presence.leave", "user": self._name(), "conversation_id": self.watching}
        )
        self.watching = None

    async def _typing(self, conversation: Any, content: dict[str, Any]) -> None:
        await self.channel_layer.group_send(
            presence_group(conversation.pk),
            {
                "type": "presence.typing",
                "user": self._name(),
                "conversation_id": conversation.pk,
                "from_channel": self.channel_name,
            },
        )

    async def _take_over(self, conversation: Any, content: dict[str, Any]) -> None:
        await database_sync_to_async(staff_services.conversation_take_over)(
            conversation=conversation, staff=self.user
        )

    async def _hand_back(self, conversation: Any, content: dict[str, Any]) -> None:
        await database_sync_to_async(staff_services.conversation_hand_back)(
            conversation=conversation, staff=self.user, summary=str(content.get("summary", ""))
        )

    async def _close(self, conversation: Any, content: dict[str, Any]) -> None:
        await database_sync_to_async(staff_services.conversation_close)(
            conversation=conversation, staff=self.user
        )

    async def _reply(self, conversation: Any, content: dict[str, Any]) -> None:
        await database_sync_to_async(staff_services.staff_reply)(
            conversation=conversation, staff=self.user, text=str(content.get("text", ""))
        )

    async def _note(self, conversation: Any, content: dict[str, Any]) -> None:
        await database_sync_to_async(staff_services.note_add)(
            conversation=conversation, staff=self.user, text=str(content.get("text", ""))
        )

    ACTIONS = {
        "watch": _watch,
        "unwatch": _unwatch,
        "typing": _typing,
        "take_over": _take_over,
        "hand_back": _hand_back,
        "close": _close,
        "reply": _reply,
        "note": _note,
    }

    # --- channel layer → client --------------------------------------------------------------
    async def send_frame(self, frame: str) -> None:
        """A hotel event, already serialised, handed over by the process's fan-out (see `fanout.py`)."""
        await self.send(text_data=frame)

    async def presence_join(self, message: dict[str, Any]) -> None:
        if message["reply_to"] == self.channel_name or self.watching is None:
            return
        await self.send_json(
            {"event": "presence", "conversation_id": self.watching, "user": message["user"], "watching": True}
        )
        # Tell the newcomer that we are here too: presence needs no shared store.
        await self.channel_layer.send(
            message["reply_to"],
            {"type": "presence.here", "user": self._name(), "conversation_id": self.watching},
        )

    async def presence_here(self, message: dict[str, Any]) -> None:
        if self.watching == message["conversation_id"]:
            await self.send_json(
                {
                    "event": "presence",
                    "conversation_id": self.watching,
                    "user": message["user"],
                    "watching": True,
                }
            )

    async def presence_leave(self, message: dict[str, Any]) -> None:
        await self.send_json(
            {
                "event": "presence",
                "conversation_id": message["conversation_id"],
                "user": message["user"],
                "watching": False,
            }
        )

    async def presence_typing(self, message: dict[str, Any]) -> None:
        if message.get("from_channel") == self.channel_name:
            return
        await self.send_json(
            {"event": "typing", "conversation_id": message["conversation_id"], "user": message["user"]}
        )
