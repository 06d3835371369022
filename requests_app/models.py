"""Provinces' S&T requests (โจทย์ความต้องการ) and the agency assignments that answer them."""

import datetime as dt
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import BilingualName, TimeStampedModel
from core.templatetags.thai import thaidatetime


class Category(BilingualName, models.Model):
    """One of the programme's three request categories (reference data)."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    name_th = models.CharField(_("name (Thai)"), max_length=255, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=255, unique=True)

    class Meta:
        verbose_name = _("request category")
        verbose_name_plural = _("request categories")
        ordering = ["number"]

    def __str__(self) -> str:
        return self.name


class RequestQuerySet(models.QuerySet):
    def public(self) -> "RequestQuerySet":
        """Requests the ministry has reviewed: what the public may see."""
        return self.filter(status__in=Request.PUBLIC_STATUSES)

    def visible_to(self, user) -> "RequestQuerySet":
        """The requests ``user`` may see: the one rule views, admin, feeds and exports share."""
        if not user.is_authenticated:
            return self.public()
        if user.is_superuser or user.role == user.Role.STAFF:
            return self.all()
        scope = Q(status__in=Request.PUBLIC_STATUSES)
        if user.role == user.Role.PCSO and user.province_id:
            scope |= Q(province_id=user.province_id)
        elif user.role == user.Role.COORDINATOR and user.regional_centre_id:
            scope |= Q(province__regional_centre_id=user.regional_centre_id) & ~Q(status=Request.Status.DRAFT)
        elif user.role == user.Role.FOCAL_POINT and user.agency_id:
            scope |= Q(pk__in=Assignment.objects.filter(agency_id=user.agency_id).values("request_id"))
        return self.filter(scope)


class RequestStatus(models.TextChoices):
    """Status of a request."""

    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    UNDER_REVIEW = "under_review", _("Under review")
    MATCHED = "matched", _("Matched")
    IN_DELIVERY = "in_delivery", _("In delivery")
    DELIVERED = "delivered", _("Delivered")
    PARTLY_DELIVERED = "partly_delivered", _("Partly delivered")
    NOT_FEASIBLE = "not_feasible", _("Not feasible")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class RequestSource(models.TextChoices):
    """Source of a request."""

    WORKSHOP = "workshop", _("Workshop")
    PORTAL = "portal", _("Portal")
    LETTER = "letter", _("Letter")


class Request(TimeStampedModel):
    """A province's S&T request: a need the ministry matches to its agencies' mechanisms."""

    Status = RequestStatus

    Source = RequestSource

    PUBLIC_STATUSES = (
        Status.UNDER_REVIEW,
        Status.MATCHED,
        Status.IN_DELIVERY,
        Status.DELIVERED,
        Status.PARTLY_DELIVERED,
        Status.NOT_FEASIBLE,
    )
    CLOSED_STATUSES = (
        Status.DELIVERED,
        Status.PARTLY_DELIVERED,
        Status.NOT_FEASIBLE,
        Status.WITHDRAWN,
    )

    reference = models.CharField(
        _("reference number"), max_length=12, unique=True, null=True, blank=True, editable=False
    )
    fiscal_year = models.PositiveSmallIntegerField(_("fiscal year"), null=True, blank=True, editable=False)
    sequence = models.PositiveIntegerField(_("sequence"), null=True, blank=True, editable=False)
    province = models.ForeignKey(
        "provinces.Province", verbose_name=_("province"), on_delete=models.PROTECT, related_name="requests"
    )
    category = models.ForeignKey(
        Category, verbose_name=_("category"), on_delete=models.PROTECT, related_name="requests"
    )
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    beneficiaries = models.TextField(_("beneficiaries"), blank=True)
    desired_outcome = models.TextField(_("desired outcome"), blank=True)
    source = models.CharField(_("source"), max_length=20, choices=Source.choices, default=Source.PORTAL)
    workshop = models.ForeignKey(
        "workshops.Workshop",
        verbose_name=_("workshop"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="requests",
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("filed by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="filed_requests",
    )
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)

    objects = RequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("S&T request")
        verbose_name_plural = _("S&T requests")
        ordering = ["-submitted_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "-submitted_at"], name="request_status_idx"),
            models.Index(fields=["province", "status"], name="request_province_idx"),
            # Newest first (lists, admin, search) and a province's newest, read in index order.
            models.Index(fields=["-submitted_at", "-id"], name="request_submitted_idx"),
            models.Index(fields=["province", "-submitted_at", "-id"], name="request_province_new_idx"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=RequestStatus.values), name="request_status_valid"),
            models.CheckConstraint(condition=Q(source__in=RequestSource.values), name="request_source_valid"),
            models.CheckConstraint(
                condition=~Q(source="workshop") | Q(workshop__isnull=False),
                name="request_workshop_source_has_workshop",
            ),
            models.CheckConstraint(
                condition=Q(status="draft") | Q(reference__isnull=False),
                name="request_submitted_has_reference",
            ),
            models.UniqueConstraint(fields=["fiscal_year", "sequence"], name="request_sequence_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.title}" if self.reference else self.title

    def get_absolute_url(self) -> str:
        return reverse("requests:request_detail", kwargs={"reference": self.reference})

    def get_status_display(self) -> str:
        # Django's own builds a dict of every translated label on each call: 9 translations per
        # row of every request list. One lookup gives the same text.
        try:
            return str(self.Status(self.status).label)
        except ValueError:
            return self.status

    @property
    def is_public(self) -> bool:
        return self.status in self.PUBLIC_STATUSES

    @property
    def is_closed(self) -> bool:
        return self.status in self.CLOSED_STATUSES


class ReferenceCounter(models.Model):
    """The last reference sequence given in a fiscal year; numbers are never reused."""

    fiscal_year = models.PositiveSmallIntegerField(_("fiscal year"), primary_key=True)
    last_sequence = models.PositiveIntegerField(_("last sequence"), default=0)

    class Meta:
        verbose_name = _("reference counter")
        verbose_name_plural = _("reference counters")

    def __str__(self) -> str:
        return f"{self.fiscal_year}: {self.last_sequence}"


class AssignmentStatus(models.TextChoices):
    """Status of an assignment."""

    PROPOSED = "proposed", _("Proposed")
    ACCEPTED = "accepted", _("Accepted")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    DECLINED = "declined", _("Declined")


class AssignmentQuerySet(models.QuerySet):
    def open(self) -> "AssignmentQuerySet":
        """Assignments still to be finished (neither done nor declined)."""
        return self.exclude(status__in=(AssignmentStatus.DONE, AssignmentStatus.DECLINED))

    def overdue(self, day: dt.date | None = None) -> "AssignmentQuerySet":
        """Open assignments whose due date has passed."""
        return self.open().filter(due_date__lt=day or timezone.localdate())


class Assignment(TimeStampedModel):
    """An agency's part in answering a request, through one of its mechanisms."""

    Status = AssignmentStatus

    request = models.ForeignKey(
        Request, verbose_name=_("request"), on_delete=models.PROTECT, related_name="assignments"
    )
    agency = models.ForeignKey(
        "agencies.Agency", verbose_name=_("agency"), on_delete=models.PROTECT, related_name="assignments"
    )
    mechanism = models.ForeignKey(
        "agencies.Mechanism",
        verbose_name=_("mechanism"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="assignments",
    )
    response = models.CharField(
        _("response"), max_length=300, blank=True, help_text=_("What the agency does, in a line.")
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PROPOSED)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["request", "agency__order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=AssignmentStatus.values), name="assignment_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.agency.code}: {self.response or self.mechanism or ''}"

    def clean(self) -> None:
        super().clean()
        if self.mechanism_id and self.agency_id and self.mechanism.agency_id != self.agency_id:
            raise ValidationError({"mechanism": _("This mechanism belongs to another agency.")})

    @property
    def is_open(self) -> bool:
        return self.status not in (self.Status.DONE, self.Status.DECLINED)

    @property
    def is_overdue(self) -> bool:
        return bool(self.is_open and self.due_date and self.due_date < timezone.localdate())


class EventKind(models.TextChoices):
    """What a history row records."""

    STATUS = "status", _("Status change")
    EDIT = "edit", _("Edit")
    COMMENT = "comment", _("Comment")
    NOTE = "note", _("Internal note")
    ASSIGNMENT = "assignment", _("Assignment")
    ATTACHMENT = "attachment", _("Attachment")


class EventVisibility(models.TextChoices):
    """Who may read a history row."""

    PUBLIC = "public", _("Public")
    PARTICIPANTS = "participants", _("Province, ministry and assigned agencies")
    INTERNAL = "internal", _("Ministry, coordinators and assigned agencies")


def event_levels_for(user, request: "Request") -> list[str]:
    """The history visibility levels ``user`` may read on ``request`` (already visible to them).

    The one rule for the request page, the digest and anything else that shows history.
    """
    if user.is_authenticated:
        if (
            user.is_superuser
            or user.role == user.Role.STAFF
            or user.role == user.Role.COORDINATOR
            and request.province.regional_centre_id == user.regional_centre_id
            or user.role == user.Role.FOCAL_POINT
            and request.assignments.filter(agency_id=user.agency_id).exists()
        ):
            return list(EventVisibility.values)
        if user.role == user.Role.PCSO and request.province_id == user.province_id:
            return [EventVisibility.PUBLIC, EventVisibility.PARTICIPANTS]
    return [EventVisibility.PUBLIC]


class RequestEventQuerySet(models.QuerySet):
    def visible_to(self, user, request: "Request") -> "RequestEventQuerySet":
        """History rows of ``request`` that ``user`` may read (the request itself already visible)."""
        return self.filter(request=request, visibility__in=event_levels_for(user, request))


class RequestEvent(models.Model):
    """One row of a request's history: who did what, when, from which status to which, and why."""

    Kind = EventKind
    Visibility = EventVisibility

    request = models.ForeignKey(
        Request, verbose_name=_("request"), on_delete=models.PROTECT, related_name="events"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    visibility = models.CharField(
        _("visible to"), max_length=20, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="request_events",
    )
    actor_role = models.CharField(
        _("acting as"),
        max_length=20,
        blank=True,
        help_text=_("The role the person acted in, kept as it was."),
    )
    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    from_status = models.CharField(_("from"), max_length=20, blank=True)
    to_status = models.CharField(_("to"), max_length=20, blank=True)
    assignment = models.ForeignKey(
        Assignment,
        verbose_name=_("assignment"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
    )
    message = models.TextField(_("message"), blank=True)

    objects = RequestEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("request history entry")
        verbose_name_plural = _("request history")
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=EventKind.values), name="request_event_kind_valid"),
            models.CheckConstraint(
                condition=Q(visibility__in=EventVisibility.values), name="request_event_visibility_valid"
            ),
        ]

    def __str__(self) -> str:
        # Written for the page it is on: B.E. on Thai pages (the admin's titles and breadcrumbs).
        return f"{self.request_id} {self.get_kind_display()} {thaidatetime(self.created_at)}"

    @property
    def actor_role_label(self) -> str:
        """Who acted, by role only: what the public may see instead of a person's name."""
        return str(ACTOR_ROLE_LABELS.get(self.actor_role, ""))

    @property
    def from_status_label(self) -> str:
        return _status_label(self.from_status)

    @property
    def to_status_label(self) -> str:
        return _status_label(self.to_status)


ACTOR_ROLE_LABELS = {
    "pcso": _("Province"),
    "coordinator": _("Regional centre"),
    "focal_point": _("Agency"),
    "staff": _("Ministry"),
    "system": _("Automatic"),
}


def _status_label(value: str) -> str:
    if value in RequestStatus.values:
        return RequestStatus(value).label
    if value in AssignmentStatus.values:
        return AssignmentStatus(value).label
    return value


#: Bytes of a stored file name: file systems allow 255 per name, and a Thai letter takes 3.
STORED_NAME_BYTES = 150


def _attachment_path(instance: "Attachment", filename: str) -> str:
    # A random directory per upload: names stay readable and nobody can guess another file's URL.
    import uuid

    name = Path(filename).name
    if len(name.encode()) > STORED_NAME_BYTES:
        # Shortened on disk only (a long Thai name failed with "File name too long");
        # the person still sees the whole name, kept in original_name.
        stem, suffix = Path(name).stem, Path(name).suffix[:16]
        room = STORED_NAME_BYTES - len(suffix.encode())
        name = stem.encode()[:room].decode(errors="ignore") + suffix
    return f"requests/{uuid.uuid4().hex}/{name}"


class Attachment(models.Model):
    """A file a province attached to its request (a concept note, photos, a letter)."""

    MAX_SIZE = 5 * 1024 * 1024
    ALLOWED_EXTENSIONS = ("pdf", "jpg", "jpeg", "png", "docx", "xlsx", "odt")

    request = models.ForeignKey(
        Request, verbose_name=_("request"), on_delete=models.PROTECT, related_name="attachments"
    )
    file = models.FileField(_("file"), upload_to=_attachment_path, max_length=255)
    original_name = models.CharField(_("file name"), max_length=255)
    size = models.PositiveIntegerField(_("size (bytes)"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded"), default=timezone.now)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["uploaded_at", "pk"]

    def __str__(self) -> str:
        return self.original_name
