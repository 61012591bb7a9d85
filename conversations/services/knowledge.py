"""Writes to the hotel's knowledge: questions the agent could not answer, and facts learnt from staff."""

from __future__ import annotations

import re

import structlog
from django.contrib.auth.models import User
from django.db import transaction

from conversations.engine.fact_search import fold
from conversations.engine.replies import Phrasebook
from conversations.models import (
    Author,
    Conversation,
    Direction,
    Fact,
    FactSource,
    FactText,
    Message,
    UnansweredQuestion,
)
from conversations.services.staff_notices import staff_first_name
from hotel_agent.errors import DomainError

log = structlog.get_logger(__name__)
_NOT_WORD = re.compile(r"[^\w]+", re.UNICODE)


class NotAStaffAnswer(DomainError):
    """Only a receptionist's reply in that conversation can become a fact."""


def normalized_question(text: str) -> str:
    """The question as counted in the figures: folded, words only ("¿Lavandería?" = "lavanderia")."""
    return " ".join(_NOT_WORD.sub(" ", fold(text)).split())[:255]


def unanswered_question_record(*, conversation: Conversation, message: Message) -> UnansweredQuestion:
    """Keep a guest message the agent had no fact for (once per message), for the figures and for
    the receptionist who answers it to save as a fact."""
    question, _ = UnansweredQuestion.objects.get_or_create(
        message=message,
        defaults={
            "hotel_id": conversation.hotel_id,
            "conversation": conversation,
            "language": conversation.language or conversation.hotel.default_language,
            "text": message.text or "",
            "normalized": normalized_question(message.text or ""),
        },
    )
    return question


def _question_answered_by(reply: Message) -> tuple[str, UnansweredQuestion | None]:
    """The guest question a staff reply answers: the open unanswered question before it, else the
    guest's last message before it."""
    open_question = (
        UnansweredQuestion.objects.filter(
            conversation_id=reply.conversation_id, fact__isnull=True, created_at__lte=reply.created_at
        )
        .order_by("-created_at")
        .first()
    )
    if open_question is not None:
        return open_question.text, open_question
    last_guest = (
        Message.objects.filter(
            conversation_id=reply.conversation_id, direction=Direction.IN, created_at__lte=reply.created_at
        )
        .order_by("-created_at")
        .values_list("text", flat=True)
        .first()
    )
    return last_guest or "", None


def _answer_without_introduction(reply: Message) -> str:
    """The reply without the "this is Rita from reception" line its first message opens with."""
    text = (reply.text or "").strip()
    if reply.staff_user is None:
        return text
    conversation = reply.conversation
    intro = Phrasebook.of_conversation(conversation).say(
        "staff_intro", name=staff_first_name(reply.staff_user)
    )
    return text[len(intro) :].strip() if text.startswith(intro) else text


@transaction.atomic
def fact_create_from_staff_answer(*, reply: Message, staff: User) -> Fact:
    """Save a receptionist's answer as a new fact of the hotel, so the next guest who asks gets it.

    The fact is in the conversation's language only, with the guest's question as its phrasing and
    the reply as its answer, flagged for a manager to translate and file under a topic. Saving the
    same reply twice gives the same fact. The caller has checked the staff member's access.
    """
    answer = _answer_without_introduction(reply) if reply.author == Author.STAFF else ""
    if reply.direction != Direction.OUT or not answer:
        raise NotAStaffAnswer("only a receptionist's written reply can be saved as a fact")
    conversation = reply.conversation
    language = conversation.language or conversation.hotel.default_language
    question, unanswered = _question_answered_by(reply)
    fact, created = Fact.objects.get_or_create(
        hotel_id=conversation.hotel_id,
        key=f"learnt-{reply.pk}",
        defaults={"source": FactSource.CONSOLE, "needs_translation": True, "created_by": staff},
    )
    if created:
        FactText.objects.create(fact=fact, language=language, phrasings=question.strip(), answer=answer)
        log.info("knowledge.fact_learnt", fact_id=fact.pk, conversation_id=conversation.pk, language=language)
    if unanswered is not None:
        # The same question asked by other guests and still open is answered by this fact too.
        UnansweredQuestion.objects.filter(
            hotel_id=conversation.hotel_id, normalized=unanswered.normalized, fact__isnull=True
        ).update(fact=fact)
    return fact
