"""Agencies named briefly: the Thai abbreviation (วศ., วว., สทน.) on Thai pages, messages,
e-mails and exports; the English acronym (DSS) on English ones. Reference data from the repo."""

import csv
import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.utils import translation

from agencies.models import Agency, Deliverer
from requests_app import services
from tests.factories import AssignmentFactory, RequestFactory

pytestmark = pytest.mark.django_db

CSV = Path(settings.BASE_DIR) / "agencies" / "data" / "agencies.csv"


def test_every_agency_has_the_thai_abbreviation_of_the_reference_file():
    rows = list(csv.DictReader(CSV.open(encoding="utf-8")))
    assert len(rows) == Agency.objects.count() == 16
    for row in rows:
        agency = Agency.objects.get(code=row["code"])
        assert agency.abbr_th == row["abbr_th"], row["code"]
        assert agency.deliverer.short_name_th == row["abbr_th"]


def test_short_name_follows_the_language():
    dss = Agency.objects.get(code="DSS")
    with translation.override("th"):
        assert dss.short_name == "วศ."
        assert dss.deliverer.short_name == "วศ."
    with translation.override("en"):
        assert dss.short_name == "DSS"
        assert dss.deliverer.short_name == "DSS"


def test_tistr_and_nsm_are_state_enterprises():
    kinds = dict(Agency.objects.values_list("code", "kind"))
    assert kinds["TISTR"] == kinds["NSM"] == Agency.Kind.STATE_ENTERPRISE
    with translation.override("th"):
        assert Agency.objects.get(code="TISTR").get_kind_display() == "รัฐวิสาหกิจ"


def test_a_new_agency_deliverer_takes_the_thai_abbreviation():
    agency = Agency.objects.create(
        code="XTA", slug="xta", abbr_th="สทส.", name_th="สำนักทดสอบ", name_en="Test Office", kind="other"
    )
    assert Deliverer.objects.get(agency=agency).short_name_th == "สทส."


def test_request_list_shows_thai_abbreviations_in_thai_and_acronyms_in_english(client):
    request = RequestFactory(title="เครื่องกรองน้ำ")
    AssignmentFactory(request=request)
    AssignmentFactory(request=request, agency=Agency.objects.get(code="TISTR"))
    thai = client.get("/requests/").content.decode()
    assert '<span class="badge">วศ.</span>' in thai and '<span class="badge">วว.</span>' in thai
    assert '<span class="badge">DSS</span>' not in thai
    english = client.get("/en/requests/").content.decode()
    assert '<span class="badge">DSS</span>' in english and '<span class="badge">TISTR</span>' in english


def test_desk_shows_thai_abbreviations(client, coordinator):
    AssignmentFactory(request=RequestFactory(title="เครื่องกรองน้ำ"))
    client.force_login(coordinator)
    html = client.get("/desk/?status=").content.decode()
    assert '<span class="badge">วศ.</span>' in html
    assert '<span class="badge">DSS</span>' not in html


def test_thai_csv_export_names_agencies_by_thai_abbreviation(client):
    AssignmentFactory(request=RequestFactory(title="เครื่องกรองน้ำ"))
    rows = list(csv.reader(io.StringIO(client.get("/requests/export/csv/").getvalue().decode("utf-8-sig"))))
    assert rows[1][8] == "วศ."
    rows = list(
        csv.reader(io.StringIO(client.get("/en/requests/export/csv/").getvalue().decode("utf-8-sig")))
    )
    assert rows[1][8] == "DSS"


def test_assignment_message_and_email_use_the_thai_abbreviation(
    coordinator, focal_point, django_capture_on_commit_callbacks
):
    request = RequestFactory(title="เครื่องกรองน้ำ")
    dss = Agency.objects.get(code="DSS")
    with translation.override("th"), django_capture_on_commit_callbacks(execute=True):
        services.assignment_create(
            request=request, actor=coordinator, agency=dss, mechanism=dss.mechanisms.first()
        )
    subjects = [message.subject for message in mail.outbox]
    assert any("วศ." in subject for subject in subjects), subjects
    assert not any("DSS" in subject for subject in subjects)
    with translation.override("th"), pytest.raises(Exception) as refused:
        services.assignment_create(
            request=request, actor=coordinator, agency=dss, mechanism=dss.mechanisms.first()
        )
    assert "วศ." in str(refused.value) and "DSS" not in str(refused.value)
