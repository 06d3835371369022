"""The admin's log-in asks for the authenticator's code, in Thai, with a way back (issue 11 item 2)."""

import pytest
from django.test import override_settings
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("otp_on")]
LOGIN = "/admin/login/?next=/admin/"


@pytest.fixture
def otp_on():
    with override_settings(STAFF_REQUIRE_OTP=True):
        yield


def code_for(device: TOTPDevice, offset: int = 0) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time += offset
    return str(totp.token()).zfill(6)


def post(client, user, code=None, password="pass-12345"):
    data = {"username": user.username, "password": password}
    if code is not None:
        data["otp_token"] = code
    return client.post(LOGIN, data)


@pytest.fixture
def device(staff):
    return TOTPDevice.objects.create(user=staff, name="phone", confirmed=True)


def test_the_log_in_page_has_a_code_field_and_the_way_to_enrol(client):
    html = client.get(LOGIN).content.decode()
    assert 'name="otp_token"' in html and 'autocomplete="one-time-code"' in html
    assert "/accounts/two-factor/" in html


@override_settings(STAFF_REQUIRE_OTP=False)
def test_without_the_setting_there_is_no_code_field(client, staff):
    assert 'name="otp_token"' not in client.get(LOGIN).content.decode()
    assert post(client, staff).status_code == 302


def test_password_and_code_open_the_admin(client, staff, device):
    response = post(client, staff, code_for(device))
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_thai_digits_are_accepted(client, staff, device):
    thai = code_for(device).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    assert post(client, staff, thai).status_code == 302


def test_a_password_alone_is_refused_in_thai(client, staff, device):
    response = post(client, staff)
    html = response.content.decode()
    assert response.status_code == 200 and "รหัส 6 หลัก" in html
    assert client.get("/admin/").status_code == 302


def test_a_wrong_code_is_refused_in_thai(client, staff, device):
    right = code_for(device)
    response = post(client, staff, "000000" if right != "000000" else "111111")
    html = response.content.decode()
    assert response.status_code == 200 and "ไม่ถูกต้องหรือหมดอายุ" in html
    assert client.get("/admin/").status_code == 302


def test_an_expired_code_is_refused_in_thai(client, staff, device):
    response = post(client, staff, code_for(device, offset=-300))  # five minutes old
    assert response.status_code == 200 and "ไม่ถูกต้องหรือหมดอายุ" in response.content.decode()


def test_an_unfinished_enrolment_does_not_count(client, staff):
    pending = TOTPDevice.objects.create(user=staff, name="phone", confirmed=False)
    response = post(client, staff, code_for(pending))
    html = response.content.decode()
    assert response.status_code == 200 and "ลิงก์" in html  # told to ask for an enrolment link
    assert client.get("/admin/").status_code == 302


def test_a_staff_member_not_enrolled_is_told_the_way_back(client, staff):
    response = post(client, staff, "123456")
    html = response.content.decode()
    assert "ยังไม่ได้ตั้งค่า" in html and "/accounts/two-factor/" in html


def test_a_wrong_password_with_a_right_code_is_refused(client, staff, device):
    response = post(client, staff, code_for(device), password="wrong-password")
    assert response.status_code == 200
    assert client.get("/admin/").status_code == 302


def test_a_portal_session_with_a_password_alone_does_not_reach_the_admin(client, staff, device):
    response = client.post("/accounts/login/", {"username": staff.username, "password": "pass-12345"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 302
    assert post(client, staff, code_for(device)).status_code == 302
    assert client.get("/admin/").status_code == 200
