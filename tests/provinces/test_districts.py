"""Districts (issue 17, item 3): all 928 with DOPA codes as reference data from GeoThai; a
request's district and proposer, filterable, on its page, in the figures and the API."""

import csv
import importlib
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from provinces.models import District, Province
from requests_app.models import Request
from tests.factories import RequestFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def test_every_district_of_every_province_with_its_code():
    assert District.objects.count() == 928
    assert District.objects.values("province").distinct().count() == Province.objects.count() == 77
    # A district's code starts with its province's code (DOPA numbering).
    assert all(
        code.startswith(province) for code, province in District.objects.values_list("code", "province__code")
    )
    assert District.objects.filter(province__code="10").count() == 50  # Bangkok's 50 เขต


def test_the_migration_ships_exactly_the_csv_in_the_repository():
    with open(ROOT / "provinces/data/districts.csv", encoding="utf-8") as handle:
        rows = [tuple(row) for row in csv.reader(handle)][1:]
    migration = importlib.import_module("provinces.migrations.0006_districts")
    assert list(migration.rows()) == rows


def test_phu_luang_is_in_amphoe_phu_luang_changwat_loei(client):
    call_command("load_demo", verbosity=0)
    request = Request.objects.get(reference="2552-0001")
    assert request.district.code == "4211"
    assert request.district.full_name_th == "อำเภอภูหลวง จังหวัดเลย"
    html = client.get("/requests/2552-0001/").content.decode()
    assert "อำเภอภูหลวง จังหวัดเลย" in html.split("data-district>")[1].split("</dd>")[0]
    assert "Phu Luang district, Loei" in client.get("/en/requests/2552-0001/").content.decode()
    data = client.get("/api/v1/requests/2552-0001/").json()
    assert (data["district"], data["district_th"], data["district_en"]) == ("4211", "ภูหลวง", "Phu Luang")


def test_a_district_of_another_province_is_refused():
    request = RequestFactory(province=Province.objects.get(code="50"))
    request.district = District.objects.get(code="4211")
    with pytest.raises(ValidationError) as error:
        request.full_clean()
    assert "district" in error.value.message_dict


def test_requests_filter_by_district_and_sector_and_count_in_the_figures(client):
    loei = Province.objects.get(code="42")
    mine = RequestFactory(
        province=loei,
        district=District.objects.get(code="4211"),
        proposer_sector=Request.ProposerSector.CIVIL,
        proposer_body="วิสาหกิจชุมชนหลามหมูยอ",
        title="หลามหมูยอ",
    )
    RequestFactory(province=loei, district=District.objects.get(code="4201"), title="เมืองเลย")
    html = client.get("/requests/?district=4211").content.decode()
    assert "หลามหมูยอ" in html and "เมืองเลย" not in html
    html = client.get("/requests/?proposer_sector=civil").content.decode()
    assert "หลามหมูยอ" in html and "เมืองเลย" not in html
    assert [r["reference"] for r in client.get("/api/v1/requests/?district=4211").json()["results"]] == [
        mine.reference
    ]
    page = client.get(mine.get_absolute_url()).content.decode()
    assert "วิสาหกิจชุมชนหลามหมูยอ" in page
    figures = client.get("/api/v1/stats/").json()
    tables = {t["slug"]: t for t in figures["tables"]}
    assert {r["key"]: r["values"][0] for r in tables["proposer_sector"]["rows"]}["civil"] == 1
    assert {r["key"]: r["values"][0] for r in tables["district"]["rows"]} == {"4211": 1, "4201": 1}
