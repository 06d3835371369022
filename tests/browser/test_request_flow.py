"""A request's whole life in Chromium: filed, matched to two agencies, delivered, confirmed, public."""

import re

import pytest

from accounts.models import User
from accounts.services import user_set_role
from agencies.models import Agency
from requests_app.models import Category, Request
from tests.browser.conftest import screenshot
from tests.factories import UserFactory

PASSWORD = "pass-12345"


def _session(chromium, live_server, user=None, *, width=1280, height=900, mobile=False):
    context = chromium.new_context(
        viewport={"width": width, "height": height}, is_mobile=mobile, locale="th-TH"
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    if user is not None:
        page.goto(f"{live_server.url}/accounts/login/")
        page.fill("input[name=username]", user.username)
        page.fill("input[name=password]", PASSWORD)
        page.locator("main form button[type=submit]").click()
        page.wait_for_load_state()
        assert "/accounts/login/" not in page.url, page.content()[:500]
    return context, page


def _advance(page, live_server, reference, agency_code, statuses):
    for status in statuses:
        page.goto(f"{live_server.url}/requests/{reference}/")
        card = page.locator(f"li.assignment[data-agency='{agency_code}']")
        card.locator("a[href*='/report/']").click()
        page.select_option("select[name=status]", status)
        page.locator("main form button[type=submit]").click()
        page.wait_for_url(re.compile(rf"/requests/{reference}/"))


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_request_from_filing_to_public_timeline(chromium, live_server, pcso, coordinator, focal_point):
    tistr = Agency.objects.get(code="TISTR")
    tistr_focal = user_set_role(
        user=UserFactory(username="focal_tistr"), role=User.Role.FOCAL_POINT, agency=tistr
    )
    dss = Agency.objects.get(code="DSS")
    title = "ถ่ายทอดเทคโนโลยีการทำสบู่และบรรจุภัณฑ์หลามหมูยอ"

    # 1. The PCSO of Chiang Mai files the request.
    context, page = _session(chromium, live_server, pcso)
    page.goto(f"{live_server.url}/requests/new/")
    page.select_option("select[name=category]", str(Category.objects.get(number=2).pk))
    page.fill("input[name=title]", title)
    page.fill("textarea[name=description]", "กลุ่มแม่บ้านต้องการเพิ่มมูลค่าผลิตภัณฑ์ชุมชน")
    page.fill("textarea[name=beneficiaries]", "กลุ่มแม่บ้าน 3 หมู่บ้าน ประมาณ 120 คน")
    screenshot(page, "requests-new-th-desktop")
    page.locator("button[name=action][value=submit]").click()
    page.wait_for_url(re.compile(r"/requests/\d{4}-\d{4}/$"))
    reference = page.url.rstrip("/").rsplit("/", 1)[-1]
    assert Request.objects.get(reference=reference).status == Request.Status.SUBMITTED
    context.close()

    # 2. The centre's coordinator matches it to DSS and TISTR from the desk.
    context, page = _session(chromium, live_server, coordinator)
    page.goto(f"{live_server.url}/desk/")
    assert reference in page.content()
    screenshot(page, "requests-desk-th-desktop")
    page.goto(f"{live_server.url}/requests/{reference}/assign/")
    page.select_option("select[name=deliverer]", str(dss.deliverer.pk))
    page.select_option("select[name=mechanism]", str(dss.mechanisms.first().pk))
    page.fill("input[name=response]", "ถ่ายทอดเทคโนโลยีการทำสบู่")
    page.fill("input[name=due_date]", "31/12/2570")
    page.locator("button[name=action][value=check]").click()
    page.locator("button[name=action][value=another]").click()
    page.wait_for_load_state()
    page.select_option("select[name=deliverer]", str(tistr.deliverer.pk))
    page.select_option("select[name=mechanism]", str(tistr.mechanisms.first().pk))
    page.fill("input[name=response]", "ออกแบบบรรจุภัณฑ์หลามหมูยอ")
    page.fill("input[name=due_date]", "31/12/2570")
    page.locator("button[name=action][value=check]").click()
    page.locator("button[name=action][value=confirm]").click()
    page.wait_for_url(re.compile(rf"/requests/{reference}/$"))
    assert Request.objects.get(reference=reference).status == Request.Status.MATCHED
    context.close()

    # 3. Each agency's focal point completes its part.
    for user, code in ((focal_point, "DSS"), (tistr_focal, "TISTR")):
        context, page = _session(chromium, live_server, user)
        _advance(page, live_server, reference, code, ["accepted", "in_progress", "done"])
        context.close()
    assert Request.objects.get(reference=reference).status == Request.Status.IN_DELIVERY

    # 4. The PCSO confirms delivery.
    context, page = _session(chromium, live_server, pcso)
    page.goto(f"{live_server.url}/my/")
    screenshot(page, "requests-my-th-desktop")
    page.goto(f"{live_server.url}/requests/{reference}/confirm/")
    page.fill("textarea[name=reason]", "ได้รับการถ่ายทอดครบถ้วน ขอบคุณ")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(rf"/requests/{reference}/$"))
    context.close()
    assert Request.objects.get(reference=reference).status == Request.Status.DELIVERED

    # 5. The public page shows the whole timeline, in Thai, without names.
    context, page = _session(chromium, live_server)
    page.goto(f"{live_server.url}/requests/{reference}/")
    assert page.locator("html").get_attribute("lang") == "th"
    text = page.locator("main").inner_text()
    assert title in text and dss.name_th in text and tistr.name_th in text
    assert "ได้รับการถ่ายทอดครบถ้วน" in text
    items = page.locator("ol.timeline > li")
    # submitted, under review, matched, 2 assignments, 2×3 agency steps, in delivery, delivered
    assert items.count() == 13
    assert "pcso_chiangmai" not in page.content() and "@example.go.th" not in page.content()
    screenshot(page, "requests-detail-th-desktop")
    page.goto(f"{live_server.url}/en/requests/{reference}/")
    screenshot(page, "requests-detail-en-desktop")
    page.goto(f"{live_server.url}/requests/")
    screenshot(page, "requests-list-th-desktop")
    page.goto(f"{live_server.url}/en/requests/")
    screenshot(page, "requests-list-en-desktop")
    context.close()

    context, page = _session(chromium, live_server, width=390, height=844, mobile=True)
    page.goto(f"{live_server.url}/requests/{reference}/")
    screenshot(page, "requests-detail-th-phone")
    page.goto(f"{live_server.url}/en/requests/")
    screenshot(page, "requests-list-en-phone")
    context.close()
    context, page = _session(chromium, live_server, coordinator, width=390, height=844, mobile=True)
    page.goto(f"{live_server.url}/desk/?status=")
    screenshot(page, "requests-desk-th-phone")
    page.goto(f"{live_server.url}/en/desk/?status=")
    screenshot(page, "requests-desk-en-desktop-narrow")
    context.close()
