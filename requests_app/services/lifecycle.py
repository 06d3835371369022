"""The request lifecycle: the transition table, who may act where, and the internals every
workflow shares (lock, record, move, follow the assignments).

See the package docstring (``requests_app.services``) for the lifecycle in one picture.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from privacy import holds
from requests_app import notifications
from requests_app.models import STEPPED_BACK_STATUSES, Assignment, Request, RequestEvent

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
    A.PROPOSED: frozenset({A.ACCEPTED, A.DECLINED, A.NOT_OURS}),
    A.ACCEPTED: frozenset({A.IN_PROGRESS, A.DONE, A.DECLINED, A.NOT_OURS}),
    A.IN_PROGRESS: frozenset({A.DONE, A.DECLINED}),
    A.DONE: frozenset(),
    A.DECLINED: frozenset(),
    A.NOT_OURS: frozenset(),
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
    """A focal point whose deliverer (agency, clinic, centre, university, partner) holds an assignment."""
    return (
        actor_role(user) == FOCAL_POINT
        and Assignment.objects.answered_by(user).filter(request=request).exists()
    )


is_assigned_deliverer = is_assigned_agency


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


#: The named actions of the request page: {action: {from status: to status}}. Who may take one is
#: not said here: it is whoever ``TRANSITIONS`` (the table the services enforce) lets make its
#: change now, so the page never offers what the server would refuse. "confirm" goes to the
#: outcome :func:`confirmation_outcome` names.
ACTIONS: dict[str, dict[str, str]] = {
    "review": {S.SUBMITTED: S.UNDER_REVIEW},
    "not-feasible": {S.SUBMITTED: S.NOT_FEASIBLE, S.UNDER_REVIEW: S.NOT_FEASIBLE, S.MATCHED: S.NOT_FEASIBLE},
    "withdraw": {S.SUBMITTED: S.WITHDRAWN, S.UNDER_REVIEW: S.WITHDRAWN, S.MATCHED: S.WITHDRAWN},
    "confirm": {S.IN_DELIVERY: S.DELIVERED},
    "reopen": {
        S.IN_DELIVERY: S.UNDER_REVIEW,  # the province refuses a delivery awaiting its confirmation
        S.DELIVERED: S.UNDER_REVIEW,
        S.PARTLY_DELIVERED: S.UNDER_REVIEW,
        S.NOT_FEASIBLE: S.UNDER_REVIEW,
        S.WITHDRAWN: S.SUBMITTED,
    },
}


def action_target(action: str, request: Request, statuses: Sequence[str] | None = None) -> str | None:
    """The status ``action`` would give ``request`` now; None when it does not apply to its status."""
    target = ACTIONS.get(action, {}).get(request.status)
    if action == "confirm" and target:
        return confirmation_outcome(_assignment_statuses(request) if statuses is None else statuses)
    return target


def available_actions(user, request: Request) -> list[str]:
    """The named actions ``user`` may take on ``request`` now: what the page offers, no more."""
    allowed = allowed_transitions(user, request)
    return [action for action in ACTIONS if action_target(action, request) in allowed]


def action_roles(action: str) -> frozenset[str]:
    """Every role that may take ``action`` in some status (anyone else is refused outright)."""
    roles: set[str] = set()
    for source, target in ACTIONS.get(action, {}).items():
        targets = (S.DELIVERED, S.PARTLY_DELIVERED) if action == "confirm" else (target,)
        for each in targets:
            roles |= TRANSITIONS.get((source, each), frozenset())
    return frozenset(roles - {SYSTEM})


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
    * every assignment declined (or "not ours") → under review (back to the desk to be matched again);
    * some live (not declined) assignment in progress or done → in delivery;
    * otherwise (live assignments all proposed or accepted) → matched.

    "Awaiting confirmation" is in delivery with every live assignment done
    (:func:`awaiting_confirmation`). The PCSO then confirms (:func:`confirmation_outcome`):
    delivered when no deliverer declined, partly delivered when one did — a deliverer that stepped
    back because the assignment was not theirs (a wrong match) does not count — or refuses (back
    to under review, with a reason).
    """
    if status not in (S.SUBMITTED, S.UNDER_REVIEW, S.MATCHED, S.IN_DELIVERY) or not assignment_statuses:
        return status
    live = [value for value in assignment_statuses if value not in STEPPED_BACK_STATUSES]
    if not live:
        return S.UNDER_REVIEW if status != S.SUBMITTED else status
    if any(value in (A.IN_PROGRESS, A.DONE) for value in live):
        return S.IN_DELIVERY
    return S.MATCHED


def awaiting_confirmation(status: str, assignment_statuses: Sequence[str]) -> bool:
    """In delivery, and every assignment not declined is done: the province should confirm."""
    live = [value for value in assignment_statuses if value not in STEPPED_BACK_STATUSES]
    return status == S.IN_DELIVERY and bool(live) and all(value == A.DONE for value in live)


def confirmation_outcome(assignment_statuses: Sequence[str]) -> str:
    """What the province's confirmation records: partly delivered only when a deliverer declined a
    part it was meant to deliver; "not ours" (a wrong match, stepped back) leaves it delivered."""
    return S.PARTLY_DELIVERED if A.DECLINED in assignment_statuses else S.DELIVERED


def _assignment_statuses(request: Request) -> list[str]:
    return list(Assignment.objects.filter(request=request).values_list("status", flat=True))


def _guard_error(request: Request, source: str, target: str) -> str | None:
    if error := holds.publication_error(request, source, target):
        return error  # held for the desk's personal-data review (privacy.holds)
    if source == S.IN_DELIVERY and target in (S.DELIVERED, S.PARTLY_DELIVERED, S.UNDER_REVIEW):
        statuses = _assignment_statuses(request)
        if not awaiting_confirmation(request.status, statuses):
            return _("The agencies have not finished their parts yet.")
        outcome = confirmation_outcome(statuses)
        if target == S.DELIVERED and outcome != target:
            return _("Some agencies declined: confirm the request as partly delivered.")
        if target == S.PARTLY_DELIVERED and outcome != target:
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
    changes: dict | None = None,
) -> RequestEvent:
    event = RequestEvent(
        request=request,
        changes=changes or {},
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
    """Write a notification to the outbox now, in the change's transaction: the worker sends it
    once the change is committed, and a rolled-back change leaves no message."""
    function(*args)


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
