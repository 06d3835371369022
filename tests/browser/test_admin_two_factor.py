"""A staff member enrols an authenticator app and logs in to the admin with its code, in Chromium.

With the production setting on (``STAFF_REQUIRE_OTP``): the enrolment link a superuser issued,
a fresh password, the QR code's key typed into "the app" (computed here), then the admin's log-in
with username, password and code — a wrong code first, refused in Thai (issue 11 item 2).
"""

import base64
import re
import time

import pytest
from django_otp.oath import TOTP
from playwright.sync_api import expect

from accounts.models import TwoFactorInvitation
from accounts.two_factor import invitation_issue
from tests.browser.conftest import screenshot

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def app_code(secret: str) -> str:
    """What an authenticator app shows for this key now."""
    return str(TOTP(base64.b32decode(secret)).token()).zfill(6)


def shoot(page, name: str) -> None:
    """Full-page PNGs at desktop and phone widths, under artifacts/screenshots/ (tests/browser/conftest)."""
    for width in (1366, 390):
        page.set_viewport_size({"width": width, "height": 900})
        screenshot(page, f"{name}-{width}")
    page.set_viewport_size({"width": 1280, "height": 900})


def test_staff_enrol_then_log_in_to_the_admin_with_a_code(page, staff, superuser, settings):
    settings.STAFF_REQUIRE_OTP = True
    base = page.base_url

    # Not enrolled: the admin's log-in has a code field, and says what to do in Thai.
    page.goto(base + "/admin/login/")
    expect(page.locator("#id_otp_token")).to_be_visible()
    page.fill("#id_username", "staff")
    page.fill("#id_password", "pass-12345")
    page.fill("#id_otp_token", "123456")
    page.locator("input[type=submit]").click()
    expect(page.locator(".errornote[role=alert]")).to_contain_text("ขอลิงก์ลงทะเบียนจากผู้ดูแลระบบ")
    shoot(page, "admin-login-not-enrolled")

    # The enrolment link: log in on the portal first, then scan (here: read the key) and confirm.
    link = invitation_issue(TwoFactorInvitation(user=staff), issued_by=superuser)
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    page.goto(base + path)
    page.wait_for_url(re.compile(r"/accounts/login/"))
    page.fill("#id_username", "staff")
    page.fill("#id_password", "pass-12345")
    page.locator("main button[type=submit]").click()
    page.wait_for_url(re.compile(r"/accounts/two-factor/enrol/"))
    expect(page.locator(".qr-code svg")).to_be_visible()
    shoot(page, "two-factor-enrol")
    secret = page.locator(".qr-code code").inner_text().strip()
    page.fill("#id_token", app_code(secret))
    enrolled_step = int(time.time() // 30)
    page.locator("main button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    expect(page.locator("#site-name")).to_be_visible()
    assert TwoFactorInvitation.objects.get(user=staff).used_at is not None

    # Log out; the admin asks for the code again. A wrong code is refused in Thai, then the right one.
    page.context.clear_cookies()
    page.goto(base + "/admin/")
    page.wait_for_url(re.compile(r"/admin/login/"))
    page.fill("#id_username", "staff")
    page.fill("#id_password", "pass-12345")
    right = app_code(secret)
    page.fill("#id_otp_token", "000000" if right != "000000" else "111111")
    page.locator("input[type=submit]").click()
    expect(page.locator(".errornote[role=alert]")).to_contain_text("รหัสไม่ถูกต้องหรือหมดอายุ")
    shoot(page, "admin-login-wrong-code")
    page.fill("#id_password", "pass-12345")
    if int(time.time() // 30) <= enrolled_step:  # a code is good once: wait for the app's next one
        time.sleep(30 - time.time() % 30 + 1)
    page.fill("#id_otp_token", app_code(secret))
    page.locator("input[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    expect(page.locator("#site-name")).to_be_visible()
