"""Throttling that protects without locking real users out (issue 12 item 4)."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.tokens import default_token_generator
from django.core.cache import cache
from django.test import RequestFactory, override_settings
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.client_ip import client_ip
from privacy.access import client_address

pytestmark = pytest.mark.django_db
BALANCER = "10.0.0.5"


@pytest.fixture(autouse=True)
def throttling_on():
    cache.clear()
    with override_settings(
        AXES_ENABLED=True, TRUSTED_PROXY_COUNT=1, LOGIN_LIMIT_PER_ADDRESS=6, LOGIN_LIMIT_PER_USERNAME=4
    ):
        yield
    cache.clear()


def login(
    client, username, password="wrong-password", client_address="203.0.113.1", url="/accounts/login/", **data
):
    return client.post(
        url,
        {"username": username, "password": password, **data},
        REMOTE_ADDR=BALANCER,
        HTTP_X_FORWARDED_FOR=f"{client_address}",
    )


@pytest.mark.parametrize(
    ("count", "forwarded", "expected"),
    [
        (0, "198.51.100.9", BALANCER),  # no proxy configured: the header is the client's own claim
        (1, "198.51.100.9", "198.51.100.9"),
        (1, "6.6.6.6, 198.51.100.9", "198.51.100.9"),  # a forged first entry is ignored
        (2, "6.6.6.6, 198.51.100.9, 10.0.0.4", "198.51.100.9"),
        (1, "", BALANCER),
        (1, "not-an-address", BALANCER),
    ],
)
def test_the_client_address_comes_through_the_trusted_proxies(count, forwarded, expected):
    request = RequestFactory().get("/", REMOTE_ADDR=BALANCER, HTTP_X_FORWARDED_FOR=forwarded)
    with override_settings(TRUSTED_PROXY_COUNT=count):
        assert client_ip(request) == expected
        assert client_address(request) == expected  # the personal-data access log too


def test_one_persons_wrong_passwords_do_not_lock_out_others_behind_the_balancer(client, pcso):
    for _ in range(3):
        login(client, pcso.username, client_address="198.51.100.66")
    # Same balancer address, another client: the real owner still logs in.
    assert login(client, pcso.username, "pass-12345", client_address="203.0.113.10").status_code == 302
    assert AccessAttempt.objects.filter(ip_address="198.51.100.66").exists()


def test_spraying_many_usernames_from_one_address_is_refused(client, pcso):
    for n in range(6):
        assert login(client, f"guess{n}", client_address="198.51.100.7").status_code == 200
    assert login(client, "guess-next", client_address="198.51.100.7").status_code == 429
    assert login(client, pcso.username, "pass-12345", client_address="198.51.100.7").status_code == 429
    assert login(client, pcso.username, "pass-12345", client_address="203.0.113.20").status_code == 302


def test_one_account_from_many_addresses_is_locked_until_a_reset_link(client, pcso):
    for n in range(4):
        login(client, pcso.username, client_address=f"198.51.100.{n + 1}")
    assert login(client, pcso.username, "pass-12345", client_address="203.0.113.30").status_code == 429
    uid = urlsafe_base64_encode(force_bytes(pcso.pk))
    token = default_token_generator.make_token(pcso)
    url = f"/accounts/reset/{uid}/{token}/"
    page = client.get(url, follow=True)
    response = client.post(
        page.redirect_chain[-1][0], {"new_password1": "new-pass-2557!", "new_password2": "new-pass-2557!"}
    )
    assert response.status_code == 302
    assert login(client, pcso.username, "new-pass-2557!", client_address="203.0.113.30").status_code == 302


@override_settings(STAFF_REQUIRE_OTP=True)
def test_a_locked_staff_account_gets_in_with_password_and_code(client, staff):
    device = TOTPDevice.objects.create(user=staff, name="phone", confirmed=True)
    for n in range(4):
        login(client, staff.username, client_address=f"198.51.100.{n + 1}")
    assert login(client, staff.username, "pass-12345", url="/admin/login/").status_code == 429
    code = str(TOTP(device.bin_key).token()).zfill(6)
    response = login(client, staff.username, "pass-12345", url="/admin/login/", otp_token=code)
    assert response.status_code == 302
    assert login(client, staff.username, "pass-12345", client_address="203.0.113.40").status_code == 302


@override_settings(PASSWORD_RESET_LIMIT_PER_ADDRESS=4, PASSWORD_RESET_LIMIT_PER_ACCOUNT=2)
def test_password_reset_is_limited_per_account_and_per_address(client, pcso):
    def reset(email, address="198.51.100.50"):
        return client.post(
            "/accounts/password_reset/", {"email": email}, REMOTE_ADDR=BALANCER, HTTP_X_FORWARDED_FOR=address
        )

    assert [reset("pcso@example.com").status_code for _ in range(3)] == [302, 302, 429]
    assert reset("other1@example.com").status_code == 302
    assert reset("other2@example.com").status_code == 302
    assert reset("other3@example.com").status_code == 429  # this address has asked enough
    assert reset("other3@example.com", address="203.0.113.60").status_code == 302
