from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import call_command

from agencies.models import Agency, Mechanism
from matching.evaluation import matching_evaluate
from matching.services import similar_requests, suggest_mechanisms
from matching.text import normalize
from provinces.models import Province
from requests_app.models import Assignment, Category, Request
from tests.factories import AssignmentFactory, RequestFactory
from tests.matching.history import load_history

EVAL_FILE = Path(__file__).resolve().parents[1] / "data" / "matching_eval.csv"


def _codes(suggestions):
    return [suggestion.agency.code for suggestion in suggestions]


def _mechanism(agency: str, name_en: str) -> Mechanism:
    return Mechanism.objects.get(agency__code=agency, name_en=name_en)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("สอบเทียบตาชั่งของแม่ค้าในตลาดสด", "NIMT"),
        ("ขอภาพถ่ายดาวเทียมพื้นที่ปลูกข้าว", "GISTDA"),
        ("เพาะเลี้ยงเนื้อเยื่อกล้วยไม้", "NSTDA"),
        ("ฉายรังสีผลไม้เพื่อการส่งออก", "TINT"),
        ("เครื่องกรองน้ำดื่มสำหรับโรงเรียน", "DSS"),
        ("ออกแบบบรรจุภัณฑ์และหีบห่อสินค้าโอทอป", "TISTR"),
        ("Calibration of scales at the municipal market", "NIMT"),
    ],
)
def test_cold_start_ranks_the_agency_whose_field_the_words_name(staff, text, agency):
    suggestions = suggest_mechanisms(text=text, user=staff)
    assert suggestions[0].agency.code == agency


@pytest.mark.django_db
def test_reasons_name_words_that_are_really_in_the_request(staff, settings):
    settings.LANGUAGE_CODE = "en"
    text = "ขอรับการสนับสนุนการสอบเทียบเครื่องชั่งในตลาดสดเทศบาล"
    top = suggest_mechanisms(text=text, user=staff, category="agri-industry-testing")[0]
    assert top.mechanism.name_en == "calibration services"
    assert "สอบเทียบ" in top.matched_words
    for word in top.matched_words:
        assert word.replace(" ", "") in normalize(text).replace(" ", "")
    assert top.category.code == "agri-industry-testing"
    assert any("สอบเทียบ" in reason for reason in top.reasons)


@pytest.mark.django_db
def test_text_without_any_known_word_gets_no_suggestion(staff):
    assert suggest_mechanisms(text="สวัสดีครับ", user=staff) == []


@pytest.mark.django_db
def test_at_most_two_mechanisms_of_one_agency_and_limit_respected(staff):
    text = "ตรวจวิเคราะห์คุณภาพน้ำดื่ม มาตรฐานผลิตภัณฑ์ชุมชน ห้องปฏิบัติการทดสอบ ห้องสมุด สบู่"
    assert _codes(suggest_mechanisms(text=text, user=staff, limit=4)).count("DSS") == 2
    broad = "สอบเทียบเครื่องชั่ง ภาพถ่ายดาวเทียม ฉายรังสีผลไม้ หอดูดาว"
    assert len(suggest_mechanisms(text=broad, user=staff, limit=3)) == 3


@pytest.mark.django_db
def test_weak_one_word_matches_are_not_shown(staff):
    suggestions = suggest_mechanisms(text="สอบเทียบเครื่องชั่งในตลาดสด ตาชั่งไม่เที่ยงตรง ต้องการดูแล", user=staff)
    assert _codes(suggestions)[0] == "NIMT"
    assert "OAP" not in _codes(suggestions)  # "ดูแล" alone in "การกำกับดูแล" is no reason


@pytest.mark.django_db
def test_accepted_past_matches_raise_a_mechanism_and_are_named_in_the_reasons(staff):
    text = "แปรรูปกล้วยน้ำว้าเป็นขนมของฝากของกลุ่มแม่บ้าน"
    grant = _mechanism("NIA", "innovation grants and funding for businesses")
    before = [s.mechanism for s in suggest_mechanisms(text=text, user=staff, limit=10)]
    assert before[0] != grant

    past = []
    for province in ("51", "52"):
        request = RequestFactory(
            title="แปรรูปกล้วยน้ำว้าเป็นขนมของฝาก",
            description="กลุ่มแม่บ้านต้องการพัฒนาขนมจากกล้วย",
            province=Province.objects.get(code=province),
        )
        AssignmentFactory(
            request=request, agency=grant.agency, mechanism=grant, status=Assignment.Status.DONE
        )
        past.append(request)

    after = suggest_mechanisms(text=text, user=staff, limit=10)
    assert after[0].mechanism == grant
    references = {match.request.reference for match in after[0].past_matches}
    assert references == {request.reference for request in past}
    assert all(match.accepted for match in after[0].past_matches)
    assert any(past[0].reference in reason for reason in after[0].reasons)


@pytest.mark.django_db
def test_declined_past_matches_lower_a_mechanism(staff):
    text = "ออกแบบบรรจุภัณฑ์น้ำพริกเผา"
    packaging = _mechanism("TISTR", "packaging design and testing (Thai Packaging Centre)")
    before = next(s for s in suggest_mechanisms(text=text, user=staff, limit=10) if s.mechanism == packaging)

    request = RequestFactory(title="ออกแบบบรรจุภัณฑ์น้ำพริกเผา", description="")
    AssignmentFactory(
        request=request, agency=packaging.agency, mechanism=packaging, status=Assignment.Status.DECLINED
    )
    after = next(s for s in suggest_mechanisms(text=text, user=staff, limit=10) if s.mechanism == packaging)
    assert after.score < before.score
    assert [match.accepted for match in after.past_matches] == [False]


@pytest.mark.django_db
def test_suggestions_never_use_or_reveal_a_request_the_user_may_not_see(pcso, staff):
    text = "ฉายรังสีลำไยสดก่อนส่งออกไปต่างประเทศ"
    hidden = RequestFactory(
        title="ฉายรังสีลำไยสดก่อนส่งออกไปต่างประเทศ",
        description="ความลับของอุดรธานี",
        province=Province.objects.get(code="41"),
        status=Request.Status.SUBMITTED,
    )
    nstda = Mechanism.objects.filter(agency__code="NSTDA").first()
    AssignmentFactory(request=hidden, agency=nstda.agency, mechanism=nstda, status=Assignment.Status.ACCEPTED)
    assert not Request.objects.visible_to(pcso).filter(pk=hidden.pk).exists()

    for_pcso = suggest_mechanisms(text=text, user=pcso, limit=10)
    assert nstda not in [s.mechanism for s in for_pcso]
    for suggestion in for_pcso:
        assert suggestion.past_matches == []
        assert not any(hidden.reference in reason or "ความลับ" in reason for reason in suggestion.reasons)
    assert similar_requests(text=text, user=pcso) == []

    for_staff = suggest_mechanisms(text=text, user=staff, limit=10)
    assert hidden in [m.request for s in for_staff for m in s.past_matches]
    assert [item.request for item in similar_requests(text=text, user=staff)] == [hidden]


@pytest.mark.django_db
def test_suggestions_for_a_request_skip_itself_and_what_is_already_assigned(staff, pcso):
    request = RequestFactory(title="สอบเทียบเครื่องชั่งในตลาด", description="ตาชั่งไม่เที่ยงตรง")
    calibration = _mechanism("NIMT", "calibration services")
    assert suggest_mechanisms(request=request, user=staff)[0].mechanism == calibration
    AssignmentFactory(request=request, agency=calibration.agency, mechanism=calibration)

    suggestions = suggest_mechanisms(request=request, user=staff, limit=10)
    assert calibration not in [s.mechanism for s in suggestions]
    assert all(match.request != request for s in suggestions for match in s.past_matches)


@pytest.mark.django_db
def test_suggestions_for_a_request_the_user_may_not_see_are_refused(pcso):
    hidden = RequestFactory(province=Province.objects.get(code="41"), status=Request.Status.SUBMITTED)
    with pytest.raises(PermissionDenied):
        suggest_mechanisms(request=hidden, user=pcso)


@pytest.mark.django_db
def test_similar_requests_follow_edits_and_deletions(staff):
    request = RequestFactory(title="ระบบโทรมาตรวัดระดับน้ำในลำน้ำปิง", description="")
    assert [s.request for s in similar_requests(text="โทรมาตรวัดระดับน้ำ", user=staff)] == [request]

    request.title = "ค่ายดาราศาสตร์สำหรับเยาวชน"
    request.save()
    assert similar_requests(text="โทรมาตรวัดระดับน้ำ", user=staff) == []
    assert [s.request for s in similar_requests(text="ค่ายดาราศาสตร์", user=staff)] == [request]

    request.delete()
    assert similar_requests(text="ค่ายดาราศาสตร์", user=staff) == []


@pytest.mark.django_db
def test_similar_requests_exclude_drafts_and_the_given_request(pcso):
    own_draft = RequestFactory(
        title="เครื่องกรองน้ำดื่มโรงเรียน",
        status=Request.Status.DRAFT,
        reference=None,
        fiscal_year=None,
        sequence=None,
    )
    filed = RequestFactory(title="เครื่องกรองน้ำดื่มโรงเรียนบ้านป่า")
    found = similar_requests(text="เครื่องกรองน้ำดื่มโรงเรียน", user=pcso)
    assert [s.request for s in found] == [filed]
    assert "เครื่องกรอง" in "".join(found[0].matched_words) or "กรอง" in "".join(found[0].matched_words)
    assert similar_requests(text="เครื่องกรองน้ำดื่มโรงเรียน", user=pcso, exclude=filed) == []
    assert own_draft.pk


@pytest.mark.django_db
def test_query_count_does_not_grow_with_the_history(staff, django_assert_max_num_queries):
    load_history()
    text = "ตรวจสอบเครื่องชั่งและบรรจุภัณฑ์ของสหกรณ์"
    suggest_mechanisms(text=text, user=staff)  # warm the index
    # Staleness: mechanisms, products, generic words, changed requests (and their indexed
    # versions); then the similar requests' scores, their rows, their assignments.
    with django_assert_max_num_queries(8) as small:
        suggest_mechanisms(text=text, user=staff)
    for number in range(60):
        request = RequestFactory(title=f"ตรวจสอบเครื่องชั่งของสหกรณ์แห่งที่ {number}")
        AssignmentFactory(
            request=request, agency=Agency.objects.get(code="NIMT"), status=Assignment.Status.DONE
        )
    suggest_mechanisms(text=text, user=staff)
    with django_assert_max_num_queries(len(small.captured_queries)):
        suggest_mechanisms(text=text, user=staff)


# --- The labelled evaluation set ------------------------------------------------------------


def _rows():
    import csv

    with EVAL_FILE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_evaluation_set_is_broad():
    rows = _rows()
    assert len(rows) >= 80
    agencies = {code for row in rows for code in row["expected_agencies"].split(";")}
    assert len(agencies) == 16
    assert {row["category"] for row in rows} == {
        "agri-industry-testing",
        "processing-otop-packaging",
        "learning-knowledge",
    }
    assert all(len(row["province"]) == 2 and row["province"].isdigit() for row in rows)


@pytest.mark.django_db
def test_evaluation_codes_are_real():
    agencies = set(Agency.objects.values_list("code", flat=True))
    categories = set(Category.objects.values_list("code", flat=True))
    provinces = set(Province.objects.values_list("code", flat=True))
    for row in _rows():
        assert set(row["expected_agencies"].split(";")) <= agencies
        assert row["category"] in categories
        assert row["province"] in provinces


@pytest.mark.django_db
def test_top3_accuracy_on_the_shipped_set_without_history():
    result = matching_evaluate(rows=_rows())
    assert result.top3 >= 0.80
    assert result.mrr >= 0.6


@pytest.mark.django_db
def test_history_does_not_make_the_shipped_set_worse():
    empty = matching_evaluate(rows=_rows())
    load_history()
    learned = matching_evaluate(rows=_rows())
    assert learned.top3 >= 0.80
    assert learned.top3 >= empty.top3 - 0.02
    assert learned.mrr >= empty.mrr - 0.02


@pytest.mark.django_db
def test_evaluate_matching_command_prints_the_figures(capsys):
    call_command("evaluate_matching", str(EVAL_FILE))
    out = capsys.readouterr().out
    assert "requests: 98" in out
    assert "top-1 accuracy: " in out
    assert "top-3 accuracy: " in out
    assert "MRR: " in out


@pytest.mark.django_db
def test_evaluate_matching_command_refuses_a_file_without_the_columns(tmp_path):
    from django.core.management.base import CommandError

    bad = tmp_path / "bad.csv"
    bad.write_text("title,agency\nx,DSS\n", encoding="utf-8")
    with pytest.raises(CommandError, match="missing columns"):
        call_command("evaluate_matching", str(bad))
