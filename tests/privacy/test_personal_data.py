"""The personal-data page: what the portal holds, JSON and CSV copies, and requests about one's data."""

import csv
import datetime as dt
import io
import json

import pytest
from django.urls import reverse
from django.utils import timezone

from privacy.models import AccessLog, RightsRequest
from tests.factories import RequestFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", ["pcso", "coordinator", "focal_point", "staff"])
def test_every_logged_in_person_has_the_page_linked_from_the_account_menu(client, request, role):
    user = request.getfixturevalue(role)
    client.force_login(user)
    home = client.get("/").content.decode()
    assert 'href="/my/personal-data/"' in home
    page = client.get("/my/personal-data/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "ข้อมูลส่วนบุคคลของท่าน" in html and user.username in html
    assert "Your personal data" in client.get("/en/my/personal-data/").content.decode()


def test_my_page_links_it(client, pcso, focal_point):
    for user in (pcso, focal_point):
        client.force_login(user)
        assert (
            'class="muted my-personal-data"><a href="/my/personal-data/"'
            in client.get("/my/").content.decode()
        )


def test_anonymous_people_are_sent_to_log_in(client):
    response = client.get("/my/personal-data/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert client.get("/my/personal-data/download.json").status_code == 302


def test_the_downloads_hold_the_persons_data_and_are_logged(client, pcso):
    RequestFactory(filed_by=pcso, title="โจทย์ของข้าพเจ้า")
    client.force_login(pcso)
    response = client.get("/my/personal-data/download.json")
    data = json.loads(response.content)
    assert data["บัญชีของท่าน"]["ชื่อผู้ใช้"] == pcso.username
    assert data["บัญชีของท่าน"]["อีเมล"] == pcso.email
    assert data["โจทย์ที่ท่านยื่น"][0]["ชื่อเรื่อง"] == "โจทย์ของข้าพเจ้า"
    response = client.get("/en/my/personal-data/download.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["section", "item", "field", "value"]
    assert ["Your account", "1", "e-mail", pcso.email] in rows
    assert response["Cache-Control"] == "private, no-store"
    assert AccessLog.objects.filter(user=pcso, kind="personal_data").count() == 2
    assert client.get("/my/personal-data/download.xml").status_code == 404


def test_a_correction_request_is_registered_with_its_30_day_due_date(client, pcso, admin_client):
    client.force_login(pcso)
    response = client.post(
        "/my/personal-data/", {"kind": "correction", "details": "นามสกุลสะกดผิด"}, follow=True
    )
    item = RightsRequest.objects.get(person=pcso)
    assert item.kind == "correction" and item.status == "received"
    assert item.due_date == timezone.localdate() + dt.timedelta(days=30)
    assert str(item.due_date.year + 543) in response.content.decode()
    assert (
        client.post("/my/personal-data/", {"kind": "nonsense"}).status_code == 200
    )  # the form again, no 500
    assert RightsRequest.objects.count() == 1

    # Staff answer it in the register: closing needs the identity check, a refusal its reasons.
    url = reverse("admin:privacy_rightsrequest_change", args=[item.pk])
    form = {"person": pcso.pk, "kind": "correction", "details": item.details, "status": "done",
            "identity_checked": "", "identity_method": "", "handled_by": "", "outcome": "แก้ไขแล้ว", "reasons": ""}  # fmt: skip
    assert admin_client.post(url, form).status_code == 200  # refused: identity not checked
    form |= {"identity_checked": "on", "identity_method": "ยื่นผ่านบัญชีของเจ้าของข้อมูล", "status": "refused"}
    assert admin_client.post(url, form).status_code == 200  # refused: no reasons
    form |= {"status": "done"}
    assert admin_client.post(url, form).status_code == 302
    item.refresh_from_db()
    assert item.closed_at is not None and item.handled_by is not None and item.history.count() == 2
    listing = admin_client.get(reverse("admin:privacy_rightsrequest_changelist") + "?deadline=open")
    assert listing.status_code == 200
