"""What people see: public timeline without internal notes or names, exports, digest, query counts."""

import csv
import io

import pytest
from django.core import mail
from django.core.management import call_command
from openpyxl import load_workbook

from agencies.models import Agency
from provinces.models import Province
from requests_app import services
from requests_app.models import Category, Request
from tests.factories import AssignmentFactory, RequestFactory, UserFactory

pytestmark = pytest.mark.django_db
S = Request.Status


@pytest.fixture
def filed(pcso, coordinator, focal_point):
    pcso.first_name, pcso.last_name = "สมชาย", "ใจดี"
    pcso.save()
    request = services.request_create(
        actor=pcso, category=Category.objects.get(number=2), title="บรรจุภัณฑ์ลำไยอบแห้ง", description="ลำไย"
    )
    dss = Agency.objects.get(code="DSS")
    services.assignment_create(
        request=request, actor=coordinator, agency=dss, mechanism=dss.mechanisms.first(), note="งบประมาณจำกัด"
    )
    services.request_comment(request=request, actor=coordinator, text="ข้อความภายในเท่านั้น", internal=True)
    services.request_comment(request=request, actor=pcso, text="ความเห็นของจังหวัด")
    request.refresh_from_db()
    return request


def test_the_public_timeline_hides_internal_notes_comments_and_names(client, filed):
    page = client.get(filed.get_absolute_url()).content.decode()
    assert filed.title in page and "กรมวิทยาศาสตร์บริการ" in page
    assert "ข้อความภายในเท่านั้น" not in page and "งบประมาณจำกัด" not in page
    assert "ความเห็นของจังหวัด" not in page
    assert "สมชาย" not in page and "pcso_chiangmai" not in page and "@example.go.th" not in page


def test_the_province_sees_comments_but_not_internal_notes(client_for, pcso, filed):
    page = client_for(pcso).get(filed.get_absolute_url()).content.decode()
    assert "ความเห็นของจังหวัด" in page
    assert "ข้อความภายในเท่านั้น" not in page and "งบประมาณจำกัด" not in page


@pytest.mark.parametrize("who", ["coordinator", "focal_point", "staff"])
def test_the_ministry_centre_and_assigned_agency_read_internal_notes(request, client_for, filed, who):
    page = client_for(request.getfixturevalue(who)).get(filed.get_absolute_url()).content.decode()
    assert "ข้อความภายในเท่านั้น" in page and "งบประมาณจำกัด" in page


def test_drafts_and_unreviewed_submissions_are_never_public(client, pcso):
    services.request_create(actor=pcso, category=Category.objects.get(number=1), title="ร่างลับ", submit=False)
    submitted = services.request_create(
        actor=pcso, category=Category.objects.get(number=1), title="ยังไม่ตรวจ", description="ลำไย"
    )
    listing = client.get("/requests/").content.decode()
    assert "ร่างลับ" not in listing and "ยังไม่ตรวจ" not in listing
    assert client.get(submitted.get_absolute_url()).status_code == 404
    exported = client.get("/requests/export/csv/").content.decode("utf-8-sig")
    assert "ยังไม่ตรวจ" not in exported


def test_csv_export_has_a_bom_and_thai_and_follows_the_filters(client):
    RequestFactory(title="ลำไยอบแห้ง", province=Province.objects.get(code="50"))
    RequestFactory(title="ผ้าไหม", province=Province.objects.get(code="41"))
    response = client.get("/requests/export/csv/?province=chiang-mai")
    assert response["Content-Type"].startswith("text/csv")
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [row[5] for row in rows[1:]] == ["ลำไยอบแห้ง"]


def test_xlsx_export_has_the_same_rows(client):
    RequestFactory(title="ลำไยอบแห้ง")
    response = client.get("/requests/export/xlsx/")
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet.cell(row=2, column=6).value == "ลำไยอบแห้ง"


def test_desk_export_is_limited_to_the_coordinators_centre(client_for, coordinator):
    RequestFactory(title="เชียงใหม่", status=S.SUBMITTED, province=Province.objects.get(code="50"))
    RequestFactory(title="อุดรธานี", status=S.SUBMITTED, province=Province.objects.get(code="41"))
    text = client_for(coordinator).get("/desk/export/csv/?status=triage").content.decode("utf-8-sig")
    assert "เชียงใหม่" in text and "อุดรธานี" not in text


def test_public_list_filters(client):
    RequestFactory(
        title="ลำไย", province=Province.objects.get(code="50"), category=Category.objects.get(number=1)
    )
    RequestFactory(
        title="ผ้าไหม", province=Province.objects.get(code="41"), category=Category.objects.get(number=2)
    )
    assert "ผ้าไหม" not in client.get("/requests/?region=north").content.decode()
    assert "ลำไย" not in client.get("/requests/?q=ผ้า").content.decode()
    page = client.get("/requests/?centre=1&fiscal_year=2557&status=under_review").content.decode()
    assert "ลำไย" in page and "ผ้าไหม" not in page


def test_stale_edit_form_is_refused_with_a_message(client_for, pcso):
    request = services.request_create(
        actor=pcso, category=Category.objects.get(number=1), title="เดิม", description="ลำไย"
    )
    opened = request.version
    services.request_comment(request=request, actor=pcso, text="แก้ไขโดยอีกคน")
    response = client_for(pcso).post(
        f"{request.get_absolute_url()}edit/",
        {"category": 1, "title": "ใหม่", "description": "ใหม่", "version": opened, "action": "submit"},
    )
    assert response.status_code == 200
    request.refresh_from_db()
    assert request.title == "เดิม"


def test_attachments_type_and_size_are_limited(client_for, pcso):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = client_for(pcso)
    data = {"category": 1, "title": "มีไฟล์", "description": "x", "action": "submit"}
    bad = client.post("/requests/new/", {**data, "attachments": SimpleUploadedFile("run.exe", b"MZ")})
    assert bad.status_code == 200 and not Request.objects.filter(title="มีไฟล์").exists()
    big = SimpleUploadedFile("big.pdf", b"0" * (5 * 1024 * 1024 + 1))
    assert client.post("/requests/new/", {**data, "attachments": big}).status_code == 200
    ok = client.post("/requests/new/", {**data, "attachments": SimpleUploadedFile("note.pdf", b"%PDF-1.4")})
    assert ok.status_code == 302
    assert Request.objects.get(title="มีไฟล์").attachments.get().original_name == "note.pdf"


def test_similar_requests_are_shown_before_submitting(client_for, pcso):
    RequestFactory(title="การแปรรูปลำไยอบแห้งเพื่อส่งออก")
    response = client_for(pcso).post(
        "/requests/new/", {"category": 1, "title": "แปรรูปลำไยอบแห้ง", "description": "ลำไย", "action": "check"}
    )
    assert "การแปรรูปลำไยอบแห้งเพื่อส่งออก" in response.content.decode()
    assert not Request.objects.filter(title="แปรรูปลำไยอบแห้ง").exists()


@pytest.mark.parametrize(
    ("stored", "typed"),
    [("ส่งเสริมการปลูกลำไยนอกฤดู", "ลำใย"), ("ผลผลิตลำใยตกต่ำ", "ลำไย")],
)
def test_similar_request_check_treats_lamyai_spellings_alike(client_for, pcso, stored, typed):
    """ลำใย is a common misspelling of ลำไย: the form's check finds either from the other."""
    RequestFactory(title=stored)
    RequestFactory(title="การสอบเทียบเครื่องชั่งในตลาดสด")
    client = client_for(pcso)
    response = client.post(
        "/requests/new/", {"category": 1, "title": typed, "description": typed, "action": "check"}
    )
    assert stored in response.content.decode()
    fragment = client.get("/requests/similar/", {"q": typed})
    assert stored in fragment.content.decode()
    assert "เครื่องชั่ง" not in fragment.content.decode()


def test_daily_digest_groups_by_request_and_respects_visibility(filed, coordinator, other_pcso):
    mail.outbox.clear()
    call_command("send_request_digest", stdout=io.StringIO())
    by_person = {message.to[0]: message.body for message in mail.outbox}
    assert filed.reference in by_person[coordinator.email]
    assert "ข้อความภายในเท่านั้น" in by_person[coordinator.email]
    pcso_body = by_person["pcso_chiangmai@example.go.th"]
    assert "ความเห็นของจังหวัด" in pcso_body and "ข้อความภายในเท่านั้น" not in pcso_body
    assert other_pcso.email not in by_person  # nothing of theirs is public yet


def _many(count: int) -> None:
    for index in range(count):
        request = RequestFactory(title=f"โจทย์ {index}")
        AssignmentFactory(request=request)
        AssignmentFactory(request=request, agency=Agency.objects.get(code="TISTR"), mechanism=None)


@pytest.mark.parametrize("who", [None, "coordinator", "pcso"])
def test_list_and_desk_queries_do_not_grow_with_the_data(
    request, client_for, django_assert_max_num_queries, who
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(request.getfixturevalue(who) if who else None)
    urls = ["/requests/", "/requests/export/csv/"] + (["/desk/?status="] if who == "coordinator" else [])
    _many(2)
    for url in urls:
        client.get(url)  # warm the cached fragments (footer) first
    small = {}
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        small[url] = len(queries)
    _many(20)
    for url in urls:
        client.get(url)  # steady state: caches refreshed after the new data
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        assert len(queries) == small[url], url


def test_detail_queries_do_not_grow_with_the_history(client_for, coordinator, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    request = RequestFactory()
    client = client_for(coordinator)
    AssignmentFactory(request=request)
    client.get(request.get_absolute_url())  # warm the cached fragments (footer) first
    with CaptureQueriesContext(connection) as small:
        client.get(request.get_absolute_url())
    for index in range(15):
        services.request_comment(
            request=request, actor=coordinator, text=f"บันทึก {index}", internal=index % 2 == 0
        )
    AssignmentFactory(request=request, agency=Agency.objects.get(code="TISTR"), mechanism=None)
    client.get(request.get_absolute_url())  # the matching assistant refreshes its index once after changes
    with CaptureQueriesContext(connection) as large:
        client.get(request.get_absolute_url())
    assert len(large) == len(small), "\n".join(q["sql"][:150] for q in large.captured_queries)


def test_focal_point_page_lists_the_agencys_assignments(client_for, focal_point):
    AssignmentFactory(request=RequestFactory(title="งานของ DSS"))
    other = UserFactory()
    assert other
    page = client_for(focal_point).get("/my/").content.decode()
    assert "งานของ DSS" in page
