"""The public page cache: one shared copy per address and language, stale-while-remade, purged by saves."""

import gzip
import os
import socket

import pytest
from django.core.cache import cache
from django.test import RequestFactory, override_settings

from agencies.models import Agency
from core.cache import _may_remake, cached_content, content_key, page_key
from requests_app.models import Request
from tests.factories import RequestFactory as RequestRecordFactory

pytestmark = pytest.mark.django_db


def _another_worker_is_remaking(path: str) -> None:
    """Takes the remake lock of ``path``'s page, as a worker busy rendering it would hold it."""
    assert _may_remake(page_key(RequestFactory().get(path)))


@override_settings(PAGE_CACHE_SECONDS=60)
def test_a_save_purges_the_page_for_the_next_visitor(client):
    assert "renamed" not in client.get("/en/agencies/").content.decode()
    assert client.get("/en/agencies/")["X-Page-Cache"] == "hit"
    dss = Agency.objects.get(code="DSS")
    dss.name_en = "Department of Science Service (renamed)"
    dss.save()
    after = client.get("/en/agencies/")
    assert after["X-Page-Cache"] == "miss"
    assert "renamed" in after.content.decode()
    assert client.get("/en/agencies/")["X-Page-Cache"] == "hit"


@override_settings(PAGE_CACHE_SECONDS=60)
def test_while_one_worker_remakes_a_page_the_others_serve_the_stale_copy(client):
    before = client.get("/en/agencies/").content.decode()
    dss = Agency.objects.get(code="DSS")
    dss.name_en = "Department of Science Service (renamed)"
    dss.save()
    _another_worker_is_remaking("/en/agencies/")
    stale = client.get("/en/agencies/")
    assert stale["X-Page-Cache"] == "stale"
    assert stale.content.decode() == before
    assert "renamed" not in stale.content.decode()
    cache.delete(f"remaking:{page_key(RequestFactory().get('/en/agencies/'))}")  # that worker is done
    fresh = client.get("/en/agencies/")
    assert fresh["X-Page-Cache"] == "miss"
    assert "renamed" in fresh.content.decode()


@override_settings(PAGE_CACHE_SECONDS=60)
def test_each_language_has_its_own_copy_whatever_the_browser_prefers(client):
    thai = client.get("/agencies/", HTTP_ACCEPT_LANGUAGE="en")
    english = client.get("/en/agencies/", HTTP_ACCEPT_LANGUAGE="th")
    assert thai["X-Page-Cache"] == english["X-Page-Cache"] == "miss"
    assert thai["Content-Language"] == "th" and english["Content-Language"] == "en"
    thai_hit = client.get("/agencies/", HTTP_ACCEPT_LANGUAGE="en")
    english_hit = client.get("/en/agencies/")
    assert thai_hit["X-Page-Cache"] == english_hit["X-Page-Cache"] == "hit"
    assert thai_hit.content == thai.content and english_hit.content == english.content
    assert thai_hit["Content-Language"] == "th" and english_hit["Content-Language"] == "en"
    assert thai.content != english.content


@override_settings(PAGE_CACHE_SECONDS=60)
def test_a_hit_is_sent_compressed_to_browsers_that_accept_gzip_with_the_page_headers(
    client, django_assert_num_queries
):
    first = client.get("/news/")
    with django_assert_num_queries(0):
        hit = client.get("/news/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert hit["X-Page-Cache"] == "hit"
    assert hit["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in hit["Vary"]
    assert int(hit["Content-Length"]) == len(hit.content) < len(first.content) / 2
    assert gzip.decompress(hit.content) == first.content
    for header in ("Content-Security-Policy", "X-Frame-Options", "Content-Type", "Content-Language"):
        assert hit[header] == first[header]
    plain = client.get("/news/")
    assert "Content-Encoding" not in plain and plain.content == first.content


@override_settings(PAGE_CACHE_SECONDS=60)
def test_visitors_with_a_session_never_get_or_leave_a_cached_page(client, staff):
    client.force_login(staff)
    assert "X-Page-Cache" not in client.get("/news/")
    client.logout()
    assert client.get("/news/")["X-Page-Cache"] == "miss"


def test_home_figures_are_recounted_once_after_a_change_and_meanwhile_served_as_they_were():
    counted = []

    def count():
        counted.append(1)
        return Request.objects.count()

    first = cached_content("test-figures", count)
    assert cached_content("test-figures", count) == first and len(counted) == 1
    RequestRecordFactory()  # a save: the figure is stale
    assert _may_remake(content_key("test-figures"))  # another worker is recounting
    assert cached_content("test-figures", count) == first and len(counted) == 1
    cache.delete(f"remaking:{content_key('test-figures')}")
    assert cached_content("test-figures", count) == first + 1 and len(counted) == 2


def _redis_up() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.2).close()
        return True
    except OSError:
        return False


@pytest.mark.skipif(not _redis_up(), reason="no Redis on 127.0.0.1:6379")
def test_the_page_cache_works_through_redis(client):
    redis = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/15",
            "KEY_PREFIX": f"most-page-cache-test-{os.getpid()}",
        }
    }  # one prefix per test run: runs side by side share no keys
    with override_settings(PAGE_CACHE_SECONDS=60, CACHES=redis):
        from django.core.cache import caches

        caches["default"].delete_many([page_key(RequestFactory().get("/en/agencies/"))])
        first = client.get("/en/agencies/")
        hit = client.get("/en/agencies/")
        assert hit["X-Page-Cache"] == "hit" and hit.content == first.content
        Agency.objects.filter(code="DSS").first().save()
        assert client.get("/en/agencies/")["X-Page-Cache"] == "miss"
        caches["default"].delete_many([page_key(RequestFactory().get("/en/agencies/"))])
