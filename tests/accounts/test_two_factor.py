"""Staff enrol an authenticator app only with a one-time link a superuser issued (issue 12 item 2)."""

import time

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.models import TwoFactorInvitation
from accounts.two_factor import LOGIN_AT, invitation_issue

pytestmark = pytest.mark.django_db
STATUS = "/accounts/two-factor/"


def code_for(device: TOTPDevice) -> str:
    return str(TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token()).zfill(6)


def password_login(client, user, password="pass-12345"):
    response = client.post("/accounts/login/", {"username": user.username, "password": password})
    assert response.status_code == 302, response.content.decode()[:2000]


def path_of(link: str) -> str:
    return "/" + link.split("://", 1)[-1].split("/", 1)[1]


def test_a_password_alone_shows_no_secret_and_enrols_nothing(client, staff):
    password_login(client, staff)
    page = client.get(STATUS)
    html = page.content.decode()
    assert page.status_code == 200 and "<svg" not in html
    assert not TOTPDevice.objects.filter(user=staff).exists()
    assert client.post(STATUS, {"token": "123456"}).status_code == 405


@override_settings(STAFF_REQUIRE_OTP=True)
def test_staff_enrol_with_a_link_after_a_fresh_log_in_and_reach_the_admin(
    client, staff, superuser, django_capture_on_commit_callbacks
):
    staff.email = "staff@most.go.th"
    staff.save()
    with django_capture_on_commit_callbacks(execute=True):
        path = path_of(invitation_issue(TwoFactorInvitation(user=staff), issued_by=superuser))
    assert len(mail.outbox) == 1 and path in mail.outbox[0].body  # the link goes to the person
    # Not logged in: sent to log in first, then back to the link.
    response = client.get(path)
    assert response.status_code == 302 and reverse("login") in response["Location"]
    password_login(client, staff)
    assert client.get("/admin/").status_code == 302  # a password alone does not open the admin
    page = client.get(path)
    assert page.status_code == 200 and "<svg" in page.content.decode()
    device = TOTPDevice.objects.get(user=staff, confirmed=False)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(path, {"token": code_for(device)}, REMOTE_ADDR="203.0.113.7")
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200  # verified in this session
    invitation = TwoFactorInvitation.objects.get(user=staff)
    assert invitation.used_at is not None and invitation.used_from == "203.0.113.7"
    assert len(mail.outbox) == 2 and "203.0.113.7" in mail.outbox[1].body  # the person is told
    # The link works once.
    assert client.get(path).status_code == 404


def test_a_link_needs_a_fresh_log_in(client, staff):
    path = path_of(invitation_issue(TwoFactorInvitation(user=staff), issued_by=None))
    password_login(client, staff)
    session = client.session
    session[LOGIN_AT] = time.time() - 3600
    session.save()
    response = client.get(path)
    assert response.status_code == 302 and reverse("login") in response["Location"]
    assert not TOTPDevice.objects.filter(user=staff).exists()


def test_a_link_is_for_its_own_user_only(client, staff, superuser):
    other = type(staff).objects.create_user("staff2", password="pass-12345", is_staff=True, role="staff")
    path = path_of(invitation_issue(TwoFactorInvitation(user=other), issued_by=superuser))
    password_login(client, staff)
    response = client.get(path)
    assert response.status_code == 404 and "<svg" not in response.content.decode()
    assert client.post(path, {"token": "123456"}).status_code == 404
    assert not TOTPDevice.objects.exists()


def test_an_expired_link_shows_no_secret(client, staff):
    path = path_of(invitation_issue(TwoFactorInvitation(user=staff), issued_by=None))
    TwoFactorInvitation.objects.update(expires_at="2000-01-01T00:00:00Z")
    password_login(client, staff)
    response = client.get("/en" + path)
    assert response.status_code == 410 and "expired" in response.content.decode()
    assert not TOTPDevice.objects.exists()


def test_a_wrong_code_confirms_nothing(client, staff):
    path = path_of(invitation_issue(TwoFactorInvitation(user=staff), issued_by=None))
    password_login(client, staff)
    client.get(path)
    device = TOTPDevice.objects.get(user=staff)
    wrong = client.post("/en" + path, {"token": "000000" if code_for(device) != "000000" else "111111"})
    assert wrong.status_code == 200 and "not right" in wrong.content.decode()
    device.refresh_from_db()
    assert not device.confirmed
    assert TwoFactorInvitation.objects.get().used_at is None


@pytest.mark.parametrize("token", ["", "12345", "abcdef", "1234567"])
def test_malformed_codes_are_refused(client, staff, token):
    path = path_of(invitation_issue(TwoFactorInvitation(user=staff), issued_by=None))
    password_login(client, staff)
    response = client.post("/en" + path, {"token": token})
    assert response.status_code == 200
    assert not TOTPDevice.objects.filter(user=staff, confirmed=True).exists()


@pytest.mark.parametrize("role", ["pcso", "coordinator", "focal_point"])
def test_only_staff_see_two_step_pages(client, request, role):
    client.force_login(request.getfixturevalue(role))
    assert client.get(STATUS).status_code == 403
    assert client.post("/accounts/two-factor/enrol/abc/", {"token": "123456"}).status_code == 403
    assert not TOTPDevice.objects.exists()


def test_anonymous_is_sent_to_log_in(client):
    response = client.get(STATUS)
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_only_superusers_issue_links_in_the_admin(client, staff, superuser):
    url = reverse("admin:accounts_twofactorinvitation_add")
    client.force_login(superuser)
    response = client.post(url, {"user": staff.pk})
    assert response.status_code == 302
    invitation = TwoFactorInvitation.objects.get()
    assert invitation.user == staff and invitation.issued_by == superuser
    shown = [str(m) for m in response.wsgi_request._messages]
    assert any("/accounts/two-factor/enrol/" in m for m in shown)
    staff.user_permissions.add(*Permission.objects.filter(codename__endswith="twofactorinvitation"))
    client.force_login(staff)
    assert client.post(url, {"user": staff.pk}).status_code == 403
    assert TwoFactorInvitation.objects.count() == 1


def test_the_server_command_prints_a_link(staff, capsys):
    from django.core.management import call_command

    call_command("two_factor_link", staff.username)
    assert "/accounts/two-factor/enrol/" in capsys.readouterr().out
    assert TwoFactorInvitation.objects.filter(user=staff, issued_by=None).exists()
