"""The console's websocket answers a refused action in the staff member's language: their own choice,
else their browser's (the page's words and the banner's agree)."""

from __future__ import annotations

from typing import Any

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator

from conversations.models import ConversationState
from conversations.tests.console.wsclient import receive_until, session_cookie_for
from conversations.tests.factories import ConversationFactory
from hotel_agent.asgi import application
from hotel_agent.hotels.models import StaffProfile

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.asyncio]


async def refusal(user: Any, conversation: Any, *, accept_language: str) -> str:
    headers = [
        (b"origin", b"http://testserver"),
        (b"host", b"testserver"),
        (b"cookie", (await session_cookie_for(user)).encode()),
        (b"accept-language", accept_language.encode()),
    ]
    comm = WebsocketCommunicator(application, "/ws/console/", headers=headers)
    connected, _ = await comm.connect()
    assert connected
    await comm.send_json_to({"action": "take_over", "conversation_id": conversation.pk, "request_id": 1})
    error = await receive_until(comm, "error")
    await comm.disconnect()
    assert error["code"] == "closed"
    return str(error["message"])


async def test_refusals_come_in_the_staff_members_language(hotel: Any, ana: Any) -> None:
    conversation = await database_sync_to_async(ConversationFactory.create)(
        hotel=hotel, state=ConversationState.CLOSED
    )
    assert await refusal(ana, conversation, accept_language="fr-FR,fr;q=0.9") == (
        "Cette conversation est fermée ; impossible de la prendre en main."
    )
    await database_sync_to_async(StaffProfile.objects.create)(user=ana, language="es")
    assert await refusal(ana, conversation, accept_language="fr-FR,fr;q=0.9") == (
        "Esta conversación está cerrada; no se puede tomar el control."
    )
    await database_sync_to_async(StaffProfile.objects.filter(user=ana).update)(language="")
    assert await refusal(ana, conversation, accept_language="") == (
        "This conversation is closed; it cannot be taken over."
    )
