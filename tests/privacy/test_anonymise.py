"""Anonymising a person keeps the programme's records and their history, and leaves no trace of the name."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from accounts.models import User
from accounts.services import user_set_role
from privacy.anonymise import person_anonymise
from provinces.models import PCSO, Province
from requests_app import services
from requests_app.models import Category, Request, RequestEvent
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NAME_FIRST, NAME_LAST, EMAIL = "สมศักดิ์", "ใจกว้างขวาง", "somsak.j@loei.go.th"


@pytest.fixture
def loei_pcso(db):
    user = UserFactory(username="somsak-loei", first_name=NAME_FIRST, last_name=NAME_LAST, email=EMAIL)
    user = user_set_role(user=user, role=User.Role.PCSO, province=Province.objects.get(code="42"))
    PCSO.objects.create(
        province=user.province, name=f"{NAME_FIRST} {NAME_LAST}", term_start="2013-01-01",
        email=EMAIL, phone="042-811-111", user=user,
    )  # fmt: skip
    return user


def _dump() -> str:
    out = io.StringIO()
    call_command("dumpdata", stdout=out, exclude=["contenttypes", "auth.permission", "sessions"])
    return out.getvalue()


def test_anonymising_a_pcso_who_filed_requests_keeps_them_and_leaves_no_trace_of_the_name(
    loei_pcso, coordinator, staff
):
    category = Category.objects.get(number=1)
    first = services.request_create(
        actor=loei_pcso,
        category=category,
        title="ผลิตภัณฑ์หลามหมูยอ",
        description="ต้องการยืดอายุผลิตภัณฑ์หลามหมูยอ",
    )
    second = services.request_create(actor=loei_pcso, category=category, title="เครื่องกรองน้ำ", submit=False)
    services.request_comment(
        request=first, actor=loei_pcso, text=f"ติดต่อ {NAME_FIRST} {NAME_LAST} ที่อำเภอภูหลวง"
    )
    services.request_comment(request=first, actor=staff, text=f"ส่งสำเนาถึง {EMAIL}")
    loei_pcso.first_name = NAME_FIRST + "ฯ"  # a change of name: a second row of the login's history
    loei_pcso.save()
    events_before = RequestEvent.objects.filter(request__in=[first, second]).count()
    history_before = loei_pcso.history.count()
    assert NAME_LAST in _dump() and EMAIL in _dump()

    pseudonym = person_anonymise(person=loei_pcso, actor=staff)

    # The programme's records stay, with every row of their history, under the pseudonym.
    first.refresh_from_db()
    assert Request.objects.filter(pk__in=[first.pk, second.pk]).count() == 2
    assert first.filed_by_id == loei_pcso.pk and first.status == Request.Status.SUBMITTED
    assert RequestEvent.objects.filter(request__in=[first, second]).count() == events_before
    assert RequestEvent.objects.filter(actor=loei_pcso).exists()
    loei_pcso.refresh_from_db()
    assert loei_pcso.username == pseudonym and not loei_pcso.is_active and not loei_pcso.has_usable_password()
    assert loei_pcso.history.count() == history_before
    record = PCSO.objects.get(user=loei_pcso)
    assert record.name == pseudonym and record.email == "" and record.phone == ""
    assert PCSO.history.filter(id=record.pk).exists()
    # No trace of the name, the username or the e-mail anywhere in the database.
    dump = _dump()
    for trace in (NAME_FIRST, NAME_LAST, EMAIL, "somsak-loei", "042-811-111"):
        assert trace not in dump, trace


def test_only_staff_anonymise_and_the_admin_asks_first(loei_pcso, coordinator, admin_client):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        person_anonymise(person=loei_pcso, actor=coordinator)
    url = reverse("admin:accounts_user_changelist")
    form = {"action": "anonymise_people", "_selected_action": [loei_pcso.pk]}
    response = admin_client.post(url, form)
    assert response.status_code == 200 and NAME_LAST in response.content.decode()  # the confirmation
    loei_pcso.refresh_from_db()
    assert loei_pcso.username == "somsak-loei"
    response = admin_client.post(url, {**form, "confirmed": "yes"})
    assert response.status_code == 302
    loei_pcso.refresh_from_db()
    assert loei_pcso.username.startswith("anon-")


def test_a_pcso_record_without_a_login_is_anonymised_from_its_admin(admin_client):
    record = PCSO.objects.create(
        province=Province.objects.get(code="50"),
        name="นายวิชัย ทดลอง",
        term_start="2010-01-01",
        phone="053-111-222",
    )
    record.name = "นายวิชัย ทดลองดี"
    record.save()
    url = reverse("admin:provinces_pcso_changelist")
    admin_client.post(url, {"action": "anonymise_pcsos", "_selected_action": [record.pk], "confirmed": "yes"})
    record.refresh_from_db()
    assert record.name.startswith("anon-")
    assert not PCSO.history.filter(id=record.pk, name__contains="วิชัย").exists()
    assert PCSO.history.filter(id=record.pk).count() == 2
