"""Issue 14 item 4: state changes say what they will do before they do it, and every action the
page offers is one the person may take (the same transition table the server enforces)."""

import re

import pytest
from django.db import transaction

from agencies.models import Agency
from requests_app import services
from requests_app.models import Assignment, Request
from tests.factories import AssignmentFactory, RequestFactory

pytestmark = pytest.mark.django_db
S = Request.Status
A = Assignment.Status


def _in_delivery(*statuses_by_agency: tuple[str, str]) -> Request:
    request = RequestFactory(status=S.IN_DELIVERY)
    for code, status in statuses_by_agency:
        AssignmentFactory(request=request, agency=Agency.objects.get(code=code), status=status)
    return request


def test_the_confirmation_page_names_the_outcome_it_will_record(client_for, pcso):
    request = _in_delivery(("DSS", A.DONE), ("TISTR", A.DECLINED))
    page = client_for(pcso).get(f"{request.get_absolute_url()}confirm/").content.decode()
    outcome = page[page.index('id="outcome"') :]
    assert "Partly delivered" in page or "ดำเนินการได้บางส่วน" in outcome
    assert "สถาบันวิจัยวิทยาศาสตร์และเทคโนโลยีแห่งประเทศไทย" in outcome  # who declined is named
    form = page[page.index('action-form"') :]
    button = re.search(r'<button type="submit">(.*?)</button>', form, re.S).group(1)
    assert "ดำเนินการได้บางส่วน" in button  # the button itself says what it records


def test_the_detail_page_names_the_outcome_on_the_confirm_action(client_for, pcso):
    request = _in_delivery(("DSS", A.DONE))
    page = client_for(pcso).get(request.get_absolute_url()).content.decode()
    link = re.search(r'class="action-confirm">(.*?)</a>', page).group(1)
    assert "ดำเนินการแล้วเสร็จ" in link or "Delivered" in link


def test_a_declined_wrong_match_leaves_the_request_delivered(client_for, pcso, focal_point):
    # DSS delivered; TISTR was a wrong match and stepped back as "not ours".
    request = _in_delivery(("DSS", A.DONE), ("TISTR", A.ACCEPTED))
    tistr = request.assignments.get(agency__code="TISTR")
    tistr_focal = _focal("TISTR")
    services.assignment_set_status(
        assignment=tistr, actor=tistr_focal, status=A.NOT_OURS, message="ไม่ใช่งานของ วว."
    )
    request.refresh_from_db()
    assert services.awaiting_confirmation(request.status, [a.status for a in request.assignments.all()])
    page = client_for(pcso).get(f"{request.get_absolute_url()}confirm/").content.decode()
    assert "ดำเนินการแล้วเสร็จ" in page[page.index('id="outcome"') :]
    response = client_for(pcso).post(f"{request.get_absolute_url()}confirm/", {"version": request.version})
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == S.DELIVERED


def test_a_real_decline_still_makes_it_partly_delivered(pcso):
    request = _in_delivery(("DSS", A.DONE), ("TISTR", A.DECLINED))
    services.request_confirm_delivery(request=request, actor=pcso)
    request.refresh_from_db()
    assert request.status == S.PARTLY_DELIVERED


def _focal(code: str):
    from accounts.services import user_set_role
    from tests.factories import UserFactory

    return user_set_role(
        user=UserFactory(username=f"focal_{code.lower()}"),
        role="focal_point",
        agency=Agency.objects.get(code=code),
    )


def test_a_coordinator_is_not_offered_reopen_on_a_new_request(client_for, coordinator):
    request = RequestFactory(status=S.SUBMITTED)
    page = client_for(coordinator).get(request.get_absolute_url()).content.decode()
    assert "action-reopen" not in page
    assert "action-review" in page and "action-not-feasible" in page


# --- Generated: every role × every state; every offered action answers, none with 403 ---------

ROLES = [
    "anonymous",
    "pcso",
    "other_pcso",
    "coordinator",
    "other_coordinator",
    "focal_point",
    "staff",
    "superuser",
]

#: state name → (request status, the DSS assignment's status or None, a second (TISTR) one or None)
STATES = {
    "draft": (S.DRAFT, None, None),
    "submitted": (S.SUBMITTED, None, None),
    "under_review": (S.UNDER_REVIEW, None, None),
    "matched": (S.MATCHED, A.PROPOSED, None),
    "in_delivery": (S.IN_DELIVERY, A.IN_PROGRESS, None),
    "awaiting_confirmation": (S.IN_DELIVERY, A.DONE, None),
    "awaiting_with_decline": (S.IN_DELIVERY, A.DONE, A.DECLINED),
    "awaiting_with_not_ours": (S.IN_DELIVERY, A.DONE, A.NOT_OURS),
    "delivered": (S.DELIVERED, A.DONE, None),
    "partly_delivered": (S.PARTLY_DELIVERED, A.DONE, A.DECLINED),
    "not_feasible": (S.NOT_FEASIBLE, None, None),
    "withdrawn": (S.WITHDRAWN, None, None),
}

OFFERED = re.compile(r'href="(/(?:en/)?(?:requests|assignments|desk)/[^"#?]*)(?:\?[^"]*)?"')


def _world(state: str) -> Request:
    status, dss, tistr = STATES[state]
    request = RequestFactory(status=status)
    if dss:
        AssignmentFactory(request=request, agency=Agency.objects.get(code="DSS"), status=dss)
    if tistr:
        AssignmentFactory(request=request, agency=Agency.objects.get(code="TISTR"), status=tistr)
    return request


def _offered_links(page: str, request: Request) -> set[str]:
    """Every link of the page that acts on this request or its assignments (not other requests)."""
    links = set()
    for path in OFFERED.findall(page):
        own = request.reference in path and path != request.get_absolute_url()
        if own or "/assignments/" in path:
            links.add(path)
    return links


@pytest.mark.parametrize("state", list(STATES))
@pytest.mark.parametrize("role", ROLES)
def test_no_offered_action_answers_403(request, client_for, role, state):
    user = None if role == "anonymous" else request.getfixturevalue(role)
    obj = _world(state)
    client = client_for(user)
    detail = client.get(obj.get_absolute_url())
    if detail.status_code == 404:
        return  # not theirs to see: nothing is offered
    assert detail.status_code == 200
    page = detail.content.decode()
    offered = _offered_links(page, obj)
    for path in sorted(offered):
        response = client.get(path)
        assert response.status_code == 200, (role, state, path, response.status_code)
        action = path.rstrip("/").rsplit("/", 1)[-1]
        if action in services.ACTIONS:
            # Taking it works too, and does what the page said; rolled back for the next one.
            obj.refresh_from_db()
            target = services.action_target(action, obj)
            sid = transaction.savepoint()
            posted = client.post(path, {"version": obj.version, "reason": "ตามที่ตกลง"})
            assert posted.status_code == 302, (role, state, path, posted.status_code)
            assert Request.objects.get(pk=obj.pk).status == target, (role, state, action)
            transaction.savepoint_rollback(sid)
    # And what is not offered is really refused or impossible: every named action not on the page.
    for action in services.ACTIONS:
        if any(path.rstrip("/").endswith(f"/{action}") for path in offered) or user is None:
            continue
        obj.refresh_from_db()
        sid = transaction.savepoint()
        client.post(f"{obj.get_absolute_url()}{action}/", {"version": obj.version, "reason": "ลอง"})
        assert Request.objects.get(pk=obj.pk).status == obj.status, (role, state, action)
        transaction.savepoint_rollback(sid)


def test_the_generated_matrix_covers_every_request_status():
    assert {status for status, _dss, _tistr in STATES.values()} == set(S.values)


def _queries(client, path: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_the_confirmation_and_assignment_pages_cost_the_same_with_more_deliverers(
    client_for, pcso, coordinator
):
    request = _in_delivery(("DSS", A.DONE))
    confirm, assign = f"{request.get_absolute_url()}confirm/", f"{request.get_absolute_url()}assign/"
    pcso_client = client_for(pcso)
    pcso_client.get(confirm)
    before_confirm = _queries(pcso_client, confirm)
    desk = client_for(coordinator)
    desk.get(assign)
    before_assign = _queries(desk, assign)
    for code in ("TISTR", "TINT", "NSTDA"):
        AssignmentFactory(request=request, agency=Agency.objects.get(code=code), status=A.NOT_OURS)
    request.save()
    desk.get(assign)  # the matching assistant refreshes its index once after a change
    assert _queries(desk, assign) == before_assign
    pcso_client = client_for(pcso)
    pcso_client.get(confirm)  # a change empties the cached page frame: measured warm, as before
    assert _queries(pcso_client, confirm) == before_confirm
