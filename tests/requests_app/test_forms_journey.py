"""Forms that never surprise (issue 14): drafts with a title alone, errors at the top and by each
field in Thai, the log-in error once, and no inline style anywhere (the CSP blocks it)."""

import re
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError

from requests_app import services
from requests_app.models import Category, Request

pytestmark = pytest.mark.django_db
S = Request.Status
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def _error_summary(html: str) -> str:
    match = re.search(r'<div class="error-summary".*?</div>', html, re.S)
    assert match, "no error summary"
    return match.group(0)


def test_a_pcso_saves_a_draft_with_only_a_title_and_opens_it_again(client_for, pcso):
    client = client_for(pcso)
    response = client.post("/requests/new/", {"category": 1, "title": "ลำไยอบแห้ง", "action": "draft"})
    draft = Request.objects.get(title="ลำไยอบแห้ง")
    assert response.status_code == 302 and response["Location"] == f"/requests/draft/{draft.pk}/"
    assert draft.status == S.DRAFT and draft.reference is None and draft.description == ""
    page = client.get(response["Location"]).content.decode()
    assert 'value="ลำไยอบแห้ง"' in page
    # Saved again, still a draft and still without a description.
    again = client.post(
        f"/requests/draft/{draft.pk}/",
        {"category": 1, "title": "ลำไยอบแห้งคุณภาพ", "version": draft.version, "action": "draft"},
    )
    assert again.status_code == 302
    draft.refresh_from_db()
    assert draft.title == "ลำไยอบแห้งคุณภาพ" and draft.status == S.DRAFT


def test_submitting_without_a_description_says_so_at_the_top_and_by_the_field_in_thai(client_for, pcso):
    response = client_for(pcso).post("/requests/new/", {"category": 1, "title": "ลำไย", "action": "submit"})
    assert response.status_code == 200
    assert not Request.objects.filter(title="ลำไย").exists()  # nothing half-saved
    html = response.content.decode()
    message = "กรุณากรอกรายละเอียดก่อนยื่นโจทย์ความต้องการ"
    summary = _error_summary(html)
    assert 'href="#id_description"' in summary and message in summary
    # By the field: its error list has an id the textarea points to.
    assert re.search(r'<ul class="errorlist" id="id_description_error"><li>' + message, html)
    textarea = re.search(r"<textarea[^>]*name=\"description\"[^>]*>", html).group(0)
    assert 'aria-invalid="true"' in textarea and "id_description_error" in textarea


def test_submitting_a_draft_still_requires_its_description(client_for, pcso):
    draft = services.request_create(
        actor=pcso, category=Category.objects.get(number=1), title="ร่าง", submit=False
    )
    response = client_for(pcso).post(
        f"/requests/draft/{draft.pk}/",
        {"category": 1, "title": "ร่าง", "version": draft.version, "action": "submit"},
    )
    assert response.status_code == 200 and "id_description_error" in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == S.DRAFT and draft.reference is None


def test_the_services_refuse_to_submit_a_request_without_a_description(pcso):
    draft = services.request_create(
        actor=pcso, category=Category.objects.get(number=1), title="ร่าง", submit=False
    )
    with pytest.raises(ValidationError):
        services.request_submit(request=draft, actor=pcso)
    with pytest.raises(ValidationError):
        services.request_create(actor=pcso, category=Category.objects.get(number=1), title="ยื่นเลย")
    draft.refresh_from_db()
    assert draft.status == S.DRAFT and draft.reference is None
    assert not Request.objects.filter(title="ยื่นเลย").exists()
    submitted = services.request_create(
        actor=pcso, category=Category.objects.get(number=1), title="ครบ", description="รายละเอียด"
    )
    with pytest.raises(ValidationError):
        services.request_update(
            request=submitted, actor=pcso, expected_version=submitted.version,
            category=submitted.category, title="ครบ", description="  ",
        )  # fmt: skip


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_a_wrong_password_is_said_once_without_double_spaces(client, pcso, prefix):
    response = client.post(f"{prefix}/accounts/login/", {"username": pcso.username, "password": "ผิด"})
    assert response.status_code == 200
    html = response.content.decode()
    message = (
        "กรุณากรอกชื่อผู้ใช้และรหัสผ่านให้ถูกต้อง" if not prefix else "Please enter a correct username and password."
    )
    assert html.count(message) == 1
    summary = _error_summary(html)
    assert message in summary and "  " not in re.sub(r"<[^>]+>|\n\s*", "", summary)


def test_no_template_writes_an_inline_style():
    offenders = [
        str(path.relative_to(TEMPLATES))
        for path in TEMPLATES.rglob("*.html")
        if re.search(r"\sstyle=", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_file_help_text_and_accept_list_the_same_types(client_for, pcso):
    html = client_for(pcso).get("/en/requests/new/").content.decode()
    accept = re.search(r'<input type="file"[^>]*accept="([^"]+)"', html).group(1).split(",")
    help_text = re.search(r'id="id_attachments_helptext">Accepted file types: ([^;]+);', html).group(1)
    assert accept == help_text.split(", ") and ".pdf" in accept
