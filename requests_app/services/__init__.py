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

The page's buttons are the named ``ACTIONS`` whose change ``TRANSITIONS`` allows the person now
(``available_actions``): what is offered is exactly what the server accepts. Assignments go to
deliverers of the network (agencies, technology clinics, regional centres, universities, local
partners); a deliverer that steps back as "not ours" (a wrong match) does not make a delivered
request "partly delivered".
"""

from requests_app.services.assignments import (
    REPORT_FIELDS,
    assignment_bulk_create,
    assignment_create,
    assignment_report,
    assignment_set_status,
    can_update_assignment,
)
from requests_app.services.lifecycle import (
    ACTIONS,
    ASSIGNABLE_STATUSES,
    ASSIGNMENT_TRANSITIONS,
    COORDINATOR,
    EDITABLE_STATUSES,
    FOCAL_POINT,
    PCSO,
    REASON_REQUIRED,
    STAFF,
    SYSTEM,
    TRANSITIONS,
    A,
    S,
    _assignment_statuses,
    _guard_error,
    _lock,
    _move,
    _record,
    _save,
    _scope_error,
    action_roles,
    action_target,
    actor_role,
    allowed_transitions,
    available_actions,
    awaiting_confirmation,
    can_comment,
    can_read_internal,
    confirmation_outcome,
    derive_status,
    is_assigned_agency,
    is_desk_user,
    is_province_pcso,
)
from requests_app.services.request import (
    SUBMIT_NEEDS_DESCRIPTION,
    reference_assign,
    request_comment,
    request_confirm_delivery,
    request_create,
    request_record_from_workshop,
    request_reopen,
    request_submit,
    request_transition,
    request_update,
    request_withdraw,
    similar_requests,
)

__all__ = [
    "SUBMIT_NEEDS_DESCRIPTION",
    "ACTIONS",
    "REPORT_FIELDS",
    "action_roles",
    "action_target",
    "assignment_report",
    "available_actions",
    "confirmation_outcome",
    "ASSIGNABLE_STATUSES",
    "ASSIGNMENT_TRANSITIONS",
    "COORDINATOR",
    "EDITABLE_STATUSES",
    "FOCAL_POINT",
    "PCSO",
    "REASON_REQUIRED",
    "STAFF",
    "SYSTEM",
    "TRANSITIONS",
    "A",
    "S",
    "_assignment_statuses",
    "_guard_error",
    "_lock",
    "_move",
    "_record",
    "_save",
    "_scope_error",
    "actor_role",
    "allowed_transitions",
    "assignment_bulk_create",
    "assignment_create",
    "assignment_set_status",
    "awaiting_confirmation",
    "can_comment",
    "can_read_internal",
    "can_update_assignment",
    "derive_status",
    "is_assigned_agency",
    "is_desk_user",
    "is_province_pcso",
    "reference_assign",
    "request_comment",
    "request_confirm_delivery",
    "request_create",
    "request_record_from_workshop",
    "request_reopen",
    "request_submit",
    "request_transition",
    "request_update",
    "request_withdraw",
    "similar_requests",
]
