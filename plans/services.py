"""Planned against delivered: a plan's budget by source beside what its assignments cost and did."""

from dataclasses import dataclass
from decimal import Decimal

from requests_app.models import Assignment, Request


@dataclass
class PlanTotals:
    """One plan's planned budget (by source) and what was delivered against it."""

    ministry: Decimal | None
    province: Decimal | None
    other: Decimal | None
    planned: Decimal | None
    delivered_cost: Decimal | None
    requests: int
    requests_delivered: int
    assignments: int
    assignments_done: int


def _sum(values) -> Decimal | None:
    present = [v for v in values if v is not None]
    return sum(present, Decimal(0)) if present else None


def plan_totals(plan) -> PlanTotals:
    """Totals of a plan whose projects, requests and assignments are prefetched (no query).

    A request or assignment answered by two projects of the plan counts once.
    """
    projects = list(plan.projects.all())
    requests = {r.pk: r for p in projects for r in p.requests.all()}
    assignments = {a.pk: a for p in projects for a in p.assignments.all()}
    return PlanTotals(
        ministry=_sum(p.budget_ministry for p in projects),
        province=_sum(p.budget_province for p in projects),
        other=_sum(p.budget_other for p in projects),
        planned=_sum(p.budget_total for p in projects),
        delivered_cost=_sum(a.cost for a in assignments.values()),
        requests=len(requests),
        requests_delivered=sum(r.status == Request.Status.DELIVERED for r in requests.values()),
        assignments=len(assignments),
        assignments_done=sum(a.status == Assignment.Status.DONE for a in assignments.values()),
    )
