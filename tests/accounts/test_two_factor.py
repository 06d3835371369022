"""Staff enrol an authenticator app themselves, and are then let into the admin with its codes."""

import pytest
from django.test import override_settings
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db
URL = "/accounts/two-factor/"


def code_for(device: TOTPDevice) -> str:
    return str(TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token()).zfill(6)


@override_settings(STAFF_REQUIRE_OTP=True)
def test_staff_enrol_and_then_reach_the_admin(client, staff):
    client.force_login(staff)
    assert client.get("/admin/").status_code == 302  # not verified yet
    page = client.get(URL)
    html = page.content.decode()
    assert page.status_code == 200 and "<svg" in html and page.context["secret"] in html
    device = TOTPDevice.objects.get(user=staff)
    assert not device.confirmed
    response = client.post(URL, {"token": code_for(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200  # verified in this session
    assert "set up" in client.get("/en" + URL).content.decode()


def test_a_wrong_code_confirms_nothing(client, staff):
    client.force_login(staff)
    client.get(URL)
    device = TOTPDevice.objects.get(user=staff)
    wrong = client.post("/en" + URL, {"token": "000000" if code_for(device) != "000000" else "111111"})
    assert wrong.status_code == 200 and "not right" in wrong.content.decode()
    device.refresh_from_db()
    assert not device.confirmed


@pytest.mark.parametrize("token", ["", "12345", "abcdef", "1234567", "๑๒๓๔๕๖"])
def test_malformed_codes_are_refused_in_the_users_language(client, staff, token):
    client.force_login(staff)
    response = client.post("/en" + URL, {"token": token})
    assert response.status_code == 200
    assert not TOTPDevice.objects.filter(user=staff, confirmed=True).exists()


@pytest.mark.parametrize("role", ["pcso", "coordinator", "focal_point"])
def test_only_staff_enrol(client, request, role):
    client.force_login(request.getfixturevalue(role))
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"token": "123456"}).status_code == 403
    assert not TOTPDevice.objects.exists()


def test_anonymous_is_sent_to_log_in(client):
    response = client.get(URL)
    assert response.status_code == 302 and reverse("login") in response["Location"]


@override_settings(STAFF_REQUIRE_OTP=True)
def test_admin_login_points_to_the_enrolment(client):
    assert URL in client.get("/admin/login/").content.decode()
