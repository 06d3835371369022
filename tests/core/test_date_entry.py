"""Dates typed by people: a two-digit year is refused with its four-digit readings, implausible
years are refused per field, and English pages and exports stay in the Common Era."""

import csv
import datetime as dt
import io

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from core import dates
from core.forms import ThaiDateField
from requests_app.forms import AssignmentForm
from tests.factories import RequestFactory, WorkshopFactory
from workshops.models import Workshop


def _error(field, text: str, language: str = "th") -> str:
    with translation.override(language):
        with pytest.raises(ValidationError) as refused:
            field.clean(text)
        return " ".join(refused.value.messages)  # lazy messages: read in the same language


def test_two_digit_year_is_refused_with_the_four_digit_choices_in_thai():
    message = _error(ThaiDateField(), "1/11/57")
    assert message == "กรุณาระบุปีเป็นเลขสี่หลัก ท่านหมายถึง 1/11/2557 (พ.ศ.) หรือ 1/11/2057 (ค.ศ.)"
    assert "1/11/2557" in _error(ThaiDateField(), "๑/๑๑/๕๗")  # Thai digits too


def test_two_digit_year_is_never_stored_as_year_57():
    assert dates.parse_date("1/11/57") is None
    assert dates.parse_date("1/11/600") is None
    assert dates.parse_date("1/11/2557") == dt.date(2014, 11, 1)


@pytest.mark.parametrize("text", ["1/1/1900", "1/1/2443", "1/1/2300", "1/1/2843"])
def test_implausible_years_are_refused(text):
    message = _error(ThaiDateField(), text)
    assert message.startswith("วันที่นี้อาจพิมพ์ผิด กรุณาระบุวันที่ระหว่าง 1/1/2493 ถึง")


def test_due_date_range_is_the_programmes_years_to_five_years_ahead():
    field = AssignmentForm.base_fields["due_date"]
    today = dt.date.today()
    assert "1/1/2547" in _error(field, "1/1/2546")
    assert _error(field, f"1/1/{today.year + 6 + 543}")
    with translation.override("en"):
        assert field.clean(f"1/1/{today.year + 1}") == dt.date(today.year + 1, 1, 1)
    assert "1/1/2004" in _error(field, "1/1/2003", "en")


@pytest.mark.django_db
def test_workshop_admin_refuses_a_two_digit_year_and_saves_nothing(client, superuser):
    from tests.workshops.test_admin import ADD_URL, workshop_form

    client.force_login(superuser)
    response = client.post(ADD_URL, workshop_form(start_date="1/11/56", end_date="1/11/56"))
    assert response.status_code == 200
    assert "ท่านหมายถึง 1/11/2556 (พ.ศ.) หรือ 1/11/2056 (ค.ศ.)" in response.content.decode()
    assert not Workshop.objects.exists()


def test_fiscal_year_labels():
    assert dates.fiscal_year_label(2557, "th") == "2557"
    assert dates.fiscal_year_label(2557, "en") == "FY 2014"


@pytest.mark.django_db
def test_english_pages_name_fiscal_years_in_the_common_era(client):
    request = RequestFactory(
        title="น้ำดื่ม", fiscal_year=2557, submitted_at=dt.datetime(2013, 11, 1, 3, tzinfo=dt.UTC)
    )
    english = client.get(f"/en/requests/{request.reference}/").content.decode()
    assert "1 November 2013 (FY 2014)" in english
    assert "2557" not in english.replace(request.reference, "")
    thai = client.get(f"/requests/{request.reference}/").content.decode()
    assert "1 พฤศจิกายน 2556 (ปีงบประมาณ 2557)" in thai


@pytest.mark.django_db
def test_year_filter_on_english_pages_offers_common_era_years(client):
    RequestFactory(fiscal_year=2557)
    html = client.get("/en/requests/").content.decode()
    assert '<option value="2557">FY 2014</option>' in html
    assert '<option value="2557">2557</option>' in client.get("/requests/").content.decode()


@pytest.mark.django_db
def test_workshop_pages_name_fiscal_years_in_the_page_era(client):
    workshop = WorkshopFactory(start_date=dt.date(2013, 11, 1), end_date=dt.date(2013, 11, 1))
    assert "FY 2014" in client.get(f"/en/workshops/{workshop.slug}/").content.decode()
    assert "ปีงบประมาณ 2557" in client.get(f"/workshops/{workshop.slug}/").content.decode()


@pytest.mark.django_db
def test_english_csv_is_in_the_common_era(client):
    RequestFactory(fiscal_year=2557, submitted_at=dt.datetime(2013, 11, 1, 3, tzinfo=dt.UTC))
    english = client.get("/en/requests/export/csv/").getvalue().decode("utf-8-sig")
    row = list(csv.reader(io.StringIO(english)))[1]
    assert row[1:3] == ["FY 2014", "1 November 2013"]
    thai = client.get("/requests/export/csv/").getvalue().decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(thai)))[1][1:3] == ["2557", "1 พฤศจิกายน 2556"]
