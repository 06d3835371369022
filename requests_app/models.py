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
        elif user.role == user.Role.FOCAL_POINT and user.deliverer_id:
            scope |= Q(pk__in=Assignment.objects.answered_by(user).values("request_id"))
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


class ProposerSector(models.TextChoices):
    """Which part of society raised a request (the sources: ภาครัฐ ภาคเอกชนและภาคประชาชน)."""

    PUBLIC = "public", _("Public sector")
    PRIVATE = "private", _("Private sector")
    CIVIL = "civil", _("Civil society")


class Request(TimeStampedModel):
    """A province's S&T request: a need the ministry matches to its agencies' mechanisms."""

    Status = RequestStatus

    Source = RequestSource
    ProposerSector = ProposerSector

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
    district = models.ForeignKey(
        "provinces.District",
        verbose_name=_("district"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="requests",
    )
    proposer_sector = models.CharField(
        _("proposer's sector"), max_length=20, choices=ProposerSector.choices, blank=True
    )
    proposer_body = models.CharField(
        _("proposing body"),
        max_length=255,
        blank=True,
        help_text=_("The office, company or group that raised the need, as the record names it."),
    )
    inferred = models.TextField(
        _("inferred, not in the source"),
        blank=True,
        help_text=_("Say which values staff inferred rather than read in a source; the page shows it."),
    )
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
                condition=Q(proposer_sector="") | Q(proposer_sector__in=ProposerSector.values),
                name="request_proposer_sector_valid",
            ),
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

    def clean(self) -> None:
        super().clean()
        if self.district_id and self.province_id and self.district.province_id != self.province_id:
            raise ValidationError({"district": _("This district is in another province.")})

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
    NOT_OURS = "not_ours", _("Declined: not ours")


#: Assignment statuses that end it; "not ours" (a wrong match) is not a failed delivery.
FINISHED_ASSIGNMENT_STATUSES = (AssignmentStatus.DONE, AssignmentStatus.DECLINED, AssignmentStatus.NOT_OURS)
#: Statuses that take no part in answering the request.
STEPPED_BACK_STATUSES = (AssignmentStatus.DECLINED, AssignmentStatus.NOT_OURS)


class AssignmentQuerySet(models.QuerySet):
    def open(self) -> "AssignmentQuerySet":
        """Assignments still to be finished (neither done nor declined)."""
        return self.exclude(status__in=FINISHED_ASSIGNMENT_STATUSES)

    def answered_by(self, user) -> "AssignmentQuerySet":
        """The assignments ``user`` answers for: a focal point's deliverer's (none for anyone else)."""
        if (
            not getattr(user, "is_authenticated", False)
            or user.role != "focal_point"
            or not user.deliverer_id
        ):
            return self.none()
        return self.filter(deliverer_id=user.deliverer_id)

    def overdue(self, day: dt.date | None = None) -> "AssignmentQuerySet":
        """Open assignments whose due date has passed."""
        return self.open().filter(due_date__lt=day or timezone.localdate())


class Assignment(TimeStampedModel):
    """A deliverer's part in answering a request: an agency through one of its mechanisms, or a
    technology clinic, a regional centre, a university or a local partner.

    ``agency`` repeats the deliverer's agency when the deliverer is one (mechanisms, the matching
    assistant and the figures by agency read it); it is empty for the rest of the network.
    """

    Status = AssignmentStatus

    #: The typed results a deliverer reports, each optional, each summed in the figures.
    RESULT_FIELDS = (
        "result_people_trained",
        "result_products_improved",
        "result_beneficiaries",
        "result_income",
    )

    request = models.ForeignKey(
        Request, verbose_name=_("request"), on_delete=models.PROTECT, related_name="assignments"
    )
    deliverer = models.ForeignKey(
        "agencies.Deliverer",
        verbose_name=_("deliverer"),
        on_delete=models.PROTECT,
        related_name="assignments",
    )
    agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="assignments",
    )
    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("officer"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="assignments_in_charge",
        help_text=_("The named officer of the deliverer who answers; reminders go to them."),
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
    planned_start = models.DateField(_("planned start"), null=True, blank=True)
    planned_end = models.DateField(_("planned end"), null=True, blank=True)
    actual_start = models.DateField(_("actual start"), null=True, blank=True)
    actual_end = models.DateField(_("actual end"), null=True, blank=True)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), null=True, blank=True)
    cost = models.DecimalField(_("cost (baht)"), max_digits=14, decimal_places=2, null=True, blank=True)
    result_people_trained = models.PositiveIntegerField(_("people trained"), null=True, blank=True)
    result_products_improved = models.PositiveIntegerField(
        _("products or processes improved"), null=True, blank=True
    )
    result_beneficiaries = models.PositiveIntegerField(_("beneficiaries"), null=True, blank=True)
    result_income = models.DecimalField(
        _("income or cost effect (baht a year)"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Extra income or money saved each year; a loss is negative."),
    )
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
            models.CheckConstraint(
                condition=Q(progress__isnull=True) | Q(progress__lte=100), name="assignment_progress_percent"
            ),
            models.CheckConstraint(
                condition=Q(cost__isnull=True) | Q(cost__gte=0), name="assignment_cost_positive"
            ),
            models.CheckConstraint(
                condition=Q(planned_start__isnull=True)
                | Q(planned_end__isnull=True)
                | Q(planned_end__gte=models.F("planned_start")),
                name="assignment_planned_ordered",
            ),
            models.CheckConstraint(
                condition=Q(actual_start__isnull=True)
                | Q(actual_end__isnull=True)
                | Q(actual_end__gte=models.F("actual_start")),
                name="assignment_actual_ordered",
            ),
            models.CheckConstraint(
                condition=Q(mechanism__isnull=True) | Q(agency__isnull=False),
                name="assignment_mechanism_has_agency",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.deliverer.short_name}: {self.response or self.mechanism or ''}"

    def save(self, *args, **kwargs):
        # The one derived column: an agency's deliverer and its agency always agree, whoever
        # creates the row (the services, the admin, an import, a factory).
        if not self.deliverer_id and self.agency_id:
            from agencies.models import Deliverer

            self.deliverer = Deliverer.objects.get(agency_id=self.agency_id)
        elif self.deliverer_id and not self.agency_id:
            self.agency_id = self.deliverer.agency_id
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        if self.deliverer_id and self.agency_id and self.deliverer.agency_id != self.agency_id:
            raise ValidationError({"agency": _("The agency is not this deliverer.")})
        if self.mechanism_id and self.mechanism.agency_id != (self.agency_id or self.deliverer.agency_id):
            raise ValidationError({"mechanism": _("This mechanism belongs to another agency.")})
        if self.officer_id and self.deliverer_id and self.officer.deliverer_id != self.deliverer_id:
            raise ValidationError({"officer": _("This officer answers for another deliverer.")})
        for start, end in (("planned_start", "planned_end"), ("actual_start", "actual_end")):
            if getattr(self, start) and getattr(self, end) and getattr(self, end) < getattr(self, start):
                raise ValidationError({end: _("The end cannot be before the start.")})

    @property
    def is_open(self) -> bool:
        return self.status not in FINISHED_ASSIGNMENT_STATUSES

    @property
    def results(self) -> list[tuple[str, object]]:
        """The reported results: (label, value) for each one given."""
        return [
            (str(self._meta.get_field(name).verbose_name), getattr(self, name))
            for name in self.RESULT_FIELDS
            if getattr(self, name) is not None
        ]

    @property
    def is_overdue(self) -> bool:
        return bool(self.is_open and self.due_date and self.due_date < timezone.localdate())


class Milestone(models.Model):
    """A dated step of an assignment's work, planned and (once reached) done."""

    assignment = models.ForeignKey(
        Assignment, verbose_name=_("assignment"), on_delete=models.CASCADE, related_name="milestones"
    )
    title = models.CharField(_("milestone"), max_length=200)
    planned_on = models.DateField(_("planned for"))
    done_on = models.DateField(_("reached on"), null=True, blank=True)

    class Meta:
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["planned_on", "pk"]

    def __str__(self) -> str:
        return self.title


class EventKind(models.TextChoices):
    """What a history row records."""

    STATUS = "status", _("Status change")
    EDIT = "edit", _("Edit")
    COMMENT = "comment", _("Comment")
    NOTE = "note", _("Internal note")
    ASSIGNMENT = "assignment", _("Assignment")
    ATTACHMENT = "attachment", _("Attachment")
    PROGRESS = "progress", _("Progress report")
    REMINDER = "reminder", _("Reminder")


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
            and Assignment.objects.answered_by(user).filter(request=request).exists()
        ):
            return list(EventVisibility.values)
        if user.role == user.Role.PCSO and request.province_id == user.province_id:
            return [EventVisibility.PUBLIC, EventVisibility.PARTICIPANTS]
    return [EventVisibility.PUBLIC]


class RequestEventQuerySet(models.QuerySet):
    def visible_to(self, user, request: "Request") -> "RequestEventQuerySet":
        """History rows of ``request`` that ``user`` may read (the request itself already visible)."""
        return self.filter(request=request, visibility__in=event_levels_for(user, request))

    def readable_by(self, user) -> "RequestEventQuerySet":
        """History rows of every request ``user`` may see, at the levels they may read: the same rule
        as :func:`event_levels_for`, as one query (feeds and alerts across many requests)."""
        rows = self.filter(request__in=Request.objects.visible_to(user))
        public = Q(visibility=EventVisibility.PUBLIC)
        if not user.is_authenticated:
            return rows.filter(public)
        if user.is_superuser or user.role == user.Role.STAFF:
            return rows
        if user.role == user.Role.COORDINATOR and user.regional_centre_id:
            return rows.filter(public | Q(request__province__regional_centre_id=user.regional_centre_id))
        if user.role == user.Role.FOCAL_POINT and user.deliverer_id:
            answered = Assignment.objects.answered_by(user).values("request_id")
            return rows.filter(public | Q(request_id__in=answered))
        if user.role == user.Role.PCSO and user.province_id:
            return rows.filter(
                public | Q(visibility=EventVisibility.PARTICIPANTS, request__province_id=user.province_id)
            )
        return rows.filter(public)


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
    changes = models.JSONField(
        _("changes"),
        default=dict,
        blank=True,
        help_text=_("What a progress report changed: {field: [before, after]}."),
    )

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
    """A file attached to a request: the province's (a concept note, photos, a letter), or a
    deliverer's evidence for its assignment (photos, documents), shown with the report it came with.
    """

    MAX_SIZE = 5 * 1024 * 1024
    ALLOWED_EXTENSIONS = ("pdf", "jpg", "jpeg", "png", "docx", "xlsx", "odt")

    request = models.ForeignKey(
        Request, verbose_name=_("request"), on_delete=models.PROTECT, related_name="attachments"
    )
    assignment = models.ForeignKey(
        Assignment,
        verbose_name=_("assignment"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="evidence",
        help_text=_("Set for a deliverer's evidence."),
    )
    event = models.ForeignKey(
        "RequestEvent",
        verbose_name=_("report"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="files",
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

    @property
    def is_image(self) -> bool:
        return self.original_name.rsplit(".", 1)[-1].lower() in ("jpg", "jpeg", "png")
