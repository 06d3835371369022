"""A varied set of requests, assignments, history and workshops to count."""

import datetime as dt

import pytest
from django.utils import timezone

from agencies.models import Agency
from provinces.models import Cluster, ClusterMembership, Province
from requests_app.models import Assignment, Category, Request, RequestEvent
from tests.factories import AssignmentFactory, RequestFactory, WorkshopFactory
from workshops.models import Workshop

BANGKOK = dt.timezone(dt.timedelta(hours=7))


def moment(year: int, month: int, day: int, hour: int = 10) -> dt.datetime:
    return dt.datetime(year, month, day, hour, tzinfo=BANGKOK)


@pytest.fixture
def lamphun_moves(db) -> tuple[Cluster, Cluster]:
    """Lamphun leaves its cluster on 1 January 2012 for another one: requests before and after
    count for different clusters."""
    lamphun = Province.objects.get(code="51")
    old = lamphun.cluster_memberships.get(valid_to__isnull=True)
    new_cluster = Cluster.objects.exclude(pk=old.cluster_id).order_by("code").first()
    old.valid_to = dt.date(2012, 1, 1)
    old.save()
    ClusterMembership.objects.create(province=lamphun, cluster=new_cluster, valid_from=dt.date(2012, 1, 1))
    return old.cluster, new_cluster


@pytest.fixture
def dataset(db, lamphun_moves) -> list[Request]:
    """Requests in three fiscal years, six provinces, every public status and some private ones."""
    provinces = list(Province.objects.filter(code__in=["50", "51", "41", "90", "20", "10"]).order_by("code"))
    categories = list(Category.objects.all())
    agencies = list(Agency.objects.filter(code__in=["DSS", "TISTR", "TINT"]))
    statuses = [*Request.PUBLIC_STATUSES, Request.Status.SUBMITTED, Request.Status.WITHDRAWN]
    days = [moment(2009, 1, 15), moment(2011, 12, 31, 23), moment(2012, 1, 1, 1), moment(2013, 11, 5)]
    requests = []
    for index in range(40):
        province, status, day = provinces[index % 6], statuses[index % 8], days[index % 4]
        request = RequestFactory(
            province=province,
            category=categories[index % len(categories)],
            status=status,
            submitted_at=day,
            fiscal_year=2552 if day.year == 2009 else (2555 if day.year in (2011, 2012) else 2557),
        )
        for offset, agency in enumerate(agencies[: index % 3 + 1]):
            AssignmentFactory(
                request=request,
                agency=agency,
                status=Assignment.Status.DECLINED if (index + offset) % 5 == 0 else Assignment.Status.DONE,
            )
        if status == Request.Status.DELIVERED:
            RequestEvent.objects.create(
                request=request,
                kind=RequestEvent.Kind.STATUS,
                from_status=Request.Status.IN_DELIVERY,
                to_status=Request.Status.DELIVERED,
                created_at=day + dt.timedelta(days=30 + 7 * index),
            )
        requests.append(request)
    WorkshopFactory(start_date=dt.date(2008, 11, 9), end_date=dt.date(2008, 11, 11), participant_count=120)
    WorkshopFactory(
        start_date=dt.date(2013, 11, 1),
        participant_count=130,
        host_province=Province.objects.get(code="50"),
    )
    WorkshopFactory(start_date=dt.date(2014, 2, 1), participant_count=None, host_province=provinces[2])
    WorkshopFactory(start_date=dt.date(2014, 3, 1), participant_count=50, status=Workshop.Status.CANCELLED)
    return requests


def local_day(value: dt.datetime) -> dt.date:
    return timezone.localtime(value).date()
