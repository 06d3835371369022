"""/stats/: every figure equals a count made here, straight from the rows."""

import csv
import io
import statistics
from collections import Counter, defaultdict

import pytest

from agencies.models import Agency
from core import dates
from provinces.models import Cluster, Province
from requests_app.models import Assignment, Category, Request, RequestEvent
from stats.charts import format_value
from tests.factories import RequestFactory
from tests.stats.conftest import local_day
from tests.stats.helpers import chart_values, charts, headline, tables
from workshops.models import Workshop

pytestmark = pytest.mark.django_db


def _public(fiscal_year=None, region=None) -> list[Request]:
    rows = [r for r in Request.objects.select_related("province") if r.status in Request.PUBLIC_STATUSES]
    return [
        r
        for r in rows
        if (fiscal_year is None or r.fiscal_year == fiscal_year)
        and (region is None or r.province.region == region)
    ]


def _expected(fiscal_year=None, region=None) -> dict[str, dict[str, list]]:
    rows = _public(fiscal_year, region)
    expected: dict[str, dict[str, list]] = {}
    by_status = Counter(r.status for r in rows)
    expected["status"] = {s: [by_status[s]] for s in Request.PUBLIC_STATUSES}
    by_category = Counter(r.category_id for r in rows)
    expected["category"] = {c.code: [by_category[c.pk]] for c in Category.objects.all()}
    by_province = Counter(r.province.code for r in rows)
    expected["province"] = {code: [n] for code, n in by_province.items()}
    by_region = Counter(r.province.region for r in rows)
    expected["region"] = {
        reg: [by_region[reg]]
        for reg in (["north", "northeast", "central", "east", "west", "south"] if not region else [region])
    }
    clusters = Counter()
    for r in rows:
        cluster = r.province.cluster_on(local_day(r.submitted_at))
        clusters[cluster.code if cluster else "-"] += 1
    expected["cluster"] = {code: [n] for code, n in clusters.items()}
    years = Counter(r.fiscal_year for r in _public(None, region))
    expected["fiscal_year"] = {str(y): [n] for y, n in years.items()}
    # Agencies: distinct requests with an assignment the agency has not declined.
    answered = defaultdict(set)
    ids = {r.pk for r in rows}
    for a in Assignment.objects.select_related("agency"):
        if a.request_id in ids and a.status != Assignment.Status.DECLINED:
            answered[a.agency.code].add(a.request_id)
    expected["agency"] = {code: [len(reqs)] for code, reqs in answered.items()}
    # Delivery: delivered = status "delivered"; days = first delivered event - submission.
    days = {}
    for r in rows:
        if r.status == Request.Status.DELIVERED:
            events = RequestEvent.objects.filter(request=r, to_status="delivered").order_by("created_at")
            days[r.pk] = (local_day(events[0].created_at) - local_day(r.submitted_at)).days

    def block(requests_ids):
        delivered = [i for i in requests_ids if i in days]
        total = len(requests_ids)
        return [
            total,
            len(delivered),
            round(100 * len(delivered) / total, 1) if total else None,
            round(statistics.median([days[i] for i in delivered]), 1) if delivered else None,
        ]

    expected["delivery_agency"] = {code: block(reqs) for code, reqs in answered.items()}
    by_region_ids = defaultdict(set)
    for r in rows:
        by_region_ids[r.province.region].add(r.pk)
    expected["delivery_region"] = {reg: block(by_region_ids[reg]) for reg in expected["region"]}
    workshops = defaultdict(lambda: [0, 0])
    for w in Workshop.objects.select_related("host_province"):
        if w.status == Workshop.Status.CANCELLED or (region and w.host_province.region != region):
            continue
        workshops[str(dates.fiscal_year(w.start_date))][0] += 1
        workshops[str(dates.fiscal_year(w.start_date))][1] += w.participant_count or 0
    expected["workshops"] = dict(workshops)
    return expected


def _as_text(expected: dict[str, list]) -> dict[str, list[str]]:
    return {key: [format_value(v) for v in values] for key, values in expected.items()}


@pytest.mark.parametrize(
    "query,fiscal_year,region",
    [
        ("", None, None),
        ("?fy=2557", 2557, None),
        ("?region=north", None, "north"),
        ("?fy=2555&region=north", 2555, "north"),
    ],
)
def test_every_table_equals_an_independent_count(client, dataset, query, fiscal_year, region):
    html = client.get(f"/en/stats/{query}").content.decode()
    shown = tables(html)
    expected = _expected(fiscal_year, region)
    for slug, rows in expected.items():
        assert shown[slug] == _as_text(rows), slug


def test_the_dataset_exercises_every_table(dataset):
    expected = _expected()
    for slug, rows in expected.items():
        assert any(v and v[0] for v in rows.values()), f"{slug} counts nothing: the test would be vacuous"
    # Lamphun's requests fall on both sides of its move between clusters.
    assert len([k for k in expected["cluster"] if k != "-"]) >= 3


def test_cluster_is_the_membership_on_the_day_of_the_request(client, dataset, lamphun_moves):
    old, new = lamphun_moves
    lamphun = Province.objects.get(code="51")
    before = [r for r in _public() if r.province == lamphun and local_day(r.submitted_at).year < 2012]
    after = [r for r in _public() if r.province == lamphun and local_day(r.submitted_at).year >= 2012]
    assert before and after
    shown = tables(client.get("/en/stats/").content.decode())["cluster"]
    others_old = sum(
        1
        for r in _public()
        if r.province != lamphun and r.province.cluster_on(local_day(r.submitted_at)) == old
    )
    others_new = sum(
        1
        for r in _public()
        if r.province != lamphun and r.province.cluster_on(local_day(r.submitted_at)) == new
    )
    assert shown[old.code] == [str(len(before) + others_old)]
    assert shown[new.code] == [str(len(after) + others_new)]


def test_headline_figures(client, dataset):
    html = client.get("/en/stats/?fy=2557").content.decode()
    figures = headline(html)
    rows = _public(2557)
    assert figures["requests"] == str(len(rows))
    assert figures["delivered"] == str(sum(r.status == "delivered" for r in rows))
    assert figures["workshops"] == "2"  # FY 2557: 1 Nov 2013 and 1 Feb 2014; the cancelled one not
    assert figures["participants"] == "130"


def test_private_requests_are_not_counted(client, dataset, staff):
    client.force_login(staff)  # figures are public: the same for everybody
    html = client.get("/en/stats/").content.decode()
    total = sum(int(v[0]) for v in tables(html)["status"].values())
    assert total == len(_public())
    assert total < Request.objects.count()


def test_svg_charts_parse_as_xml_and_match_their_tables(client, dataset):
    html = client.get("/en/stats/").content.decode()
    shown = tables(html)
    found = charts(html)
    assert set(found) == set(shown)
    chart_columns = {"delivery_agency": 2, "delivery_region": 2}
    for slug, root in found.items():
        column = chart_columns.get(slug, 0)
        values = chart_values(root)
        if slug == "province":  # the chart draws the top fifteen, the table lists every province
            assert set(values) <= set(shown[slug]) and len(values) == min(15, len(shown[slug]))
        else:
            assert set(values) == set(shown[slug]), slug
        for key, (data_value, text) in values.items():
            assert text == shown[slug][key][column], (slug, key)
            if data_value:
                assert format_value(float(data_value) if "." in data_value else int(data_value)) == text
        assert root.get("role") == "img" and root.find("{http://www.w3.org/2000/svg}title").text


def test_csv_download_matches_the_table(client, dataset):
    response = client.get("/en/stats/agency.csv?fy=2557")
    assert response["Content-Type"].startswith("text/csv")
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))
    shown = tables(client.get("/en/stats/?fy=2557").content.decode())["agency"]
    assert {row[0]: row[2:] for row in rows[1:]} == shown
    assert client.get("/stats/nothing.csv").status_code == 404


def test_thai_page_uses_thai_names(client, dataset):
    html = client.get("/stats/").content.decode()
    assert 'lang="th"' in html
    assert Category.objects.get(number=1).name_th in html
    assert Agency.objects.get(code="DSS").name_th in html


def test_bad_filters_are_refused_politely(client, dataset):
    response = client.get("/en/stats/?fy=abc&region=atlantis")
    assert response.status_code == 200
    assert "not one of the choices" in response.content.decode()


def test_figures_follow_changes_despite_the_cache(client, dataset):
    before = tables(client.get("/en/stats/").content.decode())["status"]["under_review"]
    RequestFactory(status=Request.Status.UNDER_REVIEW)
    after = tables(client.get("/en/stats/").content.decode())["status"]["under_review"]
    assert int(after[0]) == int(before[0]) + 1


def test_figures_are_cached(client, dataset, django_assert_max_num_queries):
    client.get("/en/stats/")
    with django_assert_max_num_queries(6):  # session-less page: only the map's provinces and the footer
        client.get("/en/stats/")


def _bulk(n: int) -> None:
    provinces = list(Province.objects.all())
    categories = list(Category.objects.all())
    agencies = list(Agency.objects.all())
    statuses = list(Request.PUBLIC_STATUSES)
    base = 90000 + Request.objects.count()
    requests = Request.objects.bulk_create(
        [
            Request(
                reference=f"{2556 + i % 3}-{base + i}",
                fiscal_year=2556 + i % 3,
                sequence=base + i,
                province=provinces[i % len(provinces)],
                category=categories[i % len(categories)],
                title=f"bulk {i}",
                status=statuses[i % len(statuses)],
                submitted_at=dataset_moment(i),
            )
            for i in range(n)
        ]
    )
    Assignment.objects.bulk_create(
        [
            Assignment(
                request=r, agency=agencies[i % len(agencies)], deliverer=agencies[i % len(agencies)].deliverer
            )
            for i, r in enumerate(requests)
        ]
    )
    RequestEvent.objects.bulk_create(
        [
            RequestEvent(request=r, kind="status", to_status="delivered", created_at=dataset_moment(i + 40))
            for i, r in enumerate(requests)
            if r.status == "delivered"
        ]
    )


def dataset_moment(i: int):
    from tests.stats.conftest import moment

    return moment(2013, 1 + i % 12, 1 + i % 28)


def _cold_queries(client, url) -> int:
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_query_count_is_constant_from_10_to_1000_rows(client, db):
    _bulk(10)
    small = [_cold_queries(client, url) for url in ("/en/stats/", "/provinces/")]
    _bulk(990)
    large = [_cold_queries(client, url) for url in ("/en/stats/", "/provinces/")]
    assert Request.objects.count() >= 1000
    assert small == large


def test_unused_cluster_rows_are_left_out(client, dataset):
    shown = tables(client.get("/en/stats/").content.decode())["cluster"]
    assert all(int(v[0]) > 0 for v in shown.values())
    assert len(shown) < Cluster.objects.count()
