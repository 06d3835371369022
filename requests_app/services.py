"""Request workflows: the lifecycle state machine, references, assignments, comments.

Every change goes through a function here. Each one locks the request row
(``select_for_update``), refuses a stale ``expected_version`` ("changed since you opened it"),
writes one :class:`RequestEvent` per change (who, when, from, to, why, public or not) and bumps
``Request.version``. Illegal actions raise :class:`ValidationError` with a translated message and
change nothing (the whole function is one transaction). E-mails are sent after commit.

Lifecycle (``TRANSITIONS`` below is the whole truth; the role "system" means the status follows
from the assignments, see :func:`derive_status`)::

    draft → submitted → under review → matched → in delivery → delivered | partly delivered
    submitted | under review | matched → not feasible (coordinator, staff; reason required)
    submitted | under review | matched → withdrawn (the province's PCSO; reason required)
    delivered | partly delivered | not feasible → under review (PCSO reopens; reason required)
    withdrawn → submitted (PCSO reopens; reason required; the reference is kept)
    in delivery, awaiting confirmation → under review (PCSO refuses the delivery; reason required)
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from functools import partial

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.dates import fiscal_year
from privacy import holds
from requests_app import notifications
from requests_app.models import (
    Assignment,
    Attachment,
    Category,
    ReferenceCounter,
    Request,
    RequestEvent,
)

logger = logging.getLogger(__name__)

S = Request.Status
A = Assignment.Status
PCSO, COORDINATOR, FOCAL_POINT, STAFF, SYSTEM = "pcso", "coordinator", "focal_point", "staff", "system"

#: (from, to) → the roles that may make the change. "system" changes follow from assignments.
TRANSITIONS: dict[tuple[str, str], frozenset[str]] = {
    (S.DRAFT, S.SUBMITTED): frozenset({PCSO, COORDINATOR, STAFF}),
    (S.SUBMITTED, S.UNDER_REVIEW): frozenset({COORDINATOR, STAFF}),
    (S.SUBMITTED, S.NOT_FEASIBLE): frozenset({COORDINATOR, STAFF}),
    (S.UNDER_REVIEW, S.NOT_FEASIBLE): frozenset({COORDINATOR, STAFF}),
    (S.MATCHED, S.NOT_FEASIBLE): frozenset({COORDINATOR, STAFF}),
    (S.SUBMITTED, S.WITHDRAWN): frozenset({PCSO}),
    (S.UNDER_REVIEW, S.WITHDRAWN): frozenset({PCSO}),
    (S.MATCHED, S.WITHDRAWN): frozenset({PCSO}),
    (S.SUBMITTED, S.MATCHED): frozenset({SYSTEM}),
    (S.UNDER_REVIEW, S.MATCHED): frozenset({SYSTEM}),
    (S.UNDER_REVIEW, S.IN_DELIVERY): frozenset({SYSTEM}),
    (S.MATCHED, S.IN_DELIVERY): frozenset({SYSTEM}),
    (S.MATCHED, S.UNDER_REVIEW): frozenset({SYSTEM}),
    (S.IN_DELIVERY, S.MATCHED): frozenset({SYSTEM}),
    (S.IN_DELIVERY, S.UNDER_REVIEW): frozenset({SYSTEM, PCSO}),
    (S.IN_DELIVERY, S.DELIVERED): frozenset({PCSO}),
    (S.IN_DELIVERY, S.PARTLY_DELIVERED): frozenset({PCSO}),
    (S.DELIVERED, S.UNDER_REVIEW): frozenset({PCSO}),
    (S.PARTLY_DELIVERED, S.UNDER_REVIEW): frozenset({PCSO}),
    (S.NOT_FEASIBLE, S.UNDER_REVIEW): frozenset({PCSO}),
    (S.WITHDRAWN, S.SUBMITTED): frozenset({PCSO}),
}

#: What a request needs before it is submitted (a draft needs only its title).
SUBMIT_NEEDS_DESCRIPTION = gettext_lazy(
    "Describe the need before submitting. A draft can be saved with its title alone."
)

#: Changes that must say why.
REASON_REQUIRED: frozenset[tuple[str, str]] = frozenset(
    {
        (S.SUBMITTED, S.NOT_FEASIBLE),
        (S.UNDER_REVIEW, S.NOT_FEASIBLE),
        (S.MATCHED, S.NOT_FEASIBLE),
        (S.SUBMITTED, S.WITHDRAWN),
        (S.UNDER_REVIEW, S.WITHDRAWN),
        (S.MATCHED, S.WITHDRAWN),
        (S.DELIVERED, S.UNDER_REVIEW),
        (S.PARTLY_DELIVERED, S.UNDER_REVIEW),
        (S.NOT_FEASIBLE, S.UNDER_REVIEW),
        (S.WITHDRAWN, S.SUBMITTED),
        (S.IN_DELIVERY, S.UNDER_REVIEW),
    }
)

#: An assignment's own lifecycle; changed by the agency's focal point or ministry staff.
ASSIGNMENT_TRANSITIONS: dict[str, frozenset[str]] = {
    A.PROPOSED: frozenset({A.ACCEPTED, A.DECLINED}),
    A.ACCEPTED: frozenset({A.IN_PROGRESS, A.DONE, A.DECLINED}),
    A.IN_PROGRESS: frozenset({A.DONE, A.DECLINED}),
    A.DONE: frozenset(),
    A.DECLINED: frozenset(),
}

#: Request statuses in which agencies can still be assigned.
ASSIGNABLE_STATUSES = (S.SUBMITTED, S.UNDER_REVIEW, S.MATCHED, S.IN_DELIVERY)
#: Request statuses in which the province may still edit its text.
EDITABLE_STATUSES = (S.DRAFT, S.SUBMITTED)


# --- Roles and scope --------------------------------------------------------------------------


def actor_role(user) -> str:
    """The role ``user`` acts in: superusers act as ministry staff; "" for the public."""
    if not getattr(user, "is_authenticated", False):
        return ""
    if user.is_superuser:
        return STAFF
    return user.role or ""


def is_province_pcso(user, request: Request) -> bool:
    return actor_role(user) == PCSO and user.province_id == request.province_id


def is_desk_user(user, request: Request | None = None) -> bool:
    """Staff anywhere; a coordinator for the provinces of their centre."""
    role = actor_role(user)
    if role == STAFF:
        return True
    if role != COORDINATOR:
        return False
    return request is None or request.province.regional_centre_id == user.regional_centre_id


def is_assigned_agency(user, request: Request) -> bool:
    return actor_role(user) == FOCAL_POINT and request.assignments.filter(agency_id=user.agency_id).exists()


def can_read_internal(user, request: Request) -> bool:
    """Internal notes: staff, the centre's coordinators and the assigned agencies only."""
    return is_desk_user(user, request) or is_assigned_agency(user, request)


def can_comment(user, request: Request) -> bool:
    return request.status != S.DRAFT and (is_province_pcso(user, request) or can_read_internal(user, request))


def allowed_transitions(user, request: Request) -> list[str]:
    """Target statuses ``user`` may move ``request`` to now (for buttons; services re-check)."""
    role = actor_role(user)
    result = []
    for (source, target), roles in TRANSITIONS.items():
        if source != request.status or role not in roles:
            continue
        if _scope_error(user, request, role) or _guard_error(request, source, target):
            continue
        result.append(target)
    return result


def _scope_error(user, request: Request, role: str) -> str | None:
    if role == PCSO and not is_province_pcso(user, request):
        return _("You act for another province.")
    if role == COORDINATOR and not is_desk_user(user, request):
        return _("This province is outside your regional centre.")
    return None


# --- Status derived from assignments --------------------------------------------------------


def derive_status(status: str, assignment_statuses: Sequence[str]) -> str:
    """The request status its assignments imply; ``status`` when they imply nothing.

    Rules, applied only while the request is under review, matched or in delivery:

    * no assignment → unchanged;
    * every assignment declined → under review (back to the desk to be matched again);
    * some live (not declined) assignment in progress or done → in delivery;
    * otherwise (live assignments all proposed or accepted) → matched.

    "Awaiting confirmation" is in delivery with every live assignment done
    (:func:`awaiting_confirmation`). The PCSO then confirms: delivered when no assignment was
    declined, partly delivered when some were; or refuses (back to under review, with a reason).
    """
    if status not in (S.SUBMITTED, S.UNDER_REVIEW, S.MATCHED, S.IN_DELIVERY) or not assignment_statuses:
        return status
    live = [value for value in assignment_statuses if value != A.DECLINED]
    if not live:
        return S.UNDER_REVIEW if status != S.SUBMITTED else status
    if any(value in (A.IN_PROGRESS, A.DONE) for value in live):
        return S.IN_DELIVERY
    return S.MATCHED


def awaiting_confirmation(status: str, assignment_statuses: Sequence[str]) -> bool:
    """In delivery, and every assignment not declined is done: the province should confirm."""
    live = [value for value in assignment_statuses if value != A.DECLINED]
    return status == S.IN_DELIVERY and bool(live) and all(value == A.DONE for value in live)


def _assignment_statuses(request: Request) -> list[str]:
    return list(Assignment.objects.filter(request=request).values_list("status", flat=True))


def _guard_error(request: Request, source: str, target: str) -> str | None:
    if error := holds.publication_error(request, source, target):
        return error  # held for the desk's personal-data review (privacy.holds)
    if source == S.IN_DELIVERY and target in (S.DELIVERED, S.PARTLY_DELIVERED, S.UNDER_REVIEW):
        statuses = _assignment_statuses(request)
        if not awaiting_confirmation(request.status, statuses):
            return _("The agencies have not finished their parts yet.")
        declined = A.DECLINED in statuses
        if target == S.DELIVERED and declined:
            return _("Some agencies declined: confirm the request as partly delivered.")
        if target == S.PARTLY_DELIVERED and not declined:
            return _("Every agency delivered: confirm the request as delivered.")
    return None


# --- Internals ----------------------------------------------------------------------------------


def _lock(request: Request, expected_version: int | None = None) -> Request:
    """The request's row, locked until the transaction ends; refuses a stale version."""
    locked = Request.objects.select_for_update().get(pk=request.pk)
    if expected_version is not None and locked.version != int(expected_version):
        raise ValidationError(
            _("This request was changed by someone else since you opened it. Reload it and try again."),
            code="stale",
        )
    return locked


def _save(request: Request) -> None:
    request.version += 1
    request.full_clean()
    request.save()


def _record(
    request: Request,
    *,
    kind: str,
    actor,
    role: str,
    from_status: str = "",
    to_status: str = "",
    message: str = "",
    visibility: str = RequestEvent.Visibility.PUBLIC,
    assignment: Assignment | None = None,
) -> RequestEvent:
    event = RequestEvent(
        request=request,
        kind=kind,
        visibility=visibility,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        actor_role=role,
        from_status=from_status,
        to_status=to_status,
        message=message,
        assignment=assignment,
    )
    event.full_clean()
    event.save()
    return event


def _after_commit(function, *args) -> None:
    transaction.on_commit(partial(function, *args))


def _move(request: Request, *, to_status: str, actor, role: str, reason: str = "") -> RequestEvent:
    """Check and apply one transition of a locked request; record it; e-mail after commit."""
    source = request.status
    key = (source, to_status)
    if key not in TRANSITIONS:
        raise ValidationError(
            _("A request cannot go from “%(source)s” to “%(target)s”.")
            % {"source": S(source).label, "target": S(to_status).label},
            code="illegal",
        )
    if role not in TRANSITIONS[key]:
        raise PermissionDenied(_("Your role may not make this change."))
    if role != SYSTEM and (error := _scope_error(actor, request, role)):
        raise PermissionDenied(error)
    if error := _guard_error(request, source, to_status):
        raise ValidationError(error, code="guard")
    reason = (reason or "").strip()
    if key in REASON_REQUIRED and not reason:
        raise ValidationError(_("Please give a reason for this change."), code="reason")
    request.status = to_status
    _save(request)
    event = _record(
        request,
        kind=RequestEvent.Kind.STATUS,
        actor=actor,
        role=role,
        from_status=source,
        to_status=to_status,
        message=reason,
    )
    _after_commit(notifications.status_changed, event.pk)
    return event


def _follow_assignments(request: Request, *, actor) -> None:
    target = derive_status(request.status, _assignment_statuses(request))
    if target != request.status:
        _move(request, to_status=target, actor=actor, role=SYSTEM)


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
    return files


def _attach(request: Request, files: Sequence[UploadedFile], *, actor, role: str) -> None:
    for upload in files:
        attachment = Attachment(
            request=request, file=upload, original_name=upload.name[:255], size=upload.size, uploaded_by=actor
        )
        attachment.full_clean()
        attachment.save()
        _record(
            request,
            kind=RequestEvent.Kind.ATTACHMENT,
            actor=actor,
            role=role,
            message=attachment.original_name,
            visibility=RequestEvent.Visibility.PARTICIPANTS,
        )


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
    """The province confirms delivery: delivered, or partly delivered when some agency declined."""
    declined = Assignment.objects.filter(request=request, status=A.DECLINED).exists()
    return request_transition(
        request=request,
        actor=actor,
        to_status=S.PARTLY_DELIVERED if declined else S.DELIVERED,
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


# --- Assignments ----------------------------------------------------------------------------------


@transaction.atomic
def assignment_create(
    *,
    request: Request,
    actor,
    agency,
    mechanism=None,
    due_date: dt.date | None = None,
    note: str = "",
    response: str = "",
) -> Assignment:
    """Match a request to an agency's mechanism; the request's status follows (see derive_status)."""
    request = _lock(request)
    role = actor_role(actor)
    if not is_desk_user(actor, request):
        raise PermissionDenied(_("Only ministry staff and the centre's coordinators assign agencies."))
    if request.status not in ASSIGNABLE_STATUSES:
        raise ValidationError(
            _("A request that is “%(status)s” cannot be assigned.")
            % {"status": request.get_status_display()},
            code="not_assignable",
        )
    if Assignment.objects.open().filter(request=request, agency=agency, mechanism=mechanism).exists():
        raise ValidationError(
            _("%(agency)s is already assigned to this request through this mechanism.")
            % {"agency": agency.code},
            code="duplicate",
        )
    if request.status == S.SUBMITTED:
        _move(request, to_status=S.UNDER_REVIEW, actor=actor, role=role)
    assignment = Assignment(
        request=request,
        agency=agency,
        mechanism=mechanism,
        due_date=due_date,
        note=note,
        response=response,
        assigned_by=actor,
    )
    assignment.full_clean()
    assignment.save()
    _save(request)
    _record(
        request,
        kind=RequestEvent.Kind.ASSIGNMENT,
        actor=actor,
        role=role,
        to_status=A.PROPOSED,
        message=response,
        assignment=assignment,
    )
    if note:
        _record(
            request,
            kind=RequestEvent.Kind.NOTE,
            actor=actor,
            role=role,
            message=note,
            assignment=assignment,
            visibility=RequestEvent.Visibility.INTERNAL,
        )
    _follow_assignments(request, actor=actor)
    _after_commit(notifications.assignment_created, assignment.pk)
    return assignment


@transaction.atomic
def assignment_bulk_create(
    *, requests: Iterable[Request], actor, agency, mechanism=None, due_date=None, note: str = ""
) -> list[Assignment]:
    """Assign one agency mechanism to several requests at once: all of them or none."""
    return [
        assignment_create(
            request=request, actor=actor, agency=agency, mechanism=mechanism, due_date=due_date, note=note
        )
        for request in requests
    ]


def can_update_assignment(user, assignment: Assignment) -> bool:
    role = actor_role(user)
    return role == STAFF or (role == FOCAL_POINT and user.agency_id == assignment.agency_id)


@transaction.atomic
def assignment_set_status(
    *, assignment: Assignment, actor, status: str, message: str = "", expected_version: int | None = None
) -> Assignment:
    """The agency reports progress on its part; the request's status follows."""
    request = _lock(assignment.request, expected_version)
    assignment = Assignment.objects.select_for_update().get(pk=assignment.pk)
    if not can_update_assignment(actor, assignment):
        raise PermissionDenied(_("Only the assigned agency's focal point updates this assignment."))
    if request.is_closed:
        raise ValidationError(_("The request is closed."), code="closed")
    if status not in ASSIGNMENT_TRANSITIONS.get(assignment.status, ()):
        raise ValidationError(
            _("An assignment cannot go from “%(source)s” to “%(target)s”.")
            % {
                "source": assignment.get_status_display(),
                "target": A(status).label if status in A.values else status,
            },
            code="illegal",
        )
    message = (message or "").strip()
    if status == A.DECLINED and not message:
        raise ValidationError(_("Please give a reason for declining."), code="reason")
    source = assignment.status
    assignment.status = status
    assignment.full_clean()
    assignment.save()
    _save(request)
    _record(
        request,
        kind=RequestEvent.Kind.ASSIGNMENT,
        actor=actor,
        role=actor_role(actor),
        from_status=source,
        to_status=status,
        message=message,
        assignment=assignment,
    )
    _follow_assignments(request, actor=actor)
    return assignment


# --- Similar requests ---------------------------------------------------------------------------


def similar_requests(text: str, user, limit: int = 5) -> list[Request]:
    """Filed requests (visible to ``user``) whose wording is close to ``text``, best first.

    The matching assistant's engine does the work (Thai word segmentation, BM25); see
    :func:`matching.services.similar_requests`.
    """
    from matching.services import similar_requests as find_similar

    return [item.request for item in find_similar(text=text, user=user, limit=limit)]
