"""Staff import the programme's history from Excel and CSV, and export what their list shows.

Through the admin, as staff do it: upload, read the preview, confirm. Reference keys are written
as people write them (จังหวัด names or codes, วศ./DSS, ศวภ.1, B.E. dates, Excel date cells); a bad
row is named on its row in Thai and nothing of the file is saved; importing the same file twice
changes nothing the second time; the export holds exactly the filtered list.
"""

import datetime as dt
import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook

from provinces.models import PCSO, TechnologyClinic
from requests_app.models import Request, RequestEvent
from tests.admin.forms import form_data
from tests.admin.pages import visible_text
from tests.factories import RequestFactory, WorkshopFactory
from workshops.models import Activity, Participation, Workshop

pytestmark = pytest.mark.django_db

XLSX, CSV = "0", "1"

WORKSHOP_CSV = """slug,title,start_date,end_date,venue,host_province,target_cluster,target_provinces,organising_centre,status,publication,participant_count,exhibitors,demonstrators,activities
2008-11-09-udon,การประชุมเชิงปฏิบัติการ ครั้งที่ 1,9/11/2551,11/11/2551,โรงแรมบ้านเชียง,จ.อุดรธานี,กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนบน 1,"อุดรธานี, 43, Loei, TH-39",ศวภ.2,จัดแล้ว,เผยแพร่แล้ว,120,"วศ., วว.",สทอภ.,"มอบภาพถ่ายดาวเทียม | มอบภาพถ่ายดาวเทียมพื้นที่จังหวัด | GISTDA
นิทรรศการ | นิทรรศการผลงาน"
2013-11-01-chiang-mai,การบูรณาการ วทน. สู่ภาคเหนือ,1 พ.ย. 2556,1 พฤศจิกายน 2556,โรงแรมดิเอ็มเพรส,50,,"เชียงใหม่, ลำพูน",๑,held,draft,130,สป.,,
"""


def upload(client, app_model: str, content: bytes, name: str, file_format: str):
    page = client.get(f"/admin/{app_model}/import/")
    data = form_data(page.content.decode())
    data.pop("csrfmiddlewaretoken", None)
    data.update({"format": file_format, "import_file": SimpleUploadedFile(name, content)})
    return client.post(f"/admin/{app_model}/import/", data)


def confirm(client, preview):
    html = preview.content.decode()
    match = re.search(r'<form[^>]*action="([^"]*process_import/)"[^>]*>.*?</form>', html, re.S)
    assert match, "the preview offers no confirmation"
    data = form_data(match.group(0))
    data.pop("csrfmiddlewaretoken", None)
    return client.post(match.group(1), data)


@pytest.fixture
def staff_admin(client, staff):
    client.force_login(staff)
    return client


def test_workshops_import_from_csv_with_keys_as_staff_write_them_and_again_changes_nothing(staff_admin):
    preview = upload(staff_admin, "workshops/workshop", WORKSHOP_CSV.encode(), "workshops.csv", CSV)
    assert preview.status_code == 200
    text = visible_text(preview.content.decode())
    assert "ยืนยันการนำเข้า" in text and "ใหม่" in text
    assert not Workshop.objects.filter(slug="2008-11-09-udon").exists()  # a preview saves nothing
    done = confirm(staff_admin, preview)
    assert done.status_code == 302

    udon = Workshop.objects.get(slug="2008-11-09-udon")
    assert (udon.start_date, udon.end_date) == (dt.date(2008, 11, 9), dt.date(2008, 11, 11))
    assert udon.host_province.code == "41" and udon.organising_centre.number == 2
    assert sorted(udon.target_provinces.values_list("code", flat=True)) == ["39", "41", "42", "43"]
    assert udon.status == Workshop.Status.HELD and udon.is_public and udon.participant_count == 120
    roles = sorted(udon.participations.values_list("agency__code", "role"))
    assert roles == [("DSS", "exhibitor"), ("GISTDA", "demonstrator"), ("TISTR", "exhibitor")]
    assert list(udon.activities.values_list("kind", "agency__code")) == [
        (Activity.Kind.SATELLITE_IMAGES, "GISTDA"),
        (Activity.Kind.EXHIBITION, None),
    ]
    north = Workshop.objects.get(slug="2013-11-01-chiang-mai")
    assert north.start_date == dt.date(2013, 11, 1) and north.organising_centre.number == 1
    assert north.publication == Workshop.Publication.DRAFT

    counts = (Workshop.objects.count(), Participation.objects.count(), Activity.objects.count())
    again = upload(staff_admin, "workshops/workshop", WORKSHOP_CSV.encode(), "workshops.csv", CSV)
    assert "ใหม่" not in [cell.strip() for cell in visible_text(again.content.decode()).splitlines()]
    assert confirm(staff_admin, again).status_code == 302
    assert (Workshop.objects.count(), Participation.objects.count(), Activity.objects.count()) == counts


def test_a_bad_row_is_named_in_thai_and_nothing_of_the_file_is_saved(staff_admin):
    bad = WORKSHOP_CSV.replace("จ.อุดรธานี", "อุดรธานีX").replace("1 พ.ย. 2556", "31/2/2556")
    preview = upload(staff_admin, "workshops/workshop", bad.encode(), "workshops.csv", CSV)
    assert preview.status_code == 200
    text = visible_text(preview.content.decode())
    assert "ข้อมูลบางแถวไม่ถูกต้อง" in text
    assert "ไม่พบจังหวัด “อุดรธานีX”" in text
    assert "“31/2/2556” ไม่ใช่วันที่" in text
    assert "process_import" not in preview.content.decode()  # no way to confirm a bad file
    assert not Workshop.objects.exists()


def test_a_cluster_that_does_not_fit_the_provinces_is_a_row_error(staff_admin):
    bad = WORKSHOP_CSV.replace('"อุดรธานี, 43, Loei, TH-39"', '"อุดรธานี, เชียงใหม่"')
    text = visible_text(
        upload(staff_admin, "workshops/workshop", bad.encode(), "w.csv", CSV).content.decode()
    )
    assert "เชียงใหม่ ไม่ได้อยู่ในกลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนบน 1" in text
    assert not Workshop.objects.exists()


def test_an_xlsx_with_excel_date_cells_even_typed_in_be(staff_admin):
    book = Workbook()
    sheet = book.active
    sheet.append(["slug", "title", "start_date", "end_date", "venue", "host_province"])
    sheet.append(
        ["xlsx-ws", "การประชุมจาก Excel", dt.date(2556, 11, 1), dt.datetime(2013, 11, 2), "โรงแรม", "เลย"]
    )
    content = io.BytesIO()
    book.save(content)
    preview = upload(staff_admin, "workshops/workshop", content.getvalue(), "workshops.xlsx", XLSX)
    assert confirm(staff_admin, preview).status_code == 302
    workshop = Workshop.objects.get(slug="xlsx-ws")
    assert (workshop.start_date, workshop.end_date) == (dt.date(2013, 11, 1), dt.date(2013, 11, 2))


def test_the_export_holds_the_filtered_list_in_thai_with_be_dates(staff_admin):
    WorkshopFactory(slug="draft-one", publication=Workshop.Publication.DRAFT)
    WorkshopFactory(slug="published-one")
    url = "/admin/workshops/workshop/export/?publication__exact=draft"
    data = form_data(staff_admin.get(url).content.decode())
    data.pop("csrfmiddlewaretoken", None)
    data["format"] = XLSX
    response = staff_admin.post(url, data)
    assert response.status_code == 200
    rows = list(load_workbook(io.BytesIO(response.content)).active.values)
    slugs = [row[0] for row in rows[1:]]
    assert slugs == ["draft-one"]
    header = rows[0]
    assert header[:3] == ("ชื่อใน URL (slug)", "ชื่อเรื่อง (ภาษาไทย)", "ชื่อเรื่อง (ภาษาอังกฤษ)")
    assert rows[1][header.index("วันที่เริ่ม")] == "1/11/2556"
    assert rows[1][header.index("จังหวัดเจ้าภาพ")] == "เชียงใหม่"
    data["format"] = CSV
    csv = staff_admin.post(url, data).content
    assert csv.startswith("\ufeff".encode()) and "draft-one" in csv.decode("utf-8-sig")
    # The exported sheet, Thai headers and all, imports again and changes nothing.
    WorkshopFactory(slug="draft-two", publication=Workshop.Publication.DRAFT)
    preview = upload(staff_admin, "workshops/workshop", csv, "export.csv", CSV)
    assert confirm(staff_admin, preview).status_code == 302
    assert Workshop.objects.filter(slug="draft-one").count() == 1


OUTCOMES_CSV = """workshop,province,category,title,description
{slug},เชียงใหม่,1,Food Valley ความปลอดภัยด้านอาหาร,
{slug},ลำพูน,2,เพิ่มประสิทธิภาพการผลิตลำไย,คุณภาพลำไย
{slug},52,การพัฒนาแหล่งเรียนรู้และการจัดการความรู้ด้านวิทยาศาสตร์ เทคโนโลยีและนวัตกรรม,นวัตกรรมเซรามิก,
"""


def test_a_workshops_outcomes_are_imported_through_the_workflow_once(staff_admin, staff):
    workshop = WorkshopFactory(slug="north-2556")
    content = OUTCOMES_CSV.format(slug=workshop.slug).encode()
    preview = upload(staff_admin, "requests_app/request", content, "outcomes.csv", CSV)
    assert confirm(staff_admin, preview).status_code == 302
    outcomes = Request.objects.filter(workshop=workshop).order_by("reference")
    assert outcomes.count() == 3
    assert all(r.reference.startswith("2557-") and r.status == Request.Status.UNDER_REVIEW for r in outcomes)
    assert all(r.source == Request.Source.WORKSHOP and r.filed_by == staff for r in outcomes)
    assert RequestEvent.objects.filter(request__in=outcomes).count() == 6  # submitted, under review

    again = upload(staff_admin, "requests_app/request", content, "outcomes.csv", CSV)
    assert confirm(staff_admin, again).status_code == 302
    assert Request.objects.filter(workshop=workshop).count() == 3
    assert RequestEvent.objects.filter(request__in=outcomes).count() == 6


def test_an_outcome_without_its_workshop_is_refused_on_its_row(staff_admin):
    RequestFactory()
    content = "province,category,title\nเชียงใหม่,1,โจทย์ที่ไม่มีการประชุม\n".encode()
    text = visible_text(upload(staff_admin, "requests_app/request", content, "r.csv", CSV).content.decode())
    assert "โจทย์ความต้องการใหม่ต้องระบุการประชุม" in text
    assert Request.objects.count() == 1


def test_the_pcso_roster_and_the_clinics_import_with_be_dates(staff_admin):
    roster = "province,name,position,term_start,term_end,email\nเชียงใหม่,นายประเสริฐ วงศ์คำ,รองผู้ว่าราชการจังหวัด,1/10/2556,,p@moi.go.th\nเลย,นายสมศักดิ์ ภูผาทอง,,๑/๑๐/๒๕๕๖,30/9/2557,\n"
    for _ in range(2):
        preview = upload(staff_admin, "provinces/pcso", roster.encode(), "pcso.csv", CSV)
        assert confirm(staff_admin, preview).status_code == 302
    assert PCSO.objects.count() == 2
    loei = PCSO.objects.get(province__code="42")
    assert (loei.term_start, loei.term_end) == (dt.date(2013, 10, 1), dt.date(2014, 9, 30))

    clinic = "province,institution_th,website\nTH-50,มหาวิทยาลัยเชียงใหม่,https://www.cmu.ac.th\n"
    preview = upload(staff_admin, "provinces/technologyclinic", clinic.encode(), "clinics.csv", CSV)
    assert confirm(staff_admin, preview).status_code == 302
    assert TechnologyClinic.objects.get(province__code="50").institution_th == "มหาวิทยาลัยเชียงใหม่"
