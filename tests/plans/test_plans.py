"""STI plans and budgets (issue 17, item 5): a province's plan per fiscal year, projects with
budget by source, the requests and assignments each answers; planned against delivered."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from plans.models import Plan, Project
from provinces.models import Cluster, Province
from requests_app.models import Assignment, Request
from tests.factories import AssignmentFactory, RequestFactory

pytestmark = pytest.mark.django_db

URL = "/provinces/loei/plans/"


def _plan(year=2553, publication=Plan.Publication.PUBLISHED, **kwargs):
    kwargs.setdefault("province", Province.objects.get(code="42"))
    return Plan.objects.create(
        fiscal_year=year, title=f"แผน วทน. จังหวัดเลย {year}", publication=publication, **kwargs
    )


def _project(plan, n=0, delivered=True):
    project = Project.objects.create(
        plan=plan,
        title=f"ถ่ายทอดเทคโนโลยี {n}",
        budget_ministry=Decimal("100000"),
        budget_province=Decimal("50000"),
        budget_other=None,
    )
    request = RequestFactory(
        province=Province.objects.get(code="42"),
        status=Request.Status.DELIVERED if delivered else Request.Status.MATCHED,
    )
    assignment = AssignmentFactory(request=request, status=Assignment.Status.DONE, cost=Decimal("120000"))
    project.requests.add(request)
    project.assignments.add(assignment)
    return project


def test_plan_page_shows_budget_by_source_and_planned_against_delivered(client, staff):
    plan = _plan()
    _project(plan, 1)
    _project(plan, 2, delivered=False)
    html = client.get(URL).content.decode()
    assert "แผน วทน. จังหวัดเลย 2553" in html
    assert html.split('data-figure="planned">')[1].split("<")[0].replace(",", "") == "300000"
    assert html.split('data-figure="requests">')[1].split("<")[0] == "1 / 2"
    # An assignment's cost is private: only staff see what was spent.
    assert 'data-figure="delivered_cost"' not in html and "120,000" not in html
    client.force_login(staff)
    html = client.get(URL).content.decode()
    assert html.split('data-figure="delivered_cost">')[1].split("<")[0].replace(",", "") == "240000"
    english = client.get("/en" + URL).content.decode()
    assert "Ministry (baht)" in english and "Province (baht)" in english and "Other (baht)" in english


def test_a_cluster_plan_shows_on_its_provinces_pages_and_drafts_stay_hidden(client, staff):
    _plan(year=2554, province=None, cluster=Cluster.objects.get(code="northeast-upper-1"))
    _plan(year=2555, publication=Plan.Publication.DRAFT)
    html = client.get(URL).content.decode()
    assert "2554" in html and "2555" not in html
    client.force_login(staff)
    assert "2555" in client.get(URL).content.decode()


def test_a_plan_is_for_one_province_or_one_cluster():
    from django.core.exceptions import ValidationError

    plan = Plan(
        fiscal_year=2553, title="x", province=Province.objects.get(code="42"), cluster=Cluster.objects.first()
    )
    with pytest.raises(ValidationError):
        plan.full_clean()


def test_stats_set_planned_against_delivered_by_fiscal_year(client):
    plan = _plan()
    _project(plan, 1)
    _plan(year=2556, publication=Plan.Publication.DRAFT).projects.create(title="ร่าง", budget_ministry=9)
    tables = {t["slug"]: t for t in client.get("/api/v1/stats/").json()["tables"]}
    assert [(r["key"], r["values"]) for r in tables["plans"]["rows"]] == [("2553", [1, 150000, 1, 1, 1, 1])]


def _queries(client) -> int:
    client.get(URL)  # warm what every page loads once
    with CaptureQueriesContext(connection) as queries:
        assert client.get(URL).status_code == 200
    return len(queries)


def test_plan_page_queries_do_not_grow_with_plans_or_projects(client):
    _project(_plan(), 0)
    small = _queries(client)
    for year in range(2554, 2558):
        plan = _plan(year=year)
        for n in range(3):
            _project(plan, n)
    assert _queries(client) == small
