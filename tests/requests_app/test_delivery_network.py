"""Issue 17 item 4 and issue 14 item 5: delivery through the network — a clinic, a centre, a
university or a partner holds an assignment, a named officer answers with period, progress, cost,
milestones, results and evidence, and the results are summed on /stats/ and in the API."""

import datetime as dt

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from accounts.services import user_set_role
from agencies.models import Agency, Deliverer
from provinces.models import Province, RegionalCentre, TechnologyClinic
from requests_app import services
from requests_app.models import Assignment, Attachment, Request, RequestEvent
from tests.factories import AssignmentFactory, RequestFactory, UserFactory

pytestmark = pytest.mark.django_db
S = Request.Status
A = Assignment.Status
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture
def clinic(db) -> Deliverer:
    clinic = TechnologyClinic.objects.create(
        province=Province.objects.get(code="50"),
        institution_th="มหาวิทยาลัยแม่โจ้",
        institution_en="Maejo University",
    )
    return clinic.deliverer


@pytest.fixture
def clinic_officer(clinic):
    user = UserFactory(username="clinic_maejo", first_name="สมหญิง", last_name="รักดี")
    return user_set_role(user=user, role="focal_point", deliverer=clinic)


def test_every_agency_centre_and_clinic_is_a_deliverer(clinic):
    assert Deliverer.objects.filter(kind="agency").count() == Agency.objects.count() == 16
    assert Deliverer.objects.filter(kind="centre").count() == RegionalCentre.objects.count()
    assert clinic.kind == "clinic" and clinic.name_th == "มหาวิทยาลัยแม่โจ้"
    clinic.clinic.institution_th = "มหาวิทยาลัยแม่โจ้ (เชียงใหม่)"
    clinic.clinic.save()
    clinic.refresh_from_db()
    assert clinic.name_th == "มหาวิทยาลัยแม่โจ้ (เชียงใหม่)"  # kept in step with its record


def test_a_clinic_holds_an_assignment_with_a_named_officer_who_is_told(
    coordinator, clinic, clinic_officer, django_capture_on_commit_callbacks
):
    request = RequestFactory(status=S.UNDER_REVIEW)
    mail.outbox.clear()
    with pytest.raises(ValidationError):
        services.assignment_create(request=request, actor=coordinator, deliverer=clinic, officer=coordinator)
    with pytest.raises(ValidationError):  # an agency mechanism cannot go with a clinic
        services.assignment_create(
            request=request,
            actor=coordinator,
            deliverer=clinic,
            mechanism=Agency.objects.get(code="DSS").mechanisms.first(),
        )
    with django_capture_on_commit_callbacks(execute=True):
        assignment = services.assignment_create(
            request=request,
            actor=coordinator,
            deliverer=clinic,
            officer=clinic_officer,
            due_date=dt.date(2027, 3, 1),
        )
    assert assignment.agency is None and assignment.deliverer == clinic
    request.refresh_from_db()
    assert request.status == S.MATCHED
    assert [m.to for m in mail.outbox] == [[clinic_officer.email]]
    # The clinic's officer sees the request and answers it; DSS's focal point does not.
    assert Request.objects.visible_to(clinic_officer).filter(pk=request.pk).exists()
    assert services.can_update_assignment(clinic_officer, assignment)


def test_a_clinic_result_is_summed_on_stats_and_in_the_api(
    client, client_for, coordinator, clinic, clinic_officer
):
    request = RequestFactory(status=S.UNDER_REVIEW, fiscal_year=2568)
    other = RequestFactory(status=S.UNDER_REVIEW, fiscal_year=2568)
    first = services.assignment_create(
        request=request, actor=coordinator, deliverer=clinic, due_date=dt.date(2027, 3, 1)
    )
    second = services.assignment_create(
        request=other, actor=coordinator, deliverer=clinic, due_date=dt.date(2027, 3, 1)
    )
    services.assignment_report(
        assignment=first,
        actor=clinic_officer,
        status=A.ACCEPTED,
        values={"result_people_trained": 25, "result_income": 120000},
    )
    services.assignment_report(assignment=second, actor=clinic_officer, values={"result_people_trained": 15})
    page = client.get("/stats/").content.decode()
    table = page[
        page.index('id="table-results_deliverer"')
        if 'id="table-results_deliverer"' in page
        else page.index("results_deliverer") :
    ]
    assert "มหาวิทยาลัยแม่โจ้" in table and ">40<" in table.replace(" ", "")
    data = client.get("/api/v1/stats/?fiscal_year=2568").json()
    assert data["headline"]["result_people_trained"] == 40
    assert data["headline"]["result_income"] == 120000
    rows = {t["slug"]: t for t in data["tables"]}["results_deliverer"]["rows"]
    assert [(row["label"].split(" (")[0], row["values"][0]) for row in rows] == [("มหาวิทยาลัยแม่โจ้", 40)]
    by_year = {t["slug"]: t for t in data["tables"]}["results_year"]["rows"]
    assert [(row["key"], row["values"][0]) for row in by_year] == [("2568", 40)]
    cluster = {t["slug"]: t for t in data["tables"]}["results_cluster"]["rows"]
    assert cluster[0]["values"][0] == 40 and cluster[0]["key"] == "north-upper-1"
    province = {t["slug"]: t for t in data["tables"]}["results_province"]["rows"]
    assert [(row["key"], row["values"][0]) for row in province] == [("50", 40)]


def test_declined_and_not_ours_results_are_not_counted(client, focal_point):
    request = RequestFactory(status=S.UNDER_REVIEW)
    AssignmentFactory(request=request, status=A.NOT_OURS, result_people_trained=99)
    data = client.get("/api/v1/stats/").json()
    assert data["headline"]["result_people_trained"] is None


def test_the_focal_point_reports_with_evidence_and_results_and_the_timeline_shows_it(
    client_for, pcso, focal_point, other_pcso, client
):
    request = RequestFactory(status=S.MATCHED)
    assignment = AssignmentFactory(request=request, status=A.ACCEPTED)
    reporter = client_for(focal_point)
    page = reporter.get(f"/assignments/{assignment.pk}/report/").content.decode()
    assert "ปรับปรุง" not in page  # the button names the action
    assert "ส่งรายงานถึงจังหวัดและกระทรวง" in page
    response = reporter.post(
        f"/assignments/{assignment.pk}/report/",
        {
            "version": request.version,
            "status": A.IN_PROGRESS,
            "message": "อบรมการทำสบู่ครั้งแรกแล้ว",
            "progress": "40",
            "cost": "35000",
            "actual_start": "10/1/2570",
            "result_people_trained": "30",
            "milestone_title": "อบรมครั้งที่สอง",
            "milestone_date": "15/2/2570",
            "evidence": [
                SimpleUploadedFile("อบรม.png", PNG, "image/png"),
                SimpleUploadedFile("รายงาน.pdf", b"%PDF-1.4 test", "application/pdf"),
            ],
        },
    )
    assert response.status_code == 302
    assignment.refresh_from_db()
    assert (assignment.status, assignment.progress, assignment.result_people_trained) == (
        A.IN_PROGRESS,
        40,
        30,
    )
    assert assignment.actual_start == dt.date(2027, 1, 10)
    assert assignment.milestones.get().title == "อบรมครั้งที่สอง"
    event = RequestEvent.objects.get(assignment=assignment, to_status=A.IN_PROGRESS)
    assert event.changes["progress"] == [None, 40] and event.changes["cost"] == [None, "35000"]
    assert sorted(event.files.values_list("original_name", flat=True)) == ["รายงาน.pdf", "อบรม.png"]
    # The province sees the report and its evidence; the public sees the report, not the files.
    seen = client_for(pcso).get(request.get_absolute_url()).content.decode()
    assert "อบรมการทำสบู่ครั้งแรกแล้ว" in seen and "อบรม.png" in seen and "35,000" in seen
    public = client_for(None).get(request.get_absolute_url()).content.decode()
    assert "อบรมการทำสบู่ครั้งแรกแล้ว" in public and "อบรม.png" not in public
    evidence = event.files.get(original_name="อบรม.png")
    url = f"{request.get_absolute_url()}attachments/{evidence.pk}/"
    assert client_for(pcso).get(url).status_code == 200
    assert client_for(other_pcso).get(url).status_code == 404
    assert client_for(None).get(url).status_code == 302  # to the login page


def test_evidence_follows_the_attachment_checks(client_for, focal_point):
    request = RequestFactory(status=S.MATCHED)
    assignment = AssignmentFactory(request=request, status=A.ACCEPTED)
    response = client_for(focal_point).post(
        f"/assignments/{assignment.pk}/report/",
        {
            "version": request.version,
            "message": "ไฟล์",
            "evidence": [SimpleUploadedFile("virus.exe", b"MZ", "application/octet-stream")],
        },
    )
    assert response.status_code == 200 and "virus.exe" in response.content.decode()
    assert not Attachment.objects.filter(assignment=assignment).exists()
    assert not RequestEvent.objects.filter(assignment=assignment, message="ไฟล์").exists()


def test_another_deliverer_cannot_report(client_for, clinic_officer):
    request = RequestFactory(status=S.MATCHED)  # public: the clinic's officer may read it, not answer
    assignment = AssignmentFactory(request=request, status=A.ACCEPTED)
    client = client_for(clinic_officer)
    assert client.get(f"/assignments/{assignment.pk}/report/").status_code == 403
    assert (
        client.post(
            f"/assignments/{assignment.pk}/report/", {"version": request.version, "message": "x"}
        ).status_code
        == 403
    )
    hidden = AssignmentFactory(request=RequestFactory(status=S.SUBMITTED), status=A.PROPOSED)
    assert client.get(f"/assignments/{hidden.pk}/report/").status_code == 404


def test_declining_needs_a_reason_on_the_report_page(client_for, focal_point):
    request = RequestFactory(status=S.MATCHED)
    assignment = AssignmentFactory(request=request, status=A.PROPOSED)
    response = client_for(focal_point).post(
        f"/assignments/{assignment.pk}/report/", {"version": request.version, "status": A.NOT_OURS}
    )
    assert response.status_code == 200
    assignment.refresh_from_db()
    assert assignment.status == A.PROPOSED


def test_the_report_page_costs_the_same_whatever_the_history(
    client_for, focal_point, django_assert_num_queries
):
    request = RequestFactory(status=S.MATCHED)
    assignment = AssignmentFactory(request=request, status=A.ACCEPTED)
    client = client_for(focal_point)
    client.get(f"/assignments/{assignment.pk}/report/")

    def count() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        client.get(f"/assignments/{assignment.pk}/report/")  # warm: a change empties the cached frame
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/assignments/{assignment.pk}/report/").status_code == 200
        return len(queries)

    before = count()
    for n in range(3):
        services.assignment_report(
            assignment=assignment,
            actor=focal_point,
            message=f"รายงาน {n}",
            new_milestones=[(f"ขั้น {n}", dt.date(2027, 1, n + 1))],
        )
    assert count() == before  # three more milestones (three more fields), no query more


@pytest.mark.parametrize("who", ["pcso", "focal_point", "coordinator", "anonymous"])
def test_the_request_page_costs_the_same_with_more_deliverers_reports_and_evidence(request, client_for, who):
    user = None if who == "anonymous" else request.getfixturevalue(who)
    obj = RequestFactory(status=S.IN_DELIVERY)
    dss = AssignmentFactory(request=obj, status=A.IN_PROGRESS)
    client = client_for(user)

    def count() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        client.get(obj.get_absolute_url())  # warm: a change empties the cached frame
        with CaptureQueriesContext(connection) as queries:
            assert client.get(obj.get_absolute_url()).status_code == 200
        return len(queries)

    staff_user = UserFactory(username="staff_reporter")
    user_set_role(user=staff_user, role="staff")
    services.assignment_report(
        assignment=dss, actor=staff_user, message="ครั้งแรก", files=[SimpleUploadedFile("a.png", PNG)]
    )
    client.get(obj.get_absolute_url())
    before = count()
    for code in ("TISTR", "TINT", "NSTDA"):
        extra = AssignmentFactory(request=obj, agency=Agency.objects.get(code=code), status=A.IN_PROGRESS)
        services.assignment_report(
            assignment=extra,
            actor=staff_user,
            message=code,
            values={"progress": 50, "result_beneficiaries": 10},
            new_milestones=[("ขั้นแรก", dt.date(2027, 1, 1))],
            files=[SimpleUploadedFile(f"{code}.png", PNG), SimpleUploadedFile(f"{code}.pdf", b"%PDF-1.4")],
        )
    assert count() == before
