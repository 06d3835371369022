"""The directory pages in a real browser, Thai and English, desktop and phone."""

import pytest

from tests.browser.conftest import screenshot

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_language_switch_keeps_the_page(page):
    page.goto(page.base_url + "/provinces/chiang-mai/")
    assert "จังหวัดเชียงใหม่" in page.locator("h1").inner_text()
    page.get_by_role("link", name="English").click()
    page.wait_for_url("**/en/provinces/chiang-mai/")
    assert "Chiang Mai" in page.locator("h1").inner_text()
    page.get_by_role("link", name="ภาษาไทย").click()
    page.wait_for_url("**/provinces/chiang-mai/")
    assert "เชียงใหม่" in page.locator("h1").inner_text()


def test_thai_font_is_served_by_the_portal(page):
    page.goto(page.base_url + "/")
    page.evaluate("document.fonts.ready")
    assert page.evaluate("document.fonts.check('16px Sarabun', 'กระทรวง')")
    screenshot(page, "home-th-desktop")


@pytest.mark.parametrize("path,name", [("/provinces/", "provinces"), ("/en/clusters/", "clusters-en")])
def test_directory_on_a_phone(phone_page, path, name):
    phone_page.goto(phone_page.base_url + path)
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, "the page must not scroll sideways on a phone"
    screenshot(phone_page, f"{name}-phone")
