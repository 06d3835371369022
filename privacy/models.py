"""Personal data under the PDPA: the access log, data subjects' requests, requests held for review."""

import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class AccessKind(models.TextChoices):
    """How personal data left the system."""

    EXPORT = "export", _("Export (CSV/XLSX)")
    ATTACHMENT = "attachment", _("Attachment download")
    ADMIN_VIEW = "admin_view", _("Admin view of people")
    PERSONAL_DATA = "personal_data", _("Personal-data download")


class AccessLog(models.Model):
    """One time personal data left the system: who, when, from where, what, with which filters, how many rows.

    Append-only: the model refuses a change, and the database refuses an UPDATE (and, on
    PostgreSQL, a DELETE of an entry younger than 90 days); old entries go only through the
    retention purge.
    """

    Kind = AccessKind

    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    ip_address = models.GenericIPAddressField(_("from address"), null=True, blank=True, editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, editable=False)
    path = models.CharField(_("address"), max_length=500, editable=False)
    filters = models.TextField(_("filters"), blank=True, editable=False)
    rows = models.PositiveIntegerField(_("rows"), null=True, blank=True, editable=False)
    target = models.CharField(_("what"), max_length=255, blank=True, editable=False)

    class Meta:
        verbose_name = _("access-log entry")
        verbose_name_plural = _("access log")
        ordering = ["-at", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=AccessKind.values), name="accesslog_kind_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.kind} {self.path}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ValidationError(_("The access log cannot be changed."))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValidationError(_("The access log cannot be changed."))


class RightsKind(models.TextChoices):
    """What a data subject asks for (PDPA ss.30–36)."""

    ACCESS = "access", _("A copy of my data")
    CORRECTION = "correction", _("Correct my data")
    ERASURE = "erasure", _("Erase or anonymise my data")
    OBJECTION = "objection", _("Object to or restrict the use of my data")


class RightsStatus(models.TextChoices):
    """Where a data subject's request stands."""

    RECEIVED = "received", _("Received")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    REFUSED = "refused", _("Refused")


class RightsRequestQuerySet(models.QuerySet):
    def open(self) -> "RightsRequestQuerySet":
        return self.filter(status__in=(RightsStatus.RECEIVED, RightsStatus.IN_PROGRESS))

    def overdue(self, day: dt.date | None = None) -> "RightsRequestQuerySet":
        return self.open().filter(due_date__lt=day or timezone.localdate())


class RightsRequest(models.Model):
    """A person's request about their personal data, answered within 30 days and kept with its reasons."""

    Kind = RightsKind
    Status = RightsStatus

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.PROTECT,
        related_name="rights_requests",
    )
    kind = models.CharField(_("request"), max_length=20, choices=Kind.choices)
    details = models.TextField(_("details"), blank=True)
    received_at = models.DateTimeField(_("received"), default=timezone.now)
    due_date = models.DateField(_("answer due by"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.RECEIVED)
    identity_checked = models.BooleanField(_("identity checked"), default=False)
    identity_method = models.CharField(
        _("how the identity was checked"),
        max_length=255,
        blank=True,
        help_text=_("E.g. logged in with the account concerned; ID card seen by the officer."),
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    outcome = models.TextField(_("outcome"), blank=True, help_text=_("What was done, as told to the person."))
    reasons = models.TextField(_("reasons"), blank=True, help_text=_("Required when the request is refused."))
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    objects = RightsRequestQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("data subject's request")
        verbose_name_plural = _("data subjects' requests")
        ordering = ["status", "due_date", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=RightsKind.values), name="rights_kind_valid"),
            models.CheckConstraint(condition=Q(status__in=RightsStatus.values), name="rights_status_valid"),
            models.CheckConstraint(
                condition=Q(status__in=("received", "in_progress"))
                | Q(closed_at__isnull=False, identity_checked=True),
                name="rights_closed_checked",
            ),
            models.CheckConstraint(
                condition=~Q(status="refused") | ~Q(reasons=""), name="rights_refusal_has_reasons"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.received_at:%Y-%m-%d})"

    def clean(self) -> None:
        super().clean()
        if self.status in (RightsStatus.DONE, RightsStatus.REFUSED):
            if not self.identity_checked:
                raise ValidationError(
                    {"identity_checked": _("Check the person's identity before closing the request.")}
                )
            if not self.outcome.strip():
                raise ValidationError({"outcome": _("Say what was done before closing the request.")})
        if self.status == RightsStatus.REFUSED and not self.reasons.strip():
            raise ValidationError({"reasons": _("Give the reasons for refusing.")})

    @property
    def is_overdue(self) -> bool:
        return (
            self.status in (RightsStatus.RECEIVED, RightsStatus.IN_PROGRESS)
            and self.due_date < timezone.localdate()
        )


class PersonalDataHoldQuerySet(models.QuerySet):
    def open(self) -> "PersonalDataHoldQuerySet":
        return self.filter(released_at__isnull=True)


class PersonalDataHold(models.Model):
    """A request held back from publication: its text looks like it holds a phone number, an e-mail or an ID."""

    request = models.OneToOneField(
        "requests_app.Request",
        verbose_name=_("request"),
        on_delete=models.PROTECT,
        related_name="personal_data_hold",
    )
    found = models.JSONField(_("what was found"), default=list, blank=True)
    created_at = models.DateTimeField(_("held"), default=timezone.now)
    checked_at = models.DateTimeField(_("last checked"), default=timezone.now)
    released_at = models.DateTimeField(_("released"), null=True, blank=True)
    released_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("released by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    note = models.TextField(_("reviewer's note"), blank=True)

    objects = PersonalDataHoldQuerySet.as_manager()

    class Meta:
        verbose_name = _("request held for personal data")
        verbose_name_plural = _("requests held for personal data")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(released_at__isnull=True) | Q(released_by__isnull=False),
                name="hold_release_has_reviewer",
            ),
        ]

    def __str__(self) -> str:
        return str(self.request)

    @property
    def is_open(self) -> bool:
        return self.released_at is None
