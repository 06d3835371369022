"""An assignment's internal note is read by the desk and that assignment's deliverer only (issue 12 item 7)."""

import pytest

from agencies.models import Agency
from tests.factories import AssignmentFactory, RequestFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared_request():
    request = RequestFactory(title="สองหน่วยงาน")
    AssignmentFactory(request=request, agency=Agency.objects.get(code="DSS"), note="บันทึกของ วศ. เท่านั้น")
    AssignmentFactory(request=request, agency=Agency.objects.get(code="TISTR"), note="บันทึกของ วว. เท่านั้น")
    return request


def page(client, request) -> str:
    response = client.get(request.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_a_focal_point_reads_its_own_note_not_the_other_agencys(client, focal_point, shared_request):
    client.force_login(focal_point)  # answers for DSS
    html = page(client, shared_request)
    assert "บันทึกของ วศ. เท่านั้น" in html
    assert "บันทึกของ วว. เท่านั้น" not in html


@pytest.mark.parametrize("who", ["staff", "coordinator"])
def test_the_desk_reads_every_note(client, request, who, shared_request):
    client.force_login(request.getfixturevalue(who))
    html = page(client, shared_request)
    assert "บันทึกของ วศ. เท่านั้น" in html and "บันทึกของ วว. เท่านั้น" in html


@pytest.mark.parametrize("who", ["pcso", None])
def test_the_province_and_the_public_read_no_note(client, request, who, shared_request):
    if who:
        client.force_login(request.getfixturevalue(who))
    html = page(client, shared_request)
    assert "บันทึกของ" not in html
