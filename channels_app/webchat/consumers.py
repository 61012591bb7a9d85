"""The guest's websocket: it only stores and queues; replies come back through the channel layer.

A guest's message is stored by `message_receive` (one short transaction), which queues the
conversation's turn as a Celery task; the engine never runs in this consumer, so a slow turn (PMS,
LLM) cannot stall other websockets of this server process.
"""

from __future__ import annotations

import asyncio
import hashlib
from typing import Any

import structlog
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.db import DataError
from django.utils import timezone

from channels_app.webchat import limits
from channels_app.webchat.identity import guest_group, guest_token, provider_message_id
from channels_app.webchat.receipts import webchat_receipt_apply
from channels_app.webchat.selectors import webchat_history, webchat_hotel
from conversations.incoming import Channel, IncomingMessage, MessageKind

log = structlog.get_logger(__name__)

MAX_TEXT_CHARS = 2000
REFUSED = 4403
TOO_MANY_PAGES = 4429
FRAME_TOO_LARGE = 1009
# Error codes the page reads: `not_stored` is worth a (bounded) resend, `refused` never is.
RETRY_CODE = "not_stored"
REFUSED_CODE = "refused"
RECEIPT_RETRY_DELAYS = (0.2, 0.5, 1.0, 0.0)


def _store(incoming: IncomingMessage, hotel: Any) -> bool:
    """Store the message and queue its turn (the turn itself runs in a Celery worker)."""
    from conversations.services import message_receive

    return message_receive(incoming=incoming, hotel=hotel) is not None


def _record_unstored(*, hotel: Any, token: str, key: str, reason: str, raw: Any, text: str = "") -> None:
    """Keep what could not be stored for staff, and tell the guest on this chat (conversations/services/unstored.py)."""
    from conversations.services.unstored import message_unstored_record

    message_unstored_record(
        hotel=hotel, channel=Channel.WEBCHAT, key=key, reason=reason, raw=raw, sender=token, text=text
    )


class GuestChatConsumer(AsyncJsonWebsocketConsumer):
    """Client → server: `{"client_id", "text"}` or `{"client_id", "button_id", "title"}`."""

    async def connect(self) -> None:
        slug = self.scope["url_route"]["kwargs"].get("hotel_slug")
        self.token = guest_token(self.scope.get("session"), create=False)
        self.hotel = await database_sync_to_async(webchat_hotel)(slug=slug) if self.token else None
        if not self.token or self.hotel is None:
            await self.close(code=REFUSED)
            return
        self.counted = await database_sync_to_async(limits.socket_open)(token=self.token)
        if not self.counted:
            log.warning("webchat.too_many_pages", hotel_id=self.hotel.pk)
            await self.close(code=TOO_MANY_PAGES)
            return
        self.group = guest_group(self.token, hotel_id=self.hotel.pk)
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()
        history = await database_sync_to_async(webchat_history)(hotel=self.hotel, token=self.token)
        await self.send_json({"type": "history", "messages": history})

    async def disconnect(self, code: int) -> None:
        if getattr(self, "counted", False):
            try:
                await self.channel_layer.group_discard(self.group, self.channel_name)
            finally:  # the page's place is given back even if Redis refused the discard
                await database_sync_to_async(limits.socket_close)(token=self.token)

    async def receive(
        self, text_data: str | None = None, bytes_data: bytes | None = None, **kwargs: Any
    ) -> None:
        size = len(text_data.encode("utf-8", "surrogatepass")) if text_data else len(bytes_data or b"")
        if size > limits.MAX_FRAME_BYTES:
            # Refused before parsing: a guest's page never sends more than a few kilobytes.
            log.warning("webchat.frame_too_large", hotel_id=getattr(self.hotel, "pk", None), bytes=size)
            await self.close(code=FRAME_TOO_LARGE)
            return
        try:
            content = await self.decode_json(text_data) if text_data else None
        except ValueError:
            content = None
        if not isinstance(content, dict):
            # Not a message the page would send (bad JSON, binary, a list): kept for staff, never parsed
            # again; counted like a message so a flood of them stores nothing beyond the rate limit.
            await self._unreadable(text_data if text_data is not None else bytes_data or b"")
            return
        await self.receive_json(content, **kwargs)

    async def _unreadable(self, frame: str | bytes) -> None:
        allowed = await database_sync_to_async(limits.message_allowed)(
            token=self.token, address=self._client_address()
        )
        if not allowed:
            return
        digest = hashlib.sha256(
            frame if isinstance(frame, bytes) else frame.encode("utf-8", "surrogatepass")
        ).hexdigest()
        await database_sync_to_async(_record_unstored)(
            hotel=self.hotel,
            token=self.token,
            key=f"webchat:{self.token}:frame:{digest}",
            reason="unreadable: not a chat message",
            raw=frame,
        )

    def _client_address(self) -> str | None:
        headers = dict(self.scope.get("headers") or [])
        forwarded = headers.get(b"x-forwarded-for", b"").decode("latin-1").split(",")[0].strip()
        client = self.scope.get("client") or (None, None)
        return forwarded or client[0]

    async def receive_json(self, content: Any, **kwargs: Any) -> None:
        if not isinstance(content, dict):
            return
        if content.get("type") == "receipt":
            await self._receipt(content)
            return
        client_id = str(content.get("client_id", ""))[:64]
        text = str(content.get("text", "") or content.get("title", "")).strip()[:MAX_TEXT_CHARS]
        button_id = str(content.get("button_id", ""))[:256]
        if not client_id or not text:
            await self.send_json({"type": "error", "client_id": client_id, "code": "empty"})
            return
        allowed = await database_sync_to_async(limits.message_allowed)(
            token=self.token, address=self._client_address()
        )
        if not allowed:
            await self.send_json({"type": "error", "client_id": client_id, "code": "too_fast"})
            return
        incoming = IncomingMessage(
            channel=Channel.WEBCHAT,
            provider_message_id=provider_message_id(self.token, client_id),
            sender=self.token,
            kind=MessageKind.BUTTON_REPLY if button_id else MessageKind.TEXT,
            sent_at=timezone.now(),
            text=text,
            payload_id=button_id,
            thread_key=self.token,
        )
        try:
            await database_sync_to_async(_store)(incoming, self.hotel)
        except (ValueError, DataError) as exc:  # IncomingRefused included: the same frame would fail again
            log.warning("webchat.receive_refused", hotel_id=getattr(self.hotel, "pk", None), exc_info=True)
            await self.send_json({"type": "error", "client_id": client_id, "code": REFUSED_CODE})
            # After the refusal: the page marks the bubble first, then the apology arrives below it.
            await database_sync_to_async(_record_unstored)(
                hotel=self.hotel,
                token=self.token,
                key=f"webchat:{incoming.provider_message_id}",
                reason=f"refused: {type(exc).__name__}",
                raw=content,
                text=text,
            )
            return
        except Exception:
            log.exception("webchat.receive_failed", hotel_id=getattr(self.hotel, "pk", None))
            await self.send_json({"type": "error", "client_id": client_id, "code": RETRY_CODE})
            return
        # Stored (or a duplicate of a stored one): the page stops offering to resend it.
        await self.send_json({"type": "ack", "client_id": client_id})

    async def _receipt(self, content: dict[str, Any]) -> None:
        try:
            message_id = int(content.get("id") or 0)
        except (TypeError, ValueError):
            return
        status = str(content.get("status", ""))
        # The page may see a reply before the outbox has recorded it as sent: try again shortly.
        for delay in RECEIPT_RETRY_DELAYS:
            if await database_sync_to_async(webchat_receipt_apply)(
                token=self.token, message_id=message_id, status=status
            ):
                return
            await asyncio.sleep(delay)

    async def chat_message(self, event: dict[str, Any]) -> None:
        await self.send_json({"type": "message", "message": event["message"]})
