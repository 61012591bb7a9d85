"""A replay's stored report and the managers' marks (the regression set)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from conversations.engine.types import HandoffReason
from hotel_agent.hotels.models import Hotel


def handoff_label(code: str) -> str:
    """A handoff reason as the console names it (the report showed the stored code, "no_progress")."""
    return str(dict(HandoffReason.CHOICES).get(code, code))


class ReplayRun(models.Model):
    """One replay asked for by a manager (or `manage.py replay`): which conversations, progress, totals."""

    class State(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")

    hotel = models.ForeignKey(
        Hotel, on_delete=models.CASCADE, related_name="replay_runs", verbose_name=_("hotel")
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("requested by"),
    )
    date_from = models.DateField(
        _("from"), null=True, blank=True, help_text=_("Conversations started on or after.")
    )
    date_to = models.DateField(
        _("to"), null=True, blank=True, help_text=_("Conversations started on or before.")
    )
    channel = models.CharField(_("channel"), max_length=16, blank=True, help_text=_("Empty: every channel."))
    language = models.CharField(
        _("language"), max_length=2, blank=True, help_text=_("Empty: every language.")
    )
    outcome = models.CharField(
        _("outcome"),
        max_length=16,
        blank=True,
        help_text=_("booked, handed_off or neither; empty: every conversation."),
    )
    state = models.CharField(_("state"), max_length=8, choices=State.choices, default=State.QUEUED)
    conversations_total = models.PositiveIntegerField(_("conversations"), default=0)
    conversations_done = models.PositiveIntegerField(_("conversations replayed"), default=0)
    turns = models.PositiveIntegerField(_("turns"), default=0)
    turns_changed = models.PositiveIntegerField(_("replies changed"), default=0)
    bookings_lost = models.PositiveIntegerField(_("bookings lost"), default=0)
    bookings_gained = models.PositiveIntegerField(_("bookings gained"), default=0)
    handoffs_new = models.PositiveIntegerField(_("new handoffs"), default=0)
    handoffs_lost = models.PositiveIntegerField(_("lost handoffs"), default=0)
    prices_changed = models.PositiveIntegerField(_("turns with other prices"), default=0)
    seconds = models.FloatField(_("seconds"), default=0.0)
    error = models.TextField(_("error"), blank=True, default="")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("replay")
        verbose_name_plural = _("replays")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return gettext("Replay %(number)s (%(hotel)s)") % {"number": self.pk, "hotel": self.hotel}

    @property
    def turns_per_second(self) -> float:
        return self.turns / self.seconds if self.seconds else 0.0


class ReplayConversation(models.Model):
    """One conversation of a run: what changed in it as a whole."""

    run = models.ForeignKey(ReplayRun, on_delete=models.CASCADE, related_name="conversations")
    conversation = models.ForeignKey(
        "conversations.Conversation", on_delete=models.CASCADE, related_name="replays"
    )
    turns = models.PositiveSmallIntegerField(default=0)
    turns_changed = models.PositiveSmallIntegerField(default=0)
    booked_before = models.BooleanField(default=False)
    booked_after = models.BooleanField(default=False)
    handoff_before = models.CharField(max_length=32, blank=True, default="")
    handoff_after = models.CharField(max_length=32, blank=True, default="")
    prices_changed = models.PositiveSmallIntegerField(default=0)
    error = models.CharField(max_length=200, blank=True, default="")

    class Meta:
        ordering = ["run", "conversation_id"]
        constraints = [
            models.UniqueConstraint(fields=["run", "conversation"], name="replay_conversation_once_per_run")
        ]

    def __str__(self) -> str:
        return f"Replay {self.run_id}, conversation {self.conversation_id}"

    @property
    def booking_change(self) -> str:
        if self.booked_before and not self.booked_after:
            return "lost"
        if self.booked_after and not self.booked_before:
            return "gained"
        return ""

    @property
    def handoff_change(self) -> str:
        if self.handoff_after and not self.handoff_before:
            return "new"
        if self.handoff_before and not self.handoff_after:
            return "lost"
        if self.handoff_before != self.handoff_after:
            return "other_reason"
        return ""

    @property
    def booking_change_label(self) -> str:
        return {"lost": gettext("booking lost"), "gained": gettext("booking gained")}.get(
            self.booking_change, ""
        )

    @property
    def handoff_before_label(self) -> str:
        return handoff_label(self.handoff_before)

    @property
    def handoff_after_label(self) -> str:
        return handoff_label(self.handoff_after)


class ReplayTurn(models.Model):
    """One guest message: the original reply and today's, side by side, with the understanding behind each."""

    replay = models.ForeignKey(ReplayConversation, on_delete=models.CASCADE, related_name="turn_rows")
    message = models.ForeignKey(
        "conversations.Message", on_delete=models.CASCADE, related_name="+", help_text="The guest's message."
    )
    index = models.PositiveSmallIntegerField()
    source_key = models.CharField(max_length=300, help_text="channel:provider id of the guest message.")
    reached = models.BooleanField(default=True, help_text="False: the new version handed off before it.")
    old_text = models.TextField(blank=True, default="")
    new_text = models.TextField(blank=True, default="")
    old_understanding = models.JSONField(default=dict, blank=True)
    new_understanding = models.JSONField(default=dict, blank=True)
    old_handoff = models.CharField(max_length=32, blank=True, default="")
    new_handoff = models.CharField(max_length=32, blank=True, default="")
    old_booking = models.CharField(max_length=64, blank=True, default="")
    new_booking = models.CharField(max_length=64, blank=True, default="")
    old_prices = models.JSONField(default=list, blank=True)
    new_prices = models.JSONField(default=list, blank=True)
    reply_changed = models.BooleanField(default=False)

    class Meta:
        ordering = ["replay", "index"]

    def __str__(self) -> str:
        return f"Turn {self.index} of {self.replay}"

    @property
    def prices_changed(self) -> bool:
        return self.reached and self.old_prices != self.new_prices

    @property
    def old_handoff_label(self) -> str:
        return handoff_label(self.old_handoff)

    @property
    def new_handoff_label(self) -> str:
        return handoff_label(self.new_handoff)


class ReplayMark(models.Model):
    """A manager's verdict on a changed reply; the marks of a hotel are its regression set.

    "worse" means this new reply must not come back for this guest message: `manage.py replay --check`
    and `make test` (on the demo conversations) fail when it does.
    """

    class Verdict(models.TextChoices):
        BETTER = "better", _("better")
        WORSE = "worse", _("worse")
        SAME = "same", _("same")

    hotel = models.ForeignKey(
        Hotel, on_delete=models.CASCADE, related_name="replay_marks", verbose_name=_("hotel")
    )
    turn = models.ForeignKey(
        ReplayTurn,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="marks",
        verbose_name=_("turn"),
    )
    source_key = models.CharField(_("guest message"), max_length=300)
    guest_text = models.TextField(_("guest wrote"), blank=True, default="")
    old_text = models.TextField(_("reply then"), blank=True, default="")
    new_text = models.TextField(_("reply in the replay"), blank=True, default="")
    digest = models.CharField(max_length=64, help_text="Of the new reply, numbers left out.")
    verdict = models.CharField(_("verdict"), max_length=8, choices=Verdict.choices)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("marked by"),
    )
    conversation = models.ForeignKey(
        "conversations.Conversation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("conversation"),
    )
    created_at = models.DateTimeField(_("marked"), auto_now=True)

    class Meta:
        verbose_name = _("replay mark")
        verbose_name_plural = _("replay marks (regression set)")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["hotel", "source_key", "digest"], name="replay_mark_once_per_reply"
            )
        ]

    def __str__(self) -> str:
        return f"{self.verdict}: {self.source_key}"
