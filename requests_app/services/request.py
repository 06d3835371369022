"""The province's request: references, filing, editing, status changes, comments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.dates import fiscal_year
from privacy import holds
from requests_app import notifications
from requests_app.file_types import content_matches
from requests_app.models import Assignment, Attachment, Category, ReferenceCounter, Request, RequestEvent
from requests_app.services.lifecycle import (
    COORDINATOR,
    EDITABLE_STATUSES,
    PCSO,
    STAFF,
    S,
    _after_commit,
    _lock,
    _move,
    _record,
    _save,
    actor_role,
    can_comment,
    can_read_internal,
    confirmation_outcome,
    is_province_pcso,
)

#: What a request needs before it is submitted (a draft needs only its title).
SUBMIT_NEEDS_DESCRIPTION = gettext_lazy(
    "Describe the need before submitting. A draft can be saved with its title alone."
)

# --- References -----------------------------------------------------------------------------------


@transaction.atomic
def reference_assign(*, request: Request, when: dt.datetime | None = None) -> Request:
    """Give ``request`` the next reference of its fiscal year, e.g. ``2557-0008``.

    The counter row is locked (``select_for_update``) so two submissions never share a number;
    a number once given is never reused (withdrawn requests keep theirs). A request that already
    has a reference keeps it.
    """
    if request.reference:
        return request
    when = when or timezone.now()
    year = fiscal_year(timezone.localdate(when) if timezone.is_aware(when) else when.date())
    ReferenceCounter.objects.bulk_create([ReferenceCounter(fiscal_year=year)], ignore_conflicts=True)
    counter = ReferenceCounter.objects.select_for_update().get(fiscal_year=year)
    counter.last_sequence += 1
    counter.save(update_fields=["last_sequence"])
    request.fiscal_year = year
    request.sequence = counter.last_sequence
    request.reference = f"{year}-{counter.last_sequence:04d}"
    return request


# --- The province's request -------------------------------------------------------------------


def _check_files(files: Iterable[UploadedFile]) -> list[UploadedFile]:
    files = [upload for upload in files if upload]
    for upload in files:
        extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
        if extension not in Attachment.ALLOWED_EXTENSIONS:
            raise ValidationError(
                _("“%(name)s”: only these file types are accepted: %(types)s.")
                % {"name": upload.name, "types": ", ".join(Attachment.ALLOWED_EXTENSIONS)},
                code="file_type",
            )
        if upload.size > Attachment.MAX_SIZE:
            raise ValidationError(
                _("“%(name)s” is larger than %(limit)d MB.")
                % {"name": upload.name, "limit": Attachment.MAX_SIZE // (1024 * 1024)},
                code="file_size",
            )
        if not content_matches(upload, extension):
            raise ValidationError(
                _("“%(name)s” is not a real .%(type)s file: its content is of another kind.")
                % {"name": upload.name, "type": extension},
                code="file_content",
            )
    return files


def _attach(
    request: Request, files: Sequence[UploadedFile], *, actor, role: str, assignment=None, event=None
) -> list[Attachment]:
    """Store checked files on ``request``; a deliverer's evidence also names its assignment and the
    report it came with (that report is its history row, so no second one is written)."""
    stored = []
    for upload in files:
        attachment = Attachment(
            request=request,
            assignment=assignment,
            event=event,
            file=upload,
            original_name=upload.name[:255],
            size=upload.size,
            uploaded_by=actor,
        )
        attachment.full_clean()
        attachment.save()
        stored.append(attachment)
        if event is None:
            _record(
                request,
                kind=RequestEvent.Kind.ATTACHMENT,
                actor=actor,
                role=role,
                message=attachment.original_name,
                visibility=RequestEvent.Visibility.PARTICIPANTS,
            )
    return stored


@transaction.atomic
def request_create(
    *,
    actor,
    category: Category,
    title: str,
    description: str = "",
    beneficiaries: str = "",
    desired_outcome: str = "",
    files: Iterable[UploadedFile] = (),
    submit: bool = True,
) -> Request:
    """A PCSO files a request for their province: a draft, or submitted at once (with a reference)."""
    if actor_role(actor) != PCSO or not actor.province_id:
        raise PermissionDenied(_("Only a province's PCSO can file a request."))
    files = _check_files(files)
    request = Request(
        province_id=actor.province_id,
        category=category,
        title=title,
        description=description,
        beneficiaries=beneficiaries,
        desired_outcome=desired_outcome,
        source=Request.Source.PORTAL,
        status=S.DRAFT,
        filed_by=actor,
    )
    request.full_clean()
    request.save()
    _record(
        request,
        kind=RequestEvent.Kind.EDIT,
        actor=actor,
        role=PCSO,
        message=_("Draft created."),
        visibility=RequestEvent.Visibility.PARTICIPANTS,
    )
    _attach(request, files, actor=actor, role=PCSO)
    holds.hold_check(request=request)
    if submit:
        request = request_submit(request=request, actor=actor)
    return request


@transaction.atomic
def request_submit(
    *, request: Request, actor, reason: str = "", expected_version: int | None = None
) -> Request:
    """Submit a draft: it gets its reference number now and goes to the centre's desk."""
    request = _lock(request, expected_version)
    role = actor_role(actor)
    if request.status == S.DRAFT:
        if not request.description.strip():
            raise ValidationError(str(SUBMIT_NEEDS_DESCRIPTION), code="incomplete")
        reference_assign(request=request)
        request.submitted_at = timezone.now()
    _move(request, to_status=S.SUBMITTED, actor=actor, role=role, reason=reason)
    _after_commit(notifications.request_submitted, request.pk)
    return request


@transaction.atomic
def request_record_from_workshop(
    *, workshop, province, category: Category, title: str, description: str = "", recorded_by
) -> Request:
    """Record a request a province stated at a workshop; it has its reference at once.

    Ministry staff (or the province's centre coordinator) record it from the workshop admin. It
    was stated in front of the ministry, so it is taken as reviewed: it lands in **under review**
    (public, on the desk to be matched), with both steps in its history.
    """
    role = actor_role(recorded_by)
    if role not in (STAFF, COORDINATOR):
        raise PermissionDenied(_("Only ministry staff or a centre coordinator can record workshop requests."))
    request = Request(
        province=province,
        category=category,
        title=title,
        description=description,
        source=Request.Source.WORKSHOP,
        workshop=workshop,
        status=S.DRAFT,
        filed_by=recorded_by,
    )
    request.full_clean()
    request.save()
    request = _lock(request)
    # Stated at the workshop: numbered in, and dated by, the workshop's fiscal year and day, even
    # when staff record it later (a workshop still to come is dated now).
    stated = dt.datetime.combine(workshop.start_date, dt.time(12), tzinfo=timezone.get_current_timezone())
    when = min(stated, timezone.now())
    reference_assign(request=request, when=when)
    request.submitted_at = when
    message = _("Recorded at the workshop “%(title)s”.") % {"title": workshop.title}
    _move(request, to_status=S.SUBMITTED, actor=recorded_by, role=role, reason=message)
    if not holds.hold_check(request=request):  # held: it waits on the desk, submitted
        _move(request, to_status=S.UNDER_REVIEW, actor=recorded_by, role=role)
    return request


@transaction.atomic
def request_update(
    *,
    request: Request,
    actor,
    expected_version: int | None,
    category: Category,
    title: str,
    description: str = "",
    beneficiaries: str = "",
    desired_outcome: str = "",
    files: Iterable[UploadedFile] = (),
) -> Request:
    """The province edits its request while it is a draft or just submitted (not yet reviewed)."""
    request = _lock(request, expected_version)
    if not is_province_pcso(actor, request):
        raise PermissionDenied(_("Only the province's PCSO can edit this request."))
    if request.status not in EDITABLE_STATUSES:
        raise ValidationError(_("The request can no longer be edited: the ministry is reviewing it."))
    if request.status != S.DRAFT and not (description or "").strip():
        raise ValidationError(str(SUBMIT_NEEDS_DESCRIPTION), code="incomplete")
    files = _check_files(files)
    changed = []
    for field, value in (
        ("category", category),
        ("title", title),
        ("description", description),
        ("beneficiaries", beneficiaries),
        ("desired_outcome", desired_outcome),
    ):
        if getattr(request, field) != value:
            setattr(request, field, value)
            changed.append(str(Request._meta.get_field(field).verbose_name))
    if changed or files:
        _save(request)
        if changed:
            _record(
                request,
                kind=RequestEvent.Kind.EDIT,
                actor=actor,
                role=PCSO,
                message=_("Changed: %(fields)s.") % {"fields": ", ".join(changed)},
                visibility=RequestEvent.Visibility.PARTICIPANTS,
            )
        _attach(request, files, actor=actor, role=PCSO)
        if changed:
            holds.hold_check(request=request)
    return request


@transaction.atomic
def request_transition(
    *, request: Request, actor, to_status: str, reason: str = "", expected_version: int | None = None
) -> Request:
    """Move ``request`` to ``to_status`` if the table, the actor's role and scope allow it."""
    request = _lock(request, expected_version)
    if request.status == S.DRAFT and to_status == S.SUBMITTED:
        return request_submit(request=request, actor=actor, reason=reason)
    _move(request, to_status=to_status, actor=actor, role=actor_role(actor), reason=reason)
    return request


def request_withdraw(*, request: Request, actor, reason: str, expected_version: int | None = None) -> Request:
    """The province withdraws its request; it keeps its reference number."""
    return request_transition(
        request=request, actor=actor, to_status=S.WITHDRAWN, reason=reason, expected_version=expected_version
    )


def request_confirm_delivery(
    *, request: Request, actor, message: str = "", expected_version: int | None = None
) -> Request:
    """The province confirms delivery: the outcome :func:`confirmation_outcome` names (the page showed it
    first; the version the person saw guards against a change in between)."""
    statuses = Assignment.objects.filter(request=request).values_list("status", flat=True)
    return request_transition(
        request=request,
        actor=actor,
        to_status=confirmation_outcome(list(statuses)),
        reason=message,
        expected_version=expected_version,
    )


def request_reopen(*, request: Request, actor, reason: str, expected_version: int | None = None) -> Request:
    """The province reopens a closed request (or refuses a delivery) with a reason."""
    target = S.SUBMITTED if request.status == S.WITHDRAWN else S.UNDER_REVIEW
    return request_transition(
        request=request, actor=actor, to_status=target, reason=reason, expected_version=expected_version
    )


@transaction.atomic
def request_comment(*, request: Request, actor, text: str, internal: bool = False) -> RequestEvent:
    """A comment for the province and the ministry, or an internal note (not for the province)."""
    text = (text or "").strip()
    if not text:
        raise ValidationError(_("Write something first."), code="empty")
    request = _lock(request)
    if not can_comment(actor, request):
        raise PermissionDenied(_("You cannot comment on this request."))
    if internal and not can_read_internal(actor, request):
        raise PermissionDenied(
            _("Only the ministry, coordinators and assigned agencies write internal notes.")
        )
    _save(request)
    return _record(
        request,
        kind=RequestEvent.Kind.NOTE if internal else RequestEvent.Kind.COMMENT,
        actor=actor,
        role=actor_role(actor),
        message=text,
        visibility=RequestEvent.Visibility.INTERNAL if internal else RequestEvent.Visibility.PARTICIPANTS,
    )


# --- Similar requests ---------------------------------------------------------------------------


def similar_requests(text: str, user, limit: int = 5) -> list[Request]:
    """Filed requests (visible to ``user``) whose wording is close to ``text``, best first.

    The matching assistant's engine does the work (Thai word segmentation, BM25); see
    :func:`matching.services.similar_requests`.
    """
    from matching.services import similar_requests as find_similar

    return [item.request for item in find_similar(text=text, user=user, limit=limit)]
