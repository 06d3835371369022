"""Assignments: giving a part of a request to a deliverer of the network (an agency through one
of its mechanisms, a technology clinic, a regional centre, a university or a local partner), and
the deliverer's answers: status, plan and actual period, progress, cost, milestones, results and
evidence, each answer one row of the request's history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from agencies.models import Deliverer
from requests_app import notifications
from requests_app.models import Assignment, Milestone, Request, RequestEvent
from requests_app.services.lifecycle import (
    ASSIGNABLE_STATUSES,
    ASSIGNMENT_TRANSITIONS,
    FOCAL_POINT,
    STAFF,
    A,
    S,
    _after_commit,
    _follow_assignments,
    _lock,
    _move,
    _record,
    _save,
    actor_role,
    is_desk_user,
)
from requests_app.services.request import _attach, _check_files

# --- Giving a part to a deliverer -----------------------------------------------------------------


def _deliverer_of(*, deliverer: Deliverer | None, agency, mechanism) -> Deliverer:
    if deliverer is not None:
        return deliverer
    agency = agency or (mechanism.agency if mechanism is not None else None)
    if agency is None:
        raise ValidationError(_("Choose who delivers."), code="deliverer")
    return Deliverer.objects.select_related("agency").get(agency=agency)


@transaction.atomic
def assignment_create(
    *,
    request: Request,
    actor,
    deliverer: Deliverer | None = None,
    agency=None,
    mechanism=None,
    officer=None,
    due_date: dt.date | None = None,
    note: str = "",
    response: str = "",
) -> Assignment:
    """Give a part of ``request`` to a deliverer: an agency (through one of its mechanisms; passing
    the agency or the mechanism is enough), or a clinic, centre, university or partner; optionally
    to a named officer there. The request's status follows (see derive_status)."""
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
    deliverer = _deliverer_of(deliverer=deliverer, agency=agency, mechanism=mechanism)
    if not deliverer.is_active:
        raise ValidationError(
            _("%(deliverer)s no longer takes assignments.") % {"deliverer": deliverer.short_name},
            code="inactive",
        )
    if Assignment.objects.open().filter(request=request, deliverer=deliverer, mechanism=mechanism).exists():
        raise ValidationError(
            _("%(agency)s is already assigned to this request through this mechanism.")
            % {"agency": deliverer.short_name},
            code="duplicate",
        )
    if request.status == S.SUBMITTED:
        _move(request, to_status=S.UNDER_REVIEW, actor=actor, role=role)
    assignment = Assignment(
        request=request,
        deliverer=deliverer,
        agency=deliverer.agency,
        mechanism=mechanism,
        officer=officer,
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
    *,
    requests: Iterable[Request],
    actor,
    deliverer: Deliverer | None = None,
    agency=None,
    mechanism=None,
    due_date=None,
    note: str = "",
) -> list[Assignment]:
    """Give one deliverer (an agency mechanism, a clinic…) to several requests at once: all or none."""
    return [
        assignment_create(
            request=request,
            actor=actor,
            deliverer=deliverer,
            agency=agency,
            mechanism=mechanism,
            due_date=due_date,
            note=note,
        )
        for request in requests
    ]


# --- The deliverer's answers -------------------------------------------------------------------------


def can_update_assignment(user, assignment: Assignment) -> bool:
    """Staff, and the focal points of the assignment's deliverer."""
    role = actor_role(user)
    return role == STAFF or (
        role == FOCAL_POINT and user.deliverer_id is not None and user.deliverer_id == assignment.deliverer_id
    )


#: The fields a deliverer reports in an answer, besides its status.
REPORT_FIELDS = (
    "progress",
    "cost",
    "planned_start",
    "planned_end",
    "actual_start",
    "actual_end",
    *Assignment.RESULT_FIELDS,
)


def _plain(value) -> str | int | None:
    """A value as the history keeps it (JSON): dates as ISO text, amounts as decimal text."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    return value


def _check_status_change(assignment: Assignment, status: str, message: str) -> None:
    if status not in ASSIGNMENT_TRANSITIONS.get(assignment.status, ()):
        raise ValidationError(
            _("An assignment cannot go from “%(source)s” to “%(target)s”.")
            % {
                "source": assignment.get_status_display(),
                "target": A(status).label if status in A.values else status,
            },
            code="illegal",
        )
    if status in (A.DECLINED, A.NOT_OURS) and not message:
        raise ValidationError(_("Please give a reason for declining."), code="reason")


@transaction.atomic
def assignment_report(
    *,
    assignment: Assignment,
    actor,
    expected_version: int | None = None,
    status: str = "",
    message: str = "",
    values: Mapping[str, object] | None = None,
    new_milestones: Sequence[tuple[str, dt.date]] = (),
    milestones_reached: Mapping[int, dt.date] | None = None,
    files: Iterable[UploadedFile] = (),
) -> RequestEvent:
    """The deliverer answers: a new status (optional), a message, any of ``REPORT_FIELDS``, new
    dated milestones, milestones reached, and evidence files — all in one history row, or nothing.

    Marked done, an assignment's progress becomes 100 % unless the report says otherwise. A report
    without a status change is possible while the request is open or delivered (results are often
    counted later); a status change only while it is open. Evidence follows the attachments'
    checks and visibility (the province, the centre, the ministry and the assigned deliverers).
    """
    request = _lock(assignment.request, expected_version)
    assignment = Assignment.objects.select_for_update().get(pk=assignment.pk)
    if not can_update_assignment(actor, assignment):
        raise PermissionDenied(_("Only the assigned agency's focal point updates this assignment."))
    message = (message or "").strip()
    if status == assignment.status:
        status = ""
    if status:
        if request.is_closed:
            raise ValidationError(_("The request is closed."), code="closed")
        _check_status_change(assignment, status, message)
    elif (
        request.status in (S.WITHDRAWN, S.NOT_FEASIBLE)
        or not assignment.is_open
        and assignment.status != A.DONE
    ):
        raise ValidationError(_("The request is closed."), code="closed")
    files = _check_files(files)
    values = dict(values or {})
    unknown = set(values) - set(REPORT_FIELDS)
    if unknown:
        raise ValueError(f"Not a report field: {', '.join(sorted(unknown))}")
    if status == A.DONE and values.get("progress") is None:
        values["progress"] = 100
    changes: dict[str, list] = {}
    for name, value in values.items():
        before = getattr(assignment, name)
        if value != before:
            changes[name] = [_plain(before), _plain(value)]
            setattr(assignment, name, value)
    reached = []
    for milestone in assignment.milestones.filter(pk__in=list(milestones_reached or {}), done_on=None):
        milestone.done_on = milestones_reached[milestone.pk]
        milestone.full_clean()
        milestone.save()
        reached.append([milestone.title, _plain(milestone.done_on)])
    added = []
    for title, planned_on in new_milestones:
        milestone = Milestone(assignment=assignment, title=title.strip(), planned_on=planned_on)
        milestone.full_clean()
        milestone.save()
        added.append([milestone.title, _plain(milestone.planned_on)])
    if reached:
        changes["milestones_reached"] = reached
    if added:
        changes["milestones_added"] = added
    if not (status or message or changes or files):
        raise ValidationError(
            _("Nothing to report: change a field, write a message or attach a file."), code="empty"
        )
    source = assignment.status
    if status:
        assignment.status = status
    assignment.full_clean()
    assignment.save()
    _save(request)
    event = _record(
        request,
        kind=RequestEvent.Kind.ASSIGNMENT if status else RequestEvent.Kind.PROGRESS,
        actor=actor,
        role=actor_role(actor),
        from_status=source if status else "",
        to_status=status,
        message=message,
        assignment=assignment,
        changes=changes,
    )
    _attach(request, files, actor=actor, role=actor_role(actor), assignment=assignment, event=event)
    if status:
        _follow_assignments(request, actor=actor)
    return event


@transaction.atomic
def assignment_set_status(
    *, assignment: Assignment, actor, status: str, message: str = "", expected_version: int | None = None
) -> Assignment:
    """The deliverer changes its part's status (with a message); the request's status follows."""
    if status == assignment.status or not status:
        raise ValidationError(
            _("An assignment cannot go from “%(source)s” to “%(target)s”.")
            % {"source": assignment.get_status_display(), "target": assignment.get_status_display()},
            code="illegal",
        )
    event = assignment_report(
        assignment=assignment, actor=actor, expected_version=expected_version, status=status, message=message
    )
    return event.assignment
