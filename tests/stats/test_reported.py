"""Reported figures (issue 17, item 1): a ministry report's totals beside the recorded ones,
labelled, never added; FY 2552 as the programme page reports it."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from provinces.models import Cluster, Province
from stats.models import ReportedFigure
from stats.services import figures_changed
from tests.factories import RequestFactory, WorkshopFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("load_demo", verbosity=0)


def _block(html: str, key: str) -> str:
    return html.split(f'data-reported="{key}"')[1].split("</table>")[0]


def _cells(block: str, measure: str) -> tuple[str, str]:
    row = block.split(f'data-measure="{measure}"')[1].split("</tr>")[0]
    recorded = row.split("data-recorded>")[1].split("<")[0]
    reported = row.split("data-reported-value>")[1].split("<")[0]
    return recorded, reported


def test_fy2552_reported_125_beside_recorded(demo, client):
    html = client.get("/stats/").content.decode()
    block = _block(html, "2552:all")
    # The demo records one FY 2552 request (Phu Luang); the report gives 125. Side by side.
    assert _cells(block, "requests") == ("1", "125")
    assert _cells(block, "workshops") == ("4", "4")
    assert _cells(block, "provinces") == ("16", "16")
    assert _cells(block, "participants") == ("–", "–")  # neither source gives a count
    # Never added: the headline still counts only the recorded requests.
    headline = html.split('data-figure="requests">')[1].split("<")[0]
    assert headline == "9"
    # 130 was the 2013 morning session alone: no workshop total is recorded, so none is shown.
    assert 'data-figure="participants">–<' in html
    # The three categories the report names, without counts it does not give.
    assert block.count('data-measure="category"') == 3
    assert "โครงการบูรณาการงานด้านวิทยาศาสตร์และเทคโนโลยีในระดับจังหวัด" in html.split('data-reported="2552:all"')[1]


def test_english_page_labels_recorded_and_reported(demo, client):
    html = client.get("/en/stats/").content.decode()
    assert "Recorded in the portal" in html and "Reported by the ministry" in html
    assert "never added together" in html


def test_api_and_csv_give_both_apart(demo, client):
    data = client.get("/api/v1/stats/?fiscal_year=2552").json()
    [item] = data["reported"]
    assert item["recorded"]["requests"] == 1 and item["reported"]["requests"] == 125
    assert data["headline"]["requests"] == 1
    table = next(t for t in data["tables"] if t["slug"] == "reported")
    assert table["rows"][0]["values"][4:6] == [1, 125]
    csv_text = client.get("/stats/reported.csv").content.decode("utf-8-sig")
    assert "2552:all" in csv_text and ",1,125," in csv_text


def test_a_cluster_figure_counts_the_clusters_requests_only(client):
    cluster = Cluster.objects.get(code="north-upper-1")
    chiang_mai = Province.objects.get(code="50")
    RequestFactory(province=chiang_mai, fiscal_year=2557)
    RequestFactory(province=Province.objects.get(code="42"), fiscal_year=2557)  # Loei: not this cluster
    WorkshopFactory().target_provinces.set([chiang_mai])
    ReportedFigure.objects.create(fiscal_year=2557, cluster=cluster, requests=12, source_title="รายงาน")
    html = client.get("/stats/").content.decode()
    block = _block(html, "2557:cluster-north-upper-1")
    assert _cells(block, "requests") == ("1", "12")
    assert _cells(block, "workshops") == ("1", "–")


def _queries(client) -> int:
    client.get("/stats/")  # warm what every page loads once (session, caches outside the figures)
    figures_changed()
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/stats/").status_code == 200
    return len(queries)


def test_stats_queries_do_not_grow_with_reports_or_records(client):
    ReportedFigure.objects.create(fiscal_year=2552, requests=125, source_title="รายงาน")
    RequestFactory()
    WorkshopFactory()
    small = _queries(client)
    for year in range(2553, 2560):
        ReportedFigure.objects.create(fiscal_year=year, requests=10, source_title="รายงาน")
        ReportedFigure.objects.create(
            fiscal_year=year, province=Province.objects.get(code="42"), requests=2, source_title="รายงาน"
        )
        RequestFactory(fiscal_year=year)
        WorkshopFactory().target_provinces.set([Province.objects.get(code="50")])
    assert _queries(client) == small
