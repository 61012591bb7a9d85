"""Console: a receptionist's answer to a question the agent could not answer, saved as a new fact."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from conversations.console.views import _staff, staff_required
from conversations.models import Message
from conversations.selectors import conversation_for_staff
from conversations.services.knowledge import NotAStaffAnswer, fact_create_from_staff_answer


@require_POST
@staff_required
def fact_save_from_reply(request: HttpRequest, conversation_id: int, message_id: int) -> HttpResponse:
    conversation = conversation_for_staff(user=request.user, conversation_id=conversation_id)
    reply = Message.objects.filter(pk=message_id, conversation=conversation).first() if conversation else None
    if reply is None:
        raise Http404("No such message")
    try:
        fact_create_from_staff_answer(reply=reply, staff=_staff(request))
    except NotAStaffAnswer:
        raise Http404("Not a staff answer") from None
    return HttpResponseRedirect(reverse("console:conversation", args=[conversation_id]))
