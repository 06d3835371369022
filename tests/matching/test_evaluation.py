"""`evaluate_matching` measures what the desk shows, and refuses rows naming unknown codes."""

import csv
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from matching.evaluation import EvaluationError, matching_evaluate

HARD_FILE = Path(__file__).resolve().parents[1] / "data" / "matching_hard.csv"
HEADER = "title,description,category,province,expected_agencies,expected_mechanisms\n"


def _hard_rows():
    with HARD_FILE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_hard_set_has_every_kind_of_hard_case():
    rows = _hard_rows()
    assert len(rows) >= 36
    multi = [row for row in rows if ";" in row["expected_agencies"]]
    assert len(multi) >= 15
    assert any(row["expected_agencies"].count(";") == 2 for row in rows)  # three-agency needs
    assert all(row["expected_mechanisms"] for row in rows)
    texts = " ".join(row["title"] + row["description"] for row in rows)
    for hard in ("ขอความอนุเคราะห์", "เพื่อเป็นการยกระดับ", "ภูหลวง", "ปลอดภัย", "ชื้น", "คัดกรอง", "1)"):
        assert hard in texts


@pytest.mark.django_db
def test_the_desk_meets_the_goals_on_the_hard_set():
    result = matching_evaluate(rows=_hard_rows(), first_row=2)
    assert result.top3 >= 0.95
    assert result.recall3 >= 0.90
    assert result.multi_all_shown >= result.multi_count - 2
    assert result.mechanism_top3 >= 0.90


def _write(tmp_path, line: str) -> Path:
    path = tmp_path / "set.csv"
    path.write_text(HEADER + line + "\n", encoding="utf-8")
    return path


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("สอบเทียบตาชั่ง,,เกษตร,50,NIMT,", "row 2 (“สอบเทียบตาชั่ง”): unknown category code “เกษตร”"),
        (
            "สอบเทียบตาชั่ง,,agri-industry-testing,50,NIMT;XYZ,",
            "row 2 (“สอบเทียบตาชั่ง”): unknown agency code “XYZ”",
        ),
        (
            "สอบเทียบตาชั่ง,,agri-industry-testing,50,NIMT,NIMT:weighing everything",
            "row 2 (“สอบเทียบตาชั่ง”): unknown mechanism “NIMT:weighing everything”",
        ),
    ],
)
def test_an_unknown_code_is_an_error_naming_the_row(tmp_path, line, message):
    with pytest.raises(CommandError) as error:
        call_command("evaluate_matching", str(_write(tmp_path, line)))
    assert message in str(error.value)


@pytest.mark.django_db
def test_figures_count_what_the_desk_shows(tmp_path, capsys):
    rows = [
        {
            "title": "สอบเทียบตาชั่งของแม่ค้าในตลาดสด และภาพถ่ายดาวเทียมพื้นที่ปลูกข้าว",
            "description": "",
            "category": "agri-industry-testing",
            "expected_agencies": "NIMT;GISTDA",
            "expected_mechanisms": "NIMT:calibration services;GISTDA:บริการภูมิสารสนเทศและระบบสารสนเทศภูมิศาสตร์ (GIS)",
        },
        {
            "title": "สอบเทียบตาชั่งของแม่ค้าในตลาดสด",
            "description": "",
            "category": "agri-industry-testing",
            "expected_agencies": "NARIT",
            "expected_mechanisms": "NARIT:astronomy research",
        },
    ]
    result = matching_evaluate(rows=rows)
    assert result.count == 2
    assert result.top3 == 0.5  # the calibration request does not show NARIT at all
    assert result.recall3 == 0.5
    assert (result.multi_count, result.multi_all_shown) == (1, 1)
    assert result.mechanism_count == 2
    assert result.mechanism_top3 == 0.5  # calibration services is shown; astronomy research is not
    assert result.misses == [2]
    with pytest.raises(EvaluationError, match="row 1"):
        matching_evaluate(rows=[{**rows[0], "expected_agencies": ""}])
