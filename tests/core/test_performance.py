"""Cached aggregates and counts stay right: a change shows on the next view, and nothing grows with the data."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import Article
from requests_app.models import Request
from tests.factories import ArticleFactory, RequestFactory, WorkshopFactory

pytestmark = pytest.mark.django_db


def _figure(html: str, label: str) -> int:
    return int(re.search(rf"<strong>(\d+)</strong> {label}", html).group(1))


def test_home_figures_count_public_requests_and_follow_changes(client):
    RequestFactory.create_batch(2)
    RequestFactory(status=Request.Status.DELIVERED)
    RequestFactory(status=Request.Status.SUBMITTED)  # not reviewed yet: not public, not counted
    html = client.get("/en/").content.decode()
    assert _figure(html, "requests from the provinces") == 3
    assert _figure(html, "requests delivered") == 1

    delivered = RequestFactory(status=Request.Status.DELIVERED)
    WorkshopFactory()
    html = client.get("/en/").content.decode()
    assert _figure(html, "requests from the provinces") == 4
    assert _figure(html, "requests delivered") == 2
    assert _figure(html, "workshops") == 1

    delivered.delete()
    assert _figure(client.get("/en/").content.decode(), "requests from the provinces") == 3


def test_home_figures_are_the_public_ones_for_staff_too(client_for, staff):
    RequestFactory()
    RequestFactory(status=Request.Status.DRAFT, reference=None, fiscal_year=None, sequence=None)
    html = client_for(staff).get("/en/").content.decode()
    assert _figure(html, "requests from the provinces") == 1


def test_home_page_queries_do_not_grow_with_the_data(client):
    client.get("/")
    with CaptureQueriesContext(connection) as small:
        client.get("/")
    RequestFactory.create_batch(30)
    WorkshopFactory.create_batch(10)
    ArticleFactory.create_batch(10)
    client.get("/")  # the figures are recounted once after the change
    with CaptureQueriesContext(connection) as large:
        client.get("/")
    assert len(large) == len(small)
    assert not any("COUNT(" in query["sql"] for query in large.captured_queries)


def test_news_total_follows_a_new_article(client):
    ArticleFactory.create_batch(12)
    assert "Page 1 of 2" in client.get("/en/news/").content.decode()
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/news/?page=2")
    assert not any("COUNT(" in query["sql"] for query in queries.captured_queries)

    ArticleFactory.create_batch(9)
    assert "Page 1 of 3" in client.get("/en/news/").content.decode()
    Article.objects.filter(slug__startswith="news-").first().delete()
    assert "Page 1 of 2" in client.get("/en/news/").content.decode()


def test_a_filtered_total_is_its_own(client):
    RequestFactory.create_batch(3)
    RequestFactory(status=Request.Status.DELIVERED)
    assert "4 requests" in client.get("/en/requests/").content.decode()
    assert "1 request" in client.get("/en/requests/?status=delivered").content.decode()
    assert "3 requests" in client.get("/en/requests/?status=under_review").content.decode()


def test_signed_in_people_get_their_own_totals(client, client_for, pcso):
    RequestFactory()
    RequestFactory(status=Request.Status.SUBMITTED)  # Chiang Mai's: the Chiang Mai PCSO sees it
    assert "1 request" in client.get("/en/requests/").content.decode()
    assert "2 requests" in client_for(pcso).get("/en/requests/").content.decode()


def test_province_page_lists_workshops_it_hosted_or_was_a_target_of_once_each(client):
    from provinces.models import Province

    chiang_mai, lamphun, udon = (
        Province.objects.get(slug=s) for s in ("chiang-mai", "lamphun", "udon-thani")
    )
    hosted = WorkshopFactory(title="จัดที่เชียงใหม่", host_province=chiang_mai)
    hosted.target_provinces.set([chiang_mai, lamphun])
    targeted = WorkshopFactory(title="จัดที่ลำพูน", host_province=lamphun)
    targeted.target_provinces.set([chiang_mai])
    WorkshopFactory(title="จัดที่อุดรธานี", host_province=udon).target_provinces.set([udon])
    html = client.get("/provinces/chiang-mai/").content.decode()
    assert html.count("จัดที่เชียงใหม่") == 1
    assert html.count("จัดที่ลำพูน") == 1
    assert "จัดที่อุดรธานี" not in html


def test_admin_request_list_filters_by_fiscal_year(client_for, superuser):
    from django.urls import reverse

    older = RequestFactory(fiscal_year=2555)
    newer = RequestFactory(fiscal_year=2557)
    url = reverse("admin:requests_app_request_changelist")
    html = client_for(superuser).get(url).content.decode()
    assert "?fiscal_year__exact=2556" in html  # every year from the first to the last
    html = client_for(superuser).get(url, {"fiscal_year__exact": "2555"}).content.decode()
    assert older.reference in html and newer.reference not in html
    assert client_for(superuser).get(url, {"fiscal_year__exact": "abc"}).status_code == 200


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the estimate is PostgreSQL's pg_class.reltuples"
)
def test_an_unfiltered_large_list_takes_the_estimate_a_filtered_one_is_counted():
    from core.pagination import EstimatedCountPaginator

    class LowThreshold(EstimatedCountPaginator):
        threshold = 10

    RequestFactory.create_batch(30)
    RequestFactory.create_batch(2, status=Request.Status.DELIVERED)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE requests_app_request")
    requests = Request.objects.order_by("pk")
    with CaptureQueriesContext(connection) as queries:
        assert LowThreshold(requests, 10).count == 32
    assert "reltuples" in queries.captured_queries[0]["sql"] and len(queries) == 1
    assert LowThreshold(requests.filter(status=Request.Status.DELIVERED), 10).count == 2
    assert EstimatedCountPaginator(requests, 10).count == 32  # below the threshold: counted


def test_status_labels_are_translated_on_the_lists(client):
    request = RequestFactory(status=Request.Status.PARTLY_DELIVERED)
    assert "Partly delivered" in client.get("/en/requests/").content.decode()
    assert "Partly delivered" not in client.get("/requests/").content.decode()  # Thai on the Thai page
    assert request.get_status_display() in ("ดำเนินการได้บางส่วน", "Partly delivered")
    assert Request(status="unknown").get_status_display() == "unknown"
