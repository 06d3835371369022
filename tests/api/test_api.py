"""The open-data API: answers match its own OpenAPI schema; nothing private ever appears."""

import csv
import io
import json

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from jsonschema import Draft202012Validator

from agencies.models import Agency
from provinces.models import Province
from requests_app.models import Assignment, Category, Request, RequestEvent
from tests.factories import AssignmentFactory, RequestFactory, UserFactory, WorkshopFactory

pytestmark = pytest.mark.django_db

LISTS = ["provinces", "clusters", "centres", "agencies", "workshops", "requests"]
SECRET_EMAIL = "filer.secret@example.go.th"
SECRET_NOTE = "INTERNAL-NOTE-ห้ามเผยแพร่"


@pytest.fixture
def schema(client) -> dict:
    response = client.get("/api/v1/schema/", {"format": "json"})
    assert response.status_code == 200
    return json.loads(response.content)


def validate(schema: dict, path: str, body, status: str = "200") -> None:
    """Validate ``body`` against the response schema the API declares for ``path``."""
    operation = schema["paths"][path]["get"]
    response_schema = operation["responses"][status]["content"]["application/json"]["schema"]
    validator = Draft202012Validator({**response_schema, "components": schema["components"]})
    errors = sorted(validator.iter_errors(body), key=str)
    assert not errors, "\n".join(str(e.message) for e in errors[:5])


@pytest.fixture
def records(db):
    filer = UserFactory(username="filer", email=SECRET_EMAIL)
    public = RequestFactory(title="โจทย์สาธารณะลำไย", filed_by=filer, status=Request.Status.DELIVERED)
    AssignmentFactory(
        request=public, response="ถ่ายทอดเทคโนโลยี", note=SECRET_NOTE, status=Assignment.Status.DONE
    )
    RequestEvent.objects.create(
        request=public, kind="status", from_status="in_delivery", to_status="delivered", message="ส่งมอบแล้ว"
    )
    RequestEvent.objects.create(
        request=public,
        kind="note",
        visibility=RequestEvent.Visibility.INTERNAL,
        message=SECRET_NOTE,
        actor=filer,
    )
    RequestEvent.objects.create(
        request=public, kind="comment", visibility=RequestEvent.Visibility.PARTICIPANTS, message=SECRET_NOTE
    )
    hidden = [
        RequestFactory(title="โจทย์ที่ส่งแล้วยังไม่ตรวจ", status=Request.Status.SUBMITTED, filed_by=filer),
        RequestFactory(title="โจทย์ที่ถอนแล้ว", status=Request.Status.WITHDRAWN, filed_by=filer),
        RequestFactory(
            title="โจทย์ฉบับร่าง", status=Request.Status.DRAFT, reference=None, sequence=None, filed_by=filer
        ),
    ]
    WorkshopFactory(slug="cm-2556", participant_count=130, title_en="Chiang Mai workshop")
    return public, hidden


@pytest.mark.parametrize("name", LISTS)
def test_every_list_and_detail_matches_the_schema(client, schema, records, name):
    response = client.get(f"/api/v1/{name}/")
    assert response.status_code == 200
    body = response.json()
    validate(schema, f"/api/v1/{name}/", body)
    assert body["count"] == len(body["results"]) or body["next"]
    assert body["results"], f"{name} is empty: the schema check would be vacuous"
    detail_path = next(p for p in schema["paths"] if p.startswith(f"/api/v1/{name}/{{"))
    key = detail_path.split("{")[1].rstrip("}/")
    detail = client.get(f"/api/v1/{name}/{body['results'][0][key]}/")
    assert detail.status_code == 200
    validate(schema, detail_path, detail.json())


def test_figures_match_the_schema_and_the_stats_page(client, schema, records):
    body = client.get("/api/v1/stats/", {"fiscal_year": 2557}).json()
    validate(schema, "/api/v1/stats/", body)
    assert body["headline"]["requests"] == Request.objects.public().filter(fiscal_year=2557).count()
    assert body["province_counts"]["50"] == 1
    assert client.get("/api/v1/stats/", {"fiscal_year": "abc"}).status_code == 400


def test_anonymous_client_never_sees_private_records_or_fields(client, records):
    public, hidden = records
    body = client.get("/api/v1/requests/", {"page_size": 500}).content.decode()
    data = json.loads(body)
    assert [r["reference"] for r in data["results"]] == [public.reference]
    for request in hidden:
        assert request.title not in body
        if request.reference:
            assert client.get(f"/api/v1/requests/{request.reference}/").status_code == 404
    assert SECRET_EMAIL not in body and "filer" not in body and SECRET_NOTE not in body
    record = data["results"][0]
    assert set(record) == {
        "reference", "fiscal_year", "title", "description", "beneficiaries", "desired_outcome", "province",
        "category", "source", "workshop", "status", "submitted_at", "assignments", "timeline", "url",
        "district", "district_th", "district_en", "proposer_sector", "proposer_body", "inferred",
    }  # fmt: skip
    assert set(record["assignments"][0]) == {
        "agency",
        "deliverer_kind",
        "deliverer_th",
        "deliverer_en",
        "mechanism_th",
        "mechanism_en",
        "response",
        "status",
        "due_date",
        "planned_start",
        "planned_end",
        "actual_start",
        "actual_end",
        "progress",
        "result_people_trained",
        "result_products_improved",
        "result_beneficiaries",
        "result_income",
    }  # fmt: skip  (the cost, the note and the officer stay private)
    assert [(e["kind"], e["to_status"]) for e in record["timeline"]] == [("status", "delivered")]


def test_a_logged_in_session_changes_nothing(client, records, staff):
    client.force_login(staff)
    body = client.get("/api/v1/requests/").content.decode()
    assert "โจทย์ฉบับร่าง" not in body and "ยังไม่ตรวจ" not in body and SECRET_NOTE not in body


def test_filters_are_the_pages_filtersets(client, records):
    RequestFactory(province=Province.objects.get(code="41"), category=Category.objects.get(number=2))
    assert client.get("/api/v1/requests/", {"province": "udon-thani"}).json()["count"] == 1
    assert (
        client.get("/api/v1/requests/", {"category": Category.objects.get(number=2).code}).json()["count"]
        == 1
    )
    assert client.get("/api/v1/requests/", {"q": "ลำไย"}).json()["count"] == 1
    assert (
        client.get("/api/v1/requests/", {"status": "submitted"}).json()["count"] == 0
    )  # narrows, never grants
    bad = client.get("/api/v1/requests/", {"province": "atlantis"})
    assert bad.status_code == 400 and "province" in bad.json()
    assert client.get("/api/v1/workshops/", {"fiscal_year": 2557}).json()["count"] == 1
    assert (
        client.get("/api/v1/provinces/", {"region": "north"}).json()["count"]
        == Province.objects.filter(region="north").count()
    )


def test_clusters_carry_dated_memberships(client):
    body = client.get("/api/v1/clusters/", {"page_size": 100}).json()
    assert body["count"] == 18
    assert sum(len(c["memberships"]) for c in body["results"]) >= 76


def test_agencies_carry_their_mechanisms(client):
    dss = client.get("/api/v1/agencies/dss/").json()
    assert dss["code"] == "DSS"
    assert len(dss["mechanisms"]) == Agency.objects.get(code="DSS").mechanisms.filter(is_active=True).count()


def test_csv_downloads_have_a_bom_and_the_same_rows(client, records):
    response = client.get("/api/v1/provinces/", {"format": "csv", "page_size": 100})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert len(rows) == 77 and {"code", "name_th", "latitude"} <= set(rows[0])
    assert "เชียงใหม่" in {row["name_th"] for row in rows}
    requests_csv = client.get("/api/v1/requests/", {"format": "csv"}).content.decode("utf-8")
    assert "assignments.agency" in requests_csv.splitlines()[0] and SECRET_NOTE not in requests_csv


def test_human_readable_docs_page(client):
    html = client.get("/api/v1/").content.decode()
    for name in LISTS:
        assert f"/api/v1/{name}/" in html
    assert "/api/v1/schema/" in html and "cdn" not in html.lower()
    swagger = client.get("/api/v1/schema/swagger/").content.decode()
    assert "cdn.jsdelivr" not in swagger and "/static/drf_spectacular_sidecar/" in swagger


def _bulk(n: int) -> None:
    provinces = list(Province.objects.all())
    category = Category.objects.first()
    agency = Agency.objects.first()
    base = 60000 + Request.objects.count()
    requests = Request.objects.bulk_create(
        [
            Request(
                reference=f"2557-{base + i}",
                fiscal_year=2557,
                sequence=base + i,
                province=provinces[i % 77],
                category=category,
                title=f"bulk {i}",
                status=Request.Status.MATCHED,
            )
            for i in range(n)
        ]
    )
    Assignment.objects.bulk_create(
        [Assignment(request=r, agency=agency, deliverer=agency.deliverer) for r in requests]
    )
    RequestEvent.objects.bulk_create(
        [RequestEvent(request=r, kind="status", to_status="matched") for r in requests]
    )
    for i in range(n // 10 or 1):
        WorkshopFactory(slug=f"bulk-{base}-{i}").target_provinces.set(provinces[:3])


def _queries(client, url: str) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_query_counts_are_constant_from_10_to_1000_rows(client):
    urls = [f"/api/v1/{name}/?page_size=100" for name in LISTS] + ["/api/v1/stats/"]
    _bulk(10)
    small = [_queries(client, url) for url in urls]
    _bulk(990)
    large = [_queries(client, url) for url in urls]
    assert small == large
