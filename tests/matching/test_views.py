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


def test_one_click_assigns_a_suggestion(client_for, coordinator, calibration_request):
    response = client_for(coordinator).post(
        _url(calibration_request), {"mechanism": _calibration().pk, "next": "/desk/"}
    )
    assert response.status_code == 302 and response["Location"] == "/desk/"
    assignment = Assignment.objects.get(request=calibration_request)
    assert assignment.mechanism == _calibration() and assignment.agency.code == "NIMT"
    assert assignment.status == Assignment.Status.PROPOSED


def test_assigning_twice_is_refused_with_a_message(client_for, staff, calibration_request):
    client = client_for(staff)
    client.post(_url(calibration_request), {"mechanism": _calibration().pk})
    response = client.post(_url(calibration_request, "/en"), {"mechanism": _calibration().pk}, follow=True)
    assert response.status_code == 200
    assert "already assigned" in response.content.decode()
    assert Assignment.objects.filter(request=calibration_request).count() == 1


def test_an_outside_next_address_is_not_followed(client_for, staff, calibration_request):
    response = client_for(staff).post(
        _url(calibration_request), {"mechanism": _calibration().pk, "next": "https://evil.example/"}
    )
    assert response["Location"] == f"/requests/{calibration_request.reference}/"


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


def test_assign_action_refuses_get_and_unknown_mechanisms(client_for, staff, calibration_request):
    client = client_for(staff)
    assert client.get(_url(calibration_request)).status_code == 405
    assert client.post(_url(calibration_request), {"mechanism": "x"}).status_code == 404
    assert client.post(_url(calibration_request), {"mechanism": "999999"}).status_code == 404
    assert not Assignment.objects.exists()
