import pytest

from agencies.models import Mechanism
from provinces.models import Province
from requests_app.models import Assignment, Request
from tests.factories import AssignmentFactory, RequestFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def calibration_request():
    return RequestFactory(
        title="สอบเทียบเครื่องชั่งในตลาดสดเทศบาล",
        description="ตาชั่งของแม่ค้าไม่เที่ยงตรง",
        status=Request.Status.SUBMITTED,
    )


def _url(request, lang=""):
    return f"{lang}/desk/suggestions/{request.reference}/assign/"


def _calibration():
    return Mechanism.objects.get(agency__code="NIMT", name_en="calibration services")


def test_staff_view_of_a_request_shows_explained_suggestions(client_for, staff, calibration_request):
    page = client_for(staff).get(f"/en/requests/{calibration_request.reference}/").content.decode()
    assert 'id="suggestions"' in page
    assert 'data-agency="NIMT"' in page
    assert "<mark>สอบเทียบ</mark>" in page
    assert "Assign NIMT" in page


def test_the_desk_assign_page_shows_suggestions(client_for, coordinator, calibration_request):
    page = (
        client_for(coordinator).get(f"/en/requests/{calibration_request.reference}/assign/").content.decode()
    )
    assert 'data-agency="NIMT"' in page


@pytest.mark.parametrize("role", ["pcso", "focal_point", None])
def test_people_who_cannot_assign_see_no_suggestions(client_for, request, role, calibration_request):
    calibration_request.status = Request.Status.UNDER_REVIEW
    calibration_request.save()
    user = request.getfixturevalue(role) if role else None
    page = client_for(user).get(f"/requests/{calibration_request.reference}/").content.decode()
    assert 'id="suggestions"' not in page


def test_suggestions_name_past_requests_with_what_answered_them(client_for, staff, calibration_request):
    past = RequestFactory(title="สอบเทียบเครื่องชั่งในตลาดนัด", province=Province.objects.get(code="51"))
    AssignmentFactory(request=past, agency=_calibration().agency, mechanism=_calibration(), status="done")
    page = client_for(staff).get(f"/en/requests/{calibration_request.reference}/").content.decode()
    assert "NIMT answered the similar request" in page
    assert past.reference in page


def test_a_suggestion_is_never_assigned_in_one_click(client_for, coordinator, calibration_request):
    client = client_for(coordinator)
    response = client.post(_url(calibration_request), {"mechanism": _calibration().pk, "next": "/desk/"})
    assign_page = f"/requests/{calibration_request.reference}/assign/?mechanism={_calibration().pk}"
    assert response.status_code == 302 and response["Location"] == assign_page
    assert not Assignment.objects.exists()
    page = client.get(assign_page).content.decode()
    assert f'<option value="{_calibration().pk}" selected>' in page and 'name="due_date"' in page
    form = {"deliverer": _calibration().agency.deliverer.pk, "mechanism": _calibration().pk}
    missing_due = client.post(assign_page, {**form, "action": "check"})
    assert missing_due.status_code == 200 and not Assignment.objects.exists()  # the due date is asked
    checked = client.post(assign_page, {**form, "due_date": "31/1/2570", "action": "check"}).content.decode()
    assert 'value="confirm"' in checked and "31 ม.ค. 2570" in checked and not Assignment.objects.exists()
    client.post(assign_page, {**form, "due_date": "31/1/2570", "action": "confirm"})
    assignment = Assignment.objects.get(request=calibration_request)
    assert assignment.mechanism == _calibration() and assignment.agency.code == "NIMT"
    assert assignment.status == Assignment.Status.PROPOSED and assignment.due_date.isoformat() == "2027-01-31"


def test_assigning_twice_is_refused_with_a_message(client_for, staff, calibration_request):
    client = client_for(staff)
    form = {
        "deliverer": _calibration().agency.deliverer.pk,
        "mechanism": _calibration().pk,
        "due_date": "31/1/2027",
        "action": "confirm",
    }
    client.post(f"/en/requests/{calibration_request.reference}/assign/", form)
    response = client.post(f"/en/requests/{calibration_request.reference}/assign/", form)
    assert response.status_code == 200
    assert "already assigned" in response.content.decode()
    assert Assignment.objects.filter(request=calibration_request).count() == 1


@pytest.mark.parametrize(
    ("role", "expected"),
    [(None, 302), ("pcso", 403), ("focal_point", 404), ("other_coordinator", 404), ("other_pcso", 404)],
)
def test_assign_action_permissions(client_for, request, role, expected, calibration_request):
    user = request.getfixturevalue(role) if role else None
    response = client_for(user).post(_url(calibration_request), {"mechanism": _calibration().pk})
    assert response.status_code == expected
    if role is None:
        assert "/accounts/login/" in response["Location"]
    assert not Assignment.objects.exists()


def test_assign_action_refuses_unknown_mechanisms(client_for, staff, calibration_request):
    client = client_for(staff)
    assert client.post(_url(calibration_request), {"mechanism": "x"}).status_code == 404
    assert client.post(_url(calibration_request), {"mechanism": "999999"}).status_code == 404
    assert not Assignment.objects.exists()
