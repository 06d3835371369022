"""NUL bytes, overflows and over-long inputs answer 400 or a form error, never 500 (issue 12 item 7)."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    ["/search/?q=a%00b", "/en/search/?q=%00", "/api/v1/provinces/%00/", "/api/v1/requests/?search=x%00",
     "/provinces/chiang%00mai/", "/requests/?q=%00"],
)  # fmt: skip
def test_nul_bytes_are_a_400(client, path):
    assert client.get(path).status_code == 400


def test_a_nul_byte_in_a_form_is_a_400(client):
    assert client.post("/accounts/login/", {"username": "a\x00b", "password": "x"}).status_code == 400


@override_settings(AXES_ENABLED=True)
def test_an_over_long_username_is_a_form_error(client):
    response = client.post("/accounts/login/", {"username": "ก" * 3000, "password": "x"})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "query",
    ["id__exact=99999999999999999999999", "province__id__exact=9223372036854775808", "status=%00",
     "fiscal_year=-99999999999999999999"],
)  # fmt: skip
def test_admin_filters_with_overflow_or_nul_are_not_a_500(client, superuser, query):
    client.force_login(superuser)
    response = client.get(f"/admin/requests_app/request/?{query}")
    assert response.status_code in (200, 302, 400)


def test_pages_behind_a_log_in_are_private(client, pcso):
    client.force_login(pcso)
    response = client.get("/")
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "private" not in client.__class__().get("/agencies/").get("Cache-Control", "")
