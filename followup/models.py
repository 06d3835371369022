"""Follow-up that happens by itself: reminders and escalations on due dates, people following a
request, a province or a deliverer (e-mail and a private Atom feed), and staff answer templates."""

import re
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from requests_app.models import RequestStatus

#: The placeholders an answer template may use, and what each one is.
PLACEHOLDERS = {
    "reference": _("the request's reference number"),
    "title": _("the request's title"),
    "province": _("the province"),
    "status": _("the request's status"),
    "deliverers": _("who delivers (agencies, clinics…)"),
    "due_date": _("the nearest due date of an open assignment"),
    "link": _("the address of the request's page"),
}
PLACEHOLDER_PATTERN = re.compile(r"\{([a-z_]+)\}")


class AnswerTemplate(models.Model):
    """A reply staff and coordinators start from, for requests in a given status."""

    title = models.CharField(_("title"), max_length=120)
    status = models.CharField(
        _("for requests that are"),
        max_length=20,
        choices=RequestStatus.choices,
        blank=True,
        help_text=_("Leave empty to offer it whatever the status."),
    )
    body = models.TextField(
        _("text"),
        help_text=_(
            "Placeholders in braces are filled in: {reference}, {title}, {province}, {status}, "
            "{deliverers}, {due_date}, {link}."
        ),
    )
    is_active = models.BooleanField(_("offered"), default=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("answer template")
        verbose_name_plural = _("answer templates")
        ordering = ["status", "order", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status="") | Q(status__in=RequestStatus.values),
                name="answer_template_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        unknown = sorted(set(PLACEHOLDER_PATTERN.findall(self.body)) - set(PLACEHOLDERS))
        if unknown:
            raise ValidationError(
                {
                    "body": _("Unknown placeholder(s): %(unknown)s. Use: %(known)s.")
                    % {
                        "unknown": ", ".join(f"{{{name}}}" for name in unknown),
                        "known": ", ".join(f"{{{name}}}" for name in PLACEHOLDERS),
                    }
                }
            )


class Follow(models.Model):
    """One person following a request, a province or a deliverer (agency, clinic…)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("person"), on_delete=models.CASCADE, related_name="follows"
    )
    request = models.ForeignKey(
        "requests_app.Request",
        verbose_name=_("request"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="follows",
    )
    province = models.ForeignKey(
        "provinces.Province",
        verbose_name=_("province"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="follows",
    )
    deliverer = models.ForeignKey(
        "agencies.Deliverer",
        verbose_name=_("deliverer"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="follows",
    )
    created_at = models.DateTimeField(_("since"), default=timezone.now)
    last_event_id = models.BigIntegerField(
        _("last history row e-mailed"), default=0, help_text=_("Alerts start after this row.")
    )

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        ordering = ["user", "-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(request__isnull=False, province__isnull=True, deliverer__isnull=True)
                | Q(request__isnull=True, province__isnull=False, deliverer__isnull=True)
                | Q(request__isnull=True, province__isnull=True, deliverer__isnull=False),
                name="follow_one_target",
            ),
            models.UniqueConstraint(
                fields=["user", "request"], condition=Q(request__isnull=False), name="follow_request_once"
            ),
            models.UniqueConstraint(
                fields=["user", "province"], condition=Q(province__isnull=False), name="follow_province_once"
            ),
            models.UniqueConstraint(
                fields=["user", "deliverer"],
                condition=Q(deliverer__isnull=False),
                name="follow_deliverer_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.target}"

    @property
    def target(self):
        return self.request or self.province or self.deliverer

    @property
    def target_q(self) -> Q:
        """The history rows this follow is about."""
        if self.request_id:
            return Q(request_id=self.request_id)
        if self.province_id:
            return Q(request__province_id=self.province_id)
        return Q(assignment__deliverer_id=self.deliverer_id)


def _new_token() -> str:
    return secrets.token_urlsafe(24)


class FeedToken(models.Model):
    """The secret in the address of a person's Atom feed of their follows; renewing it kills the old one."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="feed_token",
    )
    token = models.CharField(_("token"), max_length=64, unique=True, default=_new_token)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("feed address")
        verbose_name_plural = _("feed addresses")

    def __str__(self) -> str:
        return str(self.user)


class NoticeKind(models.TextChoices):
    """Which follow-up notice."""

    BEFORE = "before", _("Reminder before the due date")
    DUE = "due", _("Reminder on the due date")
    OVERDUE = "overdue", _("Escalation after the due date")


class DueNotice(models.Model):
    """A reminder or escalation sent for an assignment's due date: each one once per due date."""

    Kind = NoticeKind

    assignment = models.ForeignKey(
        "requests_app.Assignment",
        verbose_name=_("assignment"),
        on_delete=models.CASCADE,
        related_name="notices",
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    due_date = models.DateField(_("due date"))
    sent_on = models.DateField(_("sent on"))
    recipients = models.PositiveIntegerField(_("e-mails sent"), default=0)

    class Meta:
        verbose_name = _("due-date notice")
        verbose_name_plural = _("due-date notices")
        ordering = ["-sent_on", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=NoticeKind.values), name="due_notice_kind_valid"),
            models.UniqueConstraint(fields=["assignment", "kind", "due_date"], name="due_notice_once"),
        ]

    def __str__(self) -> str:
        return f"{self.assignment_id} {self.kind} {self.due_date}"
