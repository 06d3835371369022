"""A request whose text looks like it holds personal data is held until the desk releases it."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from privacy.models import PersonalDataHold
from requests_app import services
from requests_app.models import Category, Request

pytestmark = pytest.mark.django_db


@pytest.fixture
def category(db):
    return Category.objects.get(number=1)


def _file(pcso, category, **text):
    text.setdefault("description", "ต้องการเครื่องอบแห้งลำไยสำหรับกลุ่มเกษตรกร")
    return services.request_create(
        actor=pcso, category=category, title=text.pop("title", "พัฒนาลำไยอบแห้ง"), **text
    )


def test_a_request_with_a_phone_number_is_held_and_released_only_through_the_desk(
    client, pcso, coordinator, staff, category
):
    request = _file(pcso, category, description="ติดต่อผู้ใหญ่บ้าน โทร 081-234-5678")
    assert request.status == Request.Status.SUBMITTED
    hold = PersonalDataHold.objects.get(request=request)
    assert hold.is_open and hold.found == [{"field": "description", "kind": "phone", "text": "081-234-5678"}]

    # Nothing makes it public while it is held: not the review, not an assignment, not "not feasible".
    with pytest.raises(ValidationError, match="ข้อมูลส่วนบุคคล"):
        services.request_transition(request=request, actor=coordinator, to_status=Request.Status.UNDER_REVIEW)
    with pytest.raises(ValidationError, match="ข้อมูลส่วนบุคคล"):
        services.request_transition(
            request=request, actor=staff, to_status=Request.Status.NOT_FEASIBLE, reason="ซ้ำ"
        )
    assert Request.Status.UNDER_REVIEW not in services.allowed_transitions(coordinator, request)
    request.refresh_from_db()
    assert request.status == Request.Status.SUBMITTED
    assert not Request.objects.public().filter(pk=request.pk).exists()
    assert client.get(request.get_absolute_url()).status_code == 404  # the public cannot read it

    # The reviewer sees the match; the province sees why it is held, without a release button.
    client.force_login(coordinator)
    page = client.get(request.get_absolute_url()).content.decode()
    assert "081-234-5678" in page and reverse("privacy:hold_release", args=[request.reference]) in page
    client.force_login(pcso)
    page = client.get(request.get_absolute_url()).content.decode()
    assert 'id="personal-data-hold"' in page
    assert reverse("privacy:hold_release", args=[request.reference]) not in page

    # The province cannot release it.
    assert client.post(reverse("privacy:hold_release", args=[request.reference])).status_code == 403
    with pytest.raises(PermissionDenied):
        from privacy.holds import hold_release

        hold_release(request=request, actor=pcso)
    assert PersonalDataHold.objects.get(request=request).is_open

    # The desk releases it; only then can the review start and the public read it.
    client.force_login(coordinator)
    response = client.post(reverse("privacy:hold_release", args=[request.reference]), {"note": "เบอร์สำนักงาน"})
    assert response.status_code == 302
    hold.refresh_from_db()
    assert not hold.is_open and hold.released_by == coordinator and hold.note == "เบอร์สำนักงาน"
    assert "081-234-5678" not in str(hold.found)  # kept masked only
    services.request_transition(request=request, actor=coordinator, to_status=Request.Status.UNDER_REVIEW)
    client.logout()
    assert client.get(request.get_absolute_url()).status_code == 200


def test_the_desk_list_shows_held_requests(client, pcso, coordinator, other_coordinator, category):
    request = _file(pcso, category, description="อีเมล somchai@example.com")
    client.force_login(coordinator)
    assert request.reference in client.get("/desk/").content.decode()
    client.force_login(other_coordinator)
    assert 'id="held-requests"' not in client.get("/desk/").content.decode()  # another centre's province


def test_clean_text_is_not_held_and_an_edit_that_adds_personal_data_is(pcso, category):
    request = _file(pcso, category, description="ต้องการเพิ่มมูลค่าลำไยอบแห้ง 30 ตัน ปี 2557")
    assert not PersonalDataHold.objects.filter(request=request).exists()
    services.request_update(
        request=request,
        actor=pcso,
        expected_version=request.version,
        category=category,
        title=request.title,
        description="ผู้ประสานงาน เลขบัตร 1101700230708",
    )
    assert PersonalDataHold.objects.open().filter(request=request).exists()


def test_removing_the_text_does_not_release_the_hold(pcso, coordinator, category):
    request = _file(pcso, category, beneficiaries="กลุ่มแม่บ้าน โทร 0812345678")
    services.request_update(
        request=request, actor=pcso, expected_version=request.version, category=category,
        title=request.title, description=request.description, beneficiaries="กลุ่มแม่บ้าน",
    )  # fmt: skip
    hold = PersonalDataHold.objects.get(request=request)
    assert hold.is_open and hold.found == []
    with pytest.raises(ValidationError):
        services.request_transition(request=request, actor=coordinator, to_status=Request.Status.UNDER_REVIEW)


def test_the_request_form_warns_not_to_type_personal_data_and_links_the_notice(client, pcso):
    client.force_login(pcso)
    html = client.get("/requests/new/").content.decode()
    assert 'id="personal-data-warning"' in html and 'href="/privacy/"' in html
    html = client.get("/en/requests/new/").content.decode()
    assert "Do not type personal data" in html and 'href="/en/privacy/"' in html


def test_the_login_page_links_the_privacy_notice(client):
    assert 'href="/privacy/"' in client.get("/accounts/login/").content.decode()
    assert "Privacy notice" in client.get("/en/accounts/login/").content.decode()


def test_staff_see_the_notice_where_they_enter_people(admin_client):
    assert "PDPA" in admin_client.get(reverse("admin:accounts_user_add")).content.decode()
    assert "PDPA" in admin_client.get(reverse("admin:provinces_pcso_add")).content.decode()
