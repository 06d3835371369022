"""The lifecycle state machine: every legal transition works, every illegal one is refused."""

import datetime as dt
import itertools

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from agencies.models import Agency, Mechanism
from requests_app import services
from requests_app.models import Assignment, Category, Request, RequestEvent
from requests_app.services import TRANSITIONS
from tests.factories import AssignmentFactory, RequestFactory

pytestmark = pytest.mark.django_db
S = Request.Status
A = Assignment.Status


@pytest.fixture
def people(pcso, coordinator, staff, focal_point, other_pcso, other_coordinator):
    return {
        "pcso": pcso,
        "coordinator": coordinator,
        "staff": staff,
        "focal_point": focal_point,
        "other_pcso": other_pcso,
        "other_coordinator": other_coordinator,
    }


def _code(error) -> str:
    """The code of a refused change (messages are translated, codes are not)."""
    return error.value.error_list[0].code


def _request_in(status: str, *, assignments: tuple[str, ...] = ()) -> Request:
    """A Chiang Mai request in ``status`` whose assignments have the given statuses."""
    request = RequestFactory(status=status, reference=None if status == S.DRAFT else RequestFactory.reference)
    if status == S.DRAFT:
        Request.objects.filter(pk=request.pk).update(reference=None, fiscal_year=None, sequence=None)
        request.refresh_from_db()
    agencies = itertools.cycle(Agency.objects.filter(mechanisms__isnull=False).distinct())
    for value in assignments:
        AssignmentFactory(request=request, agency=next(agencies), status=value)
    return request


# The state each legal transition starts from (assignments make the guards hold).
SETUPS = {
    (S.IN_DELIVERY, S.DELIVERED): (A.DONE, A.DONE),
    (S.IN_DELIVERY, S.PARTLY_DELIVERED): (A.DONE, A.DECLINED),
    (S.IN_DELIVERY, S.UNDER_REVIEW): (A.DONE,),
}
ACTOR_FOR_ROLE = {"pcso": "pcso", "coordinator": "coordinator", "staff": "staff"}


@pytest.mark.parametrize(
    ("source", "target", "role"),
    [(s, t, role) for (s, t), roles in TRANSITIONS.items() for role in sorted(roles) if role != "system"],
)
def test_every_legal_user_transition_works_and_is_recorded(people, source, target, role):
    request = _request_in(source, assignments=SETUPS.get((source, target), ()))
    actor = people[ACTOR_FOR_ROLE[role]]
    before = request.version
    services.request_transition(request=request, actor=actor, to_status=target, reason="เหตุผล")
    request.refresh_from_db()
    assert request.status == target
    assert request.version > before
    event = request.events.filter(kind=RequestEvent.Kind.STATUS).last()
    assert (event.from_status, event.to_status, event.actor, event.message) == (
        source,
        target,
        actor,
        "เหตุผล",
    )
    if source == S.DRAFT:
        assert request.reference


ILLEGAL = [(s, t) for s in S.values for t in S.values if s != t and (s, t) not in TRANSITIONS]


@pytest.mark.parametrize(("source", "target"), ILLEGAL)
def test_every_illegal_transition_is_refused_and_changes_nothing(people, source, target):
    request = _request_in(source)
    events = RequestEvent.objects.count()
    for actor in (people["pcso"], people["coordinator"], people["staff"]):
        with pytest.raises(ValidationError) as error:
            services.request_transition(request=request, actor=actor, to_status=target, reason="x")
        assert _code(error) == "illegal"
    request.refresh_from_db()
    assert request.status == source
    assert RequestEvent.objects.count() == events


@pytest.mark.parametrize(
    ("source", "target"), [key for key, roles in TRANSITIONS.items() if roles != {"system"}]
)
def test_wrong_roles_and_out_of_scope_people_are_refused(people, source, target):
    request = _request_in(source, assignments=SETUPS.get((source, target), ()))
    allowed = TRANSITIONS[(source, target)]
    refused = [people[name] for name in ("focal_point", "other_pcso", "other_coordinator")]
    refused += [people[name] for name in ("pcso", "coordinator", "staff") if name not in allowed]
    for actor in refused:
        with pytest.raises(PermissionDenied):
            services.request_transition(request=request, actor=actor, to_status=target, reason="x")
    request.refresh_from_db()
    assert request.status == source
    assert not request.events.exists()


@pytest.mark.parametrize(("source", "target"), sorted(services.REASON_REQUIRED))
def test_a_reason_is_required(people, source, target):
    request = _request_in(source, assignments=SETUPS.get((source, target), ()))
    actor = people[sorted(TRANSITIONS[(source, target)] - {"system"})[0]]
    with pytest.raises(ValidationError) as error:
        services.request_transition(request=request, actor=actor, to_status=target, reason="  ")
    assert _code(error) == "reason"
    request.refresh_from_db()
    assert request.status == source


def test_system_transitions_cannot_be_asked_for_by_people(people):
    request = _request_in(S.UNDER_REVIEW)
    with pytest.raises(PermissionDenied):
        services.request_transition(request=request, actor=people["staff"], to_status=S.MATCHED)


def test_confirming_needs_every_agency_finished(people):
    request = _request_in(S.IN_DELIVERY, assignments=(A.DONE, A.IN_PROGRESS))
    with pytest.raises(ValidationError) as error:
        services.request_confirm_delivery(request=request, actor=people["pcso"])
    assert _code(error) == "guard"
    request.refresh_from_db()
    assert request.status == S.IN_DELIVERY


@pytest.mark.parametrize(
    ("status", "assignments", "expected"),
    [
        (S.UNDER_REVIEW, (), S.UNDER_REVIEW),
        (S.UNDER_REVIEW, (A.PROPOSED,), S.MATCHED),
        (S.UNDER_REVIEW, (A.PROPOSED, A.ACCEPTED), S.MATCHED),
        (S.MATCHED, (A.IN_PROGRESS, A.PROPOSED), S.IN_DELIVERY),
        (S.MATCHED, (A.DONE, A.ACCEPTED), S.IN_DELIVERY),
        (S.MATCHED, (A.DECLINED, A.DECLINED), S.UNDER_REVIEW),
        (S.IN_DELIVERY, (A.DECLINED, A.ACCEPTED), S.MATCHED),
        (S.IN_DELIVERY, (A.DONE, A.DONE), S.IN_DELIVERY),
        (S.DELIVERED, (A.DONE,), S.DELIVERED),
        (S.WITHDRAWN, (A.PROPOSED,), S.WITHDRAWN),
    ],
)
def test_request_status_follows_its_assignments(status, assignments, expected):
    assert services.derive_status(status, assignments) == expected


def test_awaiting_confirmation_means_every_live_assignment_done():
    assert services.awaiting_confirmation(S.IN_DELIVERY, (A.DONE, A.DECLINED))
    assert not services.awaiting_confirmation(S.IN_DELIVERY, (A.DONE, A.IN_PROGRESS))
    assert not services.awaiting_confirmation(S.IN_DELIVERY, (A.DECLINED,))


def test_the_whole_life_of_a_request(people, django_capture_on_commit_callbacks):
    pcso, coordinator, focal = people["pcso"], people["coordinator"], people["focal_point"]
    with django_capture_on_commit_callbacks(execute=True):
        request = services.request_create(
            actor=pcso, category=Category.objects.get(number=2), title="บรรจุภัณฑ์หลามหมูยอ", description="ต้องการ"
        )
    recipients = {address for message in mail.outbox for address in message.to}
    assert recipients == {coordinator.email, pcso.email}  # the centre hears of it, the PCSO too
    dss = Agency.objects.get(code="DSS")
    tistr = Agency.objects.get(code="TISTR")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        first = services.assignment_create(
            request=request, actor=coordinator, agency=dss, mechanism=dss.mechanisms.first(),
            due_date=timezone.localdate() + dt.timedelta(days=30), note="ภายใน",
        )  # fmt: skip
        second = services.assignment_create(
            request=request, actor=coordinator, agency=tistr, mechanism=tistr.mechanisms.first()
        )
    request.refresh_from_db()
    assert request.status == S.MATCHED
    recipients = {address for message in mail.outbox for address in message.to}
    assert focal.email in recipients and pcso.email in recipients
    for status in (A.ACCEPTED, A.IN_PROGRESS, A.DONE):
        services.assignment_set_status(assignment=first, actor=focal, status=status, message="คืบหน้า")
    request.refresh_from_db()
    assert request.status == S.IN_DELIVERY
    services.assignment_set_status(
        assignment=second, actor=people["staff"], status=A.DECLINED, message="ไม่มีงบ"
    )
    request.refresh_from_db()
    assert services.awaiting_confirmation(request.status, services._assignment_statuses(request))
    services.request_confirm_delivery(request=request, actor=pcso, message="ขอบคุณ")
    request.refresh_from_db()
    assert request.status == S.PARTLY_DELIVERED
    services.request_reopen(request=request, actor=pcso, reason="ยังต้องการบรรจุภัณฑ์")
    request.refresh_from_db()
    assert request.status == S.UNDER_REVIEW
    trail = list(request.events.filter(kind="status").values_list("to_status", flat=True))
    assert trail == [
        "submitted",
        "under_review",
        "matched",
        "in_delivery",
        "partly_delivered",
        "under_review",
    ]


def test_focal_points_update_only_their_agency(people):
    request = _request_in(S.MATCHED)
    tistr = Agency.objects.get(code="TISTR")
    assignment = AssignmentFactory(request=request, agency=tistr, mechanism=tistr.mechanisms.first())
    with pytest.raises(PermissionDenied):
        services.assignment_set_status(assignment=assignment, actor=people["focal_point"], status=A.ACCEPTED)
    assignment.refresh_from_db()
    assert assignment.status == A.PROPOSED


def test_illegal_assignment_steps_are_refused(people):
    assignment = AssignmentFactory(request=_request_in(S.MATCHED))
    with pytest.raises(ValidationError) as error:
        services.assignment_set_status(assignment=assignment, actor=people["focal_point"], status=A.DONE)
    assert _code(error) == "illegal"
    services.assignment_set_status(
        assignment=assignment, actor=people["focal_point"], status=A.DECLINED, message="no"
    )
    with pytest.raises(ValidationError):
        services.assignment_set_status(assignment=assignment, actor=people["focal_point"], status=A.ACCEPTED)


def test_a_mechanism_must_belong_to_the_agency(people):
    request = _request_in(S.UNDER_REVIEW)
    foreign = Mechanism.objects.exclude(agency__code="DSS").first()
    with pytest.raises(ValidationError, match="mechanism"):
        services.assignment_create(
            request=request,
            actor=people["coordinator"],
            agency=Agency.objects.get(code="DSS"),
            mechanism=foreign,
        )
    assert not request.assignments.exists()


def test_a_stale_version_is_refused(people):
    request = _request_in(S.SUBMITTED)
    opened = request.version
    services.request_comment(request=request, actor=people["coordinator"], text="ดูแล้ว")
    with pytest.raises(ValidationError) as error:
        services.request_withdraw(request=request, actor=people["pcso"], reason="x", expected_version=opened)
    assert _code(error) == "stale"
    request.refresh_from_db()
    assert request.status == S.SUBMITTED


def test_overdue_assignments_are_flagged():
    request = _request_in(S.MATCHED)
    late = AssignmentFactory(request=request, due_date=timezone.localdate() - dt.timedelta(days=1))
    done = AssignmentFactory(
        request=request, due_date=timezone.localdate() - dt.timedelta(days=1), status=A.DONE,
        agency=Agency.objects.get(code="TISTR"), mechanism=None,
    )  # fmt: skip
    assert late.is_overdue and not done.is_overdue
    assert list(Assignment.objects.overdue()) == [late]


def test_a_failed_email_never_loses_the_change(people, settings, django_capture_on_commit_callbacks, caplog):
    settings.EMAIL_BACKEND = "tests.requests_app.broken_email.Backend"
    request = _request_in(S.SUBMITTED)
    with django_capture_on_commit_callbacks(execute=True):
        services.request_transition(request=request, actor=people["coordinator"], to_status=S.UNDER_REVIEW)
    request.refresh_from_db()
    assert request.status == S.UNDER_REVIEW
    assert "Could not send" in caplog.text


def test_nothing_cascades_a_request_away():
    from django.db.models import ProtectedError

    request = AssignmentFactory().request
    with pytest.raises(ProtectedError):
        request.delete()
