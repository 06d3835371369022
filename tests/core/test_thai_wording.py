"""The Thai wording pass (docs/THAI_STYLE.md): each example of issue 13 as a Thai reader sees it."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

from accounts.services import user_set_role
from core.numbers import format_number
from provinces.models import Province
from requests_app import services
from requests_app.models import Assignment, Category, Request
from tests.factories import UserFactory, WorkshopFactory
from workshops.models import Workshop

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "th" / "LC_MESSAGES" / "django.po"

#: Words the style list bans from Thai pages, with what to write instead.
BANNED = {
    "ฉัน": "ท่าน (the register of the whole portal)",
    "ฟิลด์": "ช่อง / ช่องข้อมูล",
    "โต๊ะ": "งานจับคู่กลไก",
    "---------": "— เลือก —",
}


def _thai(text) -> str:
    with translation.override("th"):
        return str(text)


def test_the_catalogue_keeps_the_style_list():
    for entry in polib.pofile(str(CATALOGUE)):
        if entry.obsolete:
            continue
        for word, instead in BANNED.items():
            assert word not in entry.msgstr, f"{entry.msgid!r}: write {instead}, not {word}"


def test_statuses_are_named_as_statuses_and_actions_as_actions():
    withdrawn = _thai(Request.Status.WITHDRAWN.label)
    with translation.override("th"):
        withdraw_button = translation.gettext("Withdraw")
    assert withdrawn == "ถอนแล้ว"
    assert withdraw_button == "ถอนโจทย์ความต้องการ" != withdrawn
    assert _thai(Assignment.Status.PROPOSED.label) == "รอหน่วยงานตอบรับ"
    assert _thai(Assignment.Status.DECLINED.label) == "ไม่รับดำเนินการ"
    assert _thai(Workshop.Status.PLANNED.label) == "กำหนดจัด"


@pytest.mark.django_db
def test_desk_and_my_requests_in_the_portals_register(client, coordinator, pcso):
    client.force_login(coordinator)
    html = client.get("/desk/").content.decode()
    assert "งานจับคู่กลไก" in html and "โต๊ะ" not in html
    client.force_login(pcso)
    html = client.get("/my/").content.decode()
    assert "โจทย์ความต้องการของท่าน" in html or "ฉัน" not in html
    assert "ของฉัน" not in html


@pytest.mark.django_db
def test_required_field_error_is_not_djangos_thai(client, pcso):
    client.force_login(pcso)
    html = client.post("/requests/new/", {"title": "", "category": "", "action": "submit"}).content.decode()
    assert "ฟิลด์นี้จำเป็น" not in html
    assert "กรุณากรอกข้อมูลในช่องนี้" in html


@pytest.mark.django_db
def test_no_dashes_as_the_empty_option(client, superuser):
    client.force_login(superuser)
    for path in ("/admin/workshops/workshop/add/", "/admin/agencies/deliverer/add/", "/requests/", "/desk/"):
        html = client.get(path).content.decode()
        assert "---------" not in html, path
    assert "— เลือก —" in client.get("/admin/agencies/deliverer/add/").content.decode()
    assert '<option value="" selected>ทุกจังหวัด</option>' in client.get("/requests/").content.decode()


@pytest.mark.django_db
def test_the_first_status_of_the_timeline_has_no_arrow_from_nothing(client, pcso):
    request = services.request_create(
        actor=pcso, category=Category.objects.get(number=1), title="ลำไยอบแห้ง", description="ต้องการเครื่องอบ"
    )
    client.force_login(pcso)
    html = client.get(f"/requests/{request.reference}/").content.decode()
    timeline = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    assert "สถานะ: ยื่นแล้ว" in timeline or "สถานะ: ฉบับร่าง → ยื่นแล้ว" in timeline
    assert "สถานะ: → " not in timeline


def test_numbers_have_thousands_separators_and_no_point_zero():
    assert format_number(325.0) == "325"
    assert format_number(325) == "325"
    assert format_number(1234) == "1,234"
    assert format_number(1234567.26) == "1,234,567.3"
    assert format_number(12.5) == "12.5"
    assert format_number(None) == "–"


@pytest.mark.django_db
def test_stats_page_writes_figures_as_people_do(client):
    WorkshopFactory(participant_count=1234)
    html = client.get("/stats/").content.decode()
    assert '<strong data-figure="participants">1,234</strong>' in html


@pytest.mark.django_db
def test_workshop_page_writes_participants_with_a_separator(client):
    workshop = WorkshopFactory(participant_count=1300)
    assert "<dd>1,300</dd>" in client.get(f"/workshops/{workshop.slug}/").content.decode()


@pytest.mark.django_db
def test_bangkok_is_never_jangwat_bangkok(client):
    bangkok = Province.objects.get(code="10")
    pcso = user_set_role(user=UserFactory(username="pcso_bkk"), role="pcso", province=bangkok)
    client.force_login(pcso)
    html = client.get("/my/").content.decode()
    assert "กรุงเทพมหานคร" in html
    assert "จังหวัดกรุงเทพมหานคร" not in html
    html = client.get("/requests/new/").content.decode()
    assert "สำหรับกรุงเทพมหานคร" in html and "จังหวัดกรุงเทพมหานคร" not in html


@pytest.mark.django_db
def test_other_provinces_keep_jangwat(client, pcso):
    client.force_login(pcso)
    assert "โจทย์ความต้องการของจังหวัดเชียงใหม่" in client.get("/my/").content.decode()
    assert "ที่ตั้ง: จังหวัดเชียงใหม่" in client.get("/centres/").content.decode()
