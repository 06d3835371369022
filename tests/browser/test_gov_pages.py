"""The footer, the privacy notice, the personal-data page and the open-data page, as people see them.

At 390 px and 1366 px, in Thai and English: nothing scrolls sideways; the footer's links work;
a PCSO reaches "ข้อมูลส่วนบุคคลของท่าน" from the account menu and downloads a copy; staff edit a
page in the admin and the public page shows the new text with its new date.
"""

import os
from pathlib import Path

import pytest

from tests.browser.conftest import screenshot

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
SHOTS = Path(os.environ.get("GOV_SHOTS", "")) if os.environ.get("GOV_SHOTS") else None


def _shot(page, name: str) -> None:
    path = screenshot(page, name)
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        (SHOTS / path.name).write_bytes(path.read_bytes())


def _no_sideways_scroll(page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.evaluate("window.innerWidth"), width


def _login(page, client, user) -> None:
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": page.base_url}]
    )


@pytest.mark.parametrize("width", [390, 1366])
@pytest.mark.parametrize("language", ["th", "en"])
def test_the_footer_and_the_standards_pages(chromium, live_server, width, language):
    context = chromium.new_context(viewport={"width": width, "height": 900}, locale="th-TH")
    page = context.new_page()
    prefix = "" if language == "th" else "/en"
    page.goto(f"{live_server.url}{prefix}/")
    footer = page.locator("footer.site-footer")
    footer.scroll_into_view_if_needed()
    _no_sideways_scroll(page)
    footer.screenshot(path=str(screenshot(page, f"gov-home-{language}-{width}")))  # full page kept too
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        footer.screenshot(path=str(SHOTS / f"footer-{language}-{width}.png"))
    label = "ประกาศความเป็นส่วนตัว" if language == "th" else "Privacy notice"
    footer.get_by_role("link", name=label, exact=True).click()
    page.wait_for_url(f"**{prefix}/privacy/")
    assert page.locator("h1").inner_text() == label
    assert page.locator(".standard-page__updated time").is_visible()
    _no_sideways_scroll(page)
    _shot(page, f"privacy-{language}-{width}")
    page.goto(f"{live_server.url}{prefix}/open-data/")
    assert page.locator("section.dataset").count() == 7
    _no_sideways_scroll(page)
    _shot(page, f"open-data-{language}-{width}")
    context.close()


@pytest.mark.parametrize("width", [390, 1366])
def test_a_pcso_finds_and_downloads_their_personal_data(chromium, live_server, client, pcso, width):
    context = chromium.new_context(viewport={"width": width, "height": 900}, locale="th-TH")
    page = context.new_page()
    page.base_url = live_server.url
    _login(page, client, pcso)
    page.goto(f"{live_server.url}/my/")
    page.locator(".my-personal-data a").click()
    page.wait_for_url("**/my/personal-data/")
    assert page.locator("h1").inner_text() == "ข้อมูลส่วนบุคคลของท่าน"
    _no_sideways_scroll(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="JSON").click()
    assert download.value.suggested_filename.endswith(".json")
    page.get_by_label("ขอแก้ไขข้อมูลของข้าพเจ้า").check()
    page.get_by_label("รายละเอียด").fill("นามสกุลสะกดผิด")
    page.get_by_role("button", name="ส่งคำร้อง").click()
    page.locator(".message--success").wait_for()
    _shot(page, f"personal-data-th-{width}")
    context.close()


def test_staff_edit_a_page_and_the_public_sees_it_dated(page, client, superuser):
    _login(page, client, superuser)
    page.goto(f"{page.base_url}/admin/pages/page/")
    page.get_by_role("link", name="คำถามที่พบบ่อย").first.click()
    body = page.locator("#id_body_th")
    body.fill(body.input_value() + "<h2>ติดตามโจทย์อย่างไร</h2><p>ดูหน้าโจทย์ความต้องการ</p>")
    page.locator("input[name=_continue]").click()
    page.locator(".messagelist .success").wait_for()
    body = page.locator("#id_body_th")
    body.fill(body.input_value().replace("ดูหน้าโจทย์ความต้องการ", "ดูหน้าโจทย์ความต้องการของจังหวัด"))
    page.locator("input[name=_save]").click()
    page.locator(".messagelist .success").wait_for()
    page.goto(f"{page.base_url}/faq/")
    assert page.get_by_text("ดูหน้าโจทย์ความต้องการของจังหวัด").is_visible()
    assert page.locator(".standard-page__updated time").inner_text()
