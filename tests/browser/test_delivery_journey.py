"""The delivery journey in Chromium (issues 14.4, 14.5, 17.4): the coordinator assigns a suggested
mechanism with a due date and confirms; the deliverer's focal point answers on a phone (390 px)
with evidence and results; a wrongly matched agency steps back as "not ours"; the PCSO sees the
outcome ("delivered") before confirming. Screenshots of each step, Thai and English, phone and
desktop (also copied to $SHOTS_DIR when set)."""

import os
import re
import shutil
from pathlib import Path

import pytest

from accounts.services import user_set_role
from agencies.models import Agency, Mechanism
from provinces.models import Province
from requests_app import services
from requests_app.models import Assignment, Request
from tests.browser.conftest import screenshot
from tests.browser.test_matching import _login
from tests.factories import AssignmentFactory, RequestFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82"
)


def shot(page, name: str) -> None:
    path = screenshot(page, name)
    if os.environ.get("SHOTS_DIR"):
        Path(os.environ["SHOTS_DIR"]).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(os.environ["SHOTS_DIR"]) / path.name)


def _view(chromium, live_server, user, *, phone: bool):
    size = {"width": 390, "height": 844} if phone else {"width": 1366, "height": 900}
    context = chromium.new_context(viewport=size, is_mobile=phone, locale="th-TH")
    page = context.new_page()
    # Generous: the first page with suggestions builds the matching index, on a shared machine.
    page.set_default_timeout(90_000)
    page.base_url = live_server.url
    _login(page, user)
    return context, page


def _no_sideways_scroll(page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), page.url


def test_assign_with_due_date_answer_with_evidence_on_a_phone_confirm_seeing_the_outcome(
    chromium, live_server, coordinator, pcso, tmp_path
):
    calibration = Mechanism.objects.get(agency__code="NIMT", name_en="calibration services")
    nimt_focal = user_set_role(
        user=UserFactory(username="focal_nimt", first_name="วิชัย", last_name="แม่นยำ"),
        role="focal_point",
        agency=calibration.agency,
    )
    past = RequestFactory(title="สอบเทียบเครื่องชั่งในตลาดนัดชุมชน", province=Province.objects.get(code="51"))
    AssignmentFactory(request=past, agency=calibration.agency, mechanism=calibration, status="done")
    request = RequestFactory(
        title="สอบเทียบเครื่องชั่งในตลาดสดเทศบาล",
        description="ผู้บริโภคร้องเรียนว่าตาชั่งของแม่ค้าไม่เที่ยงตรง ขอให้ตรวจและสอบเทียบ พร้อมอบรมการดูแลเครื่องชั่ง",
        status=Request.Status.SUBMITTED,
    )
    # A wrong match already on the request: TISTR, which will step back as "not ours".
    tistr = Agency.objects.get(code="TISTR")
    wrong = AssignmentFactory(request=request, agency=tistr, status="proposed")
    reference = request.reference

    # 1. The coordinator picks the suggestion; the assignment page asks for the due date, then
    #    says what will happen, and only the confirmation assigns.
    for phone in (True, False):  # the phone only looks; the desktop confirms
        context, page = _view(chromium, live_server, coordinator, phone=phone)
        page.goto(f"{live_server.url}/requests/{reference}/")
        page.locator("#suggestions [data-agency=NIMT] a.button").first.click()
        page.wait_for_url(re.compile(r"/assign/\?mechanism="))
        assert page.locator("select[name=mechanism]").input_value() == str(calibration.pk)
        page.fill("input[name=due_date]", "31/1/2570")
        page.select_option("select[name=officer]", str(nimt_focal.pk))
        shot(page, f"workflow-assign-form-th-{'phone' if phone else 'desktop'}")
        page.locator("button[name=action][value=check]").click()
        confirm = page.locator("button[name=action][value=confirm]")
        assert "มว." in confirm.inner_text() and "31 ม.ค. 2570" in confirm.inner_text()  # NIMT, in Thai
        assert not Assignment.objects.filter(request=request, agency=calibration.agency).exists()
        _no_sideways_scroll(page)
        shot(page, f"workflow-assign-confirm-th-{'phone' if phone else 'desktop'}")
        if phone:
            page.goto(f"{live_server.url}/en/requests/{reference}/assign/?mechanism={calibration.pk}")
            page.fill("input[name=due_date]", "31/1/2027")
            page.locator("button[name=action][value=check]").click()
            shot(page, "workflow-assign-confirm-en-phone")
            context.close()
            continue
        confirm.click()
        page.wait_for_url(re.compile(rf"/requests/{reference}/$"))
        assert "31 มกราคม 2570" in page.locator("li.assignment[data-agency=NIMT]").inner_text()
        page.goto(f"{live_server.url}/en/requests/{reference}/assign/?mechanism={calibration.pk}")
        page.fill("input[name=due_date]", "31/1/2027")
        page.locator("button[name=action][value=check]").click()
        shot(page, "workflow-assign-confirm-en-desktop")
        context.close()
    assignment = Assignment.objects.get(request=request, agency=calibration.agency)
    assert assignment.due_date.isoformat() == "2027-01-31" and assignment.officer == nimt_focal

    # 2. TISTR steps back: not theirs.
    services.assignment_set_status(
        assignment=wrong,
        actor=user_set_role(user=UserFactory(username="focal_tistr"), role="focal_point", agency=tistr),
        status="not_ours",
        message="ไม่ใช่งานของ วว. ควรเป็น มว.",
    )

    # 3. NIMT's officer answers on a phone: accepted, then done with evidence and results.
    photo = tmp_path / "สอบเทียบตาชั่ง.png"
    photo.write_bytes(PNG)
    report = tmp_path / "รายงานผลการสอบเทียบ.pdf"
    report.write_bytes(b"%PDF-1.4\n% test\n")
    context, page = _view(chromium, live_server, nimt_focal, phone=True)
    page.goto(f"{live_server.url}/requests/{reference}/")
    page.locator("li.assignment[data-agency=NIMT] a[href*='/report/']").click()
    assert "ปรับปรุง" not in page.locator("main form button[type=submit]").inner_text()
    page.select_option("select[name=status]", "accepted")
    page.fill("input[name=planned_start]", "5/1/2570")
    page.fill("input[name=planned_end]", "25/1/2570")
    page.fill("input[name=milestone_title]", "สอบเทียบตาชั่งในตลาด")
    page.fill("input[name=milestone_date]", "10/1/2570")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(rf"/requests/{reference}/"))
    page.locator("li.assignment[data-agency=NIMT] a[href*='/report/']").click()
    page.select_option("select[name=status]", "done")
    page.fill("textarea[name=message]", "สอบเทียบตาชั่ง 48 เครื่อง อบรมแม่ค้าการดูแลตาชั่งแล้ว")
    page.fill("input[name=actual_start]", "5/1/2570")
    page.fill("input[name=actual_end]", "20/1/2570")
    page.fill("input[name=cost]", "18500")
    page.locator("input[name^=reached_]").fill("10/1/2570")
    page.fill("input[name=result_people_trained]", "36")
    page.fill("input[name=result_products_improved]", "48")
    page.fill("input[name=result_beneficiaries]", "1200")
    page.set_input_files("input[name=evidence]", [str(photo), str(report)])
    _no_sideways_scroll(page)
    shot(page, "workflow-report-form-th-phone")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(rf"/requests/{reference}/"))
    card = page.locator("li.assignment[data-agency=NIMT]")
    assert "36" in card.inner_text() and "1,200" in card.inner_text()
    timeline = page.locator("ol.timeline").inner_text()
    assert "สอบเทียบตาชั่ง 48 เครื่อง" in timeline and "สอบเทียบตาชั่ง.png" in timeline
    _no_sideways_scroll(page)
    page.locator("ol.timeline").scroll_into_view_if_needed()
    shot(page, "workflow-update-with-evidence-th-phone")
    page.goto(f"{live_server.url}/en/requests/{reference}/")
    shot(page, "workflow-update-with-evidence-en-phone")
    context.close()
    request.refresh_from_db()
    assert request.status == Request.Status.IN_DELIVERY

    # 4. The PCSO sees what confirming will record — delivered: TISTR's step back does not count.
    for phone, lang in ((True, "/en"), (False, ""), (False, "/en"), (True, "")):  # the last one confirms
        context, page = _view(chromium, live_server, pcso, phone=phone)
        page.goto(f"{live_server.url}{lang}/requests/{reference}/")
        if not phone and not lang:
            shot(page, "workflow-update-with-evidence-th-desktop")
        if not phone and lang:
            shot(page, "workflow-update-with-evidence-en-desktop")
        link = page.locator("a.action-confirm")
        assert ("ดำเนินการแล้วเสร็จ" if not lang else "Delivered") in link.inner_text()
        link.click()
        outcome = page.locator("#outcome").inner_text()
        assert ("ดำเนินการแล้วเสร็จ" if not lang else "Delivered") in outcome
        assert tistr.name_th in outcome or tistr.name_en in outcome
        _no_sideways_scroll(page)
        shot(page, f"workflow-confirm-{'en' if lang else 'th'}-{'phone' if phone else 'desktop'}")
        if phone and not lang:
            page.locator("main form button[type=submit]").click()
            page.wait_for_url(re.compile(rf"/requests/{reference}/$"))
        context.close()
    request.refresh_from_db()
    assert request.status == Request.Status.DELIVERED
