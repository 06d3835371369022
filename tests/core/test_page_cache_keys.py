"""The public page cache is keyed by everything that changes the answer (issue 12 item 5)."""

import pytest
from django.test import override_settings

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def page_cache_on():
    from django.core.cache import cache

    cache.clear()
    with override_settings(PAGE_CACHE_SECONDS=600, ALLOWED_HOSTS=["portal.most.go.th", "www.most.go.th"]):
        yield
    cache.clear()


def get(client, path, **headers):
    return client.get(path, HTTP_HOST=headers.pop("host", "portal.most.go.th"), **headers)


def test_a_csv_request_does_not_change_what_the_next_client_gets(client):
    csv = get(client, "/api/v1/provinces/", HTTP_ACCEPT="text/csv")
    assert csv.status_code == 200 and csv["Content-Type"].startswith("text/csv")
    plain = get(client, "/api/v1/provinces/")
    assert plain["Content-Type"].startswith("application/json")
    again = get(client, "/api/v1/provinces/")
    assert again["X-Page-Cache"] == "hit" and again["Content-Type"].startswith("application/json")
    csv_again = get(client, "/api/v1/provinces/", HTTP_ACCEPT="text/csv")
    assert csv_again["X-Page-Cache"] == "hit" and csv_again["Content-Type"].startswith("text/csv")


def test_each_host_name_has_its_own_pages(client):
    first = get(client, "/agencies/")
    assert first["X-Page-Cache"] == "miss"
    assert get(client, "/agencies/")["X-Page-Cache"] == "hit"
    other = get(client, "/agencies/", host="www.most.go.th")
    assert other["X-Page-Cache"] == "miss"
    assert "portal.most.go.th" not in other.content.decode()


@override_settings(PAGE_CACHE_MAX_VARIANTS=5)
def test_unique_query_strings_cannot_fill_the_cache(client):
    kept = [get(client, f"/agencies/?x={n}").get("X-Page-Cache") for n in range(12)]
    assert kept[:5] == ["miss"] * 5
    assert kept[5:] == [None] * 7  # served fresh, not kept
    assert get(client, "/agencies/?x=1")["X-Page-Cache"] == "hit"
    assert get(client, "/agencies/")["X-Page-Cache"] == "miss"  # the plain page is never refused
