"""Agency assignments: matching a request to an agency's mechanism, and the agency's answers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from requests_app import notifications
from requests_app.models import Assignment, Request, RequestEvent
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
