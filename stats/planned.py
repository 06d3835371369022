"""Planned against delivered, by fiscal year: the published STI plans' budgets beside the
assignments their projects fund that are done and the requests they answer that were delivered.

An assignment's cost is private (the API never shows it), so the public figures give none.
"""

from collections import defaultdict
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django.utils.translation import gettext as _

from plans.models import Plan, Project
from requests_app.models import Assignment, Request


def plan_table(*, fiscal_year: int | None, region: str | None, table):
    """One row per fiscal year with a published plan (four queries, whatever the number of plans)."""
    Table, Row = table
    projects = Project.objects.filter(plan__publication=Plan.Publication.PUBLISHED)
    if fiscal_year:
        projects = projects.filter(plan__fiscal_year=fiscal_year)
    if region:
        projects = projects.filter(Q(plan__province__region=region) | Q(plan__cluster__region=region))
    years: dict[int, list] = {}
    for year, count, ministry, province, other in (
        projects.values_list("plan__fiscal_year")
        .annotate(Count("pk"), Sum("budget_ministry"), Sum("budget_province"), Sum("budget_other"))
        .order_by()
    ):
        parts = [b for b in (ministry, province, other) if b is not None]
        years[year] = [count, sum(parts, Decimal(0)) if parts else None]
    funded: dict[int, dict[int, str]] = defaultdict(dict)
    for year, assignment_id, status in Project.assignments.through.objects.filter(
        project__in=projects, assignment__request__status__in=Request.PUBLIC_STATUSES
    ).values_list("project__plan__fiscal_year", "assignment_id", "assignment__status"):
        funded[year][assignment_id] = status  # an assignment two projects fund counts once
    answered: dict[int, dict[int, str]] = defaultdict(dict)
    for year, request_id, status in Project.requests.through.objects.filter(
        project__in=projects, request__status__in=Request.PUBLIC_STATUSES
    ).values_list("project__plan__fiscal_year", "request_id", "request__status"):
        answered[year][request_id] = status
    rows = []
    for year in sorted(years):
        count, planned = years[year]
        done = sum(status == Assignment.Status.DONE for status in funded[year].values())
        statuses = answered[year].values()
        rows.append(
            Row(
                str(year),
                str(year),
                [
                    count,
                    None if planned is None else int(planned),
                    len(funded[year]),
                    done,
                    len(statuses),
                    sum(s == Request.Status.DELIVERED for s in statuses),
                ],
            )
        )
    return Table(
        "plans",
        _("STI plans: planned against delivered"),
        _("Fiscal year"),
        [
            _("Projects"),
            _("Budget planned (baht)"),
            _("Assignments funded"),
            _("Assignments done"),
            _("Requests answered"),
            _("Delivered"),
        ],
        rows,
        chart_column=1,
        note=_(
            "Published plans of the provinces and clusters: the budget planned, the assignments the "
            "projects fund and the requests they answer; a request or assignment two projects share counts once."
        ),
    )
