"""The programme's figures: requests, workshops and delivery, by year, region, cluster and agency.

Everything counted is public: requests through ``Request.objects.visible_to(AnonymousUser())``
(reviewed requests), workshops through ``Workshop.objects.visible_to``. The figures are the
same for every visitor, so they are cached per filter and language, and dropped when a counted
row changes (stats.signals).
"""

import datetime as dt
import statistics
import uuid
import zoneinfo
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db.models import Count, DateField, Min, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from agencies.models import Agency
from core import dates
from core.dates import fiscal_year_label
from provinces.models import Cluster, ClusterMembership, Province, Region
from requests_app.models import Assignment, Category, Request
from workshops.models import Workshop

VERSION_KEY = "stats:version"
TIMEOUT = 60 * 60 * 6
NO_CLUSTER = "-"


@dataclass
class Row:
    """One line of a table: what is counted, and its numbers (one per column)."""

    key: str
    label: str
    values: list[int | float | None]
    url: str = ""


@dataclass
class Table:
    """A table of figures; its chart draws ``chart_column``."""

    slug: str
    title: str
    key_heading: str
    columns: list[str]
    rows: list[Row] = field(default_factory=list)
    chart_column: int = 0
    note: str = ""
    chart_limit: int | None = None

    @property
    def chart_rows(self) -> list[Row]:
        """The rows the chart draws: all, or the first ``chart_limit`` (the table keeps them all)."""
        return self.rows[: self.chart_limit] if self.chart_limit else self.rows

    @property
    def chart_heading(self) -> str:
        return self.columns[self.chart_column]


@dataclass
class Figures:
    """Everything /stats/ shows for one choice of filters."""

    fiscal_year: int | None
    region: str | None
    headline: dict[str, int | float | None]
    tables: dict[str, Table]
    province_counts: dict[str, int]
    fiscal_years: list[int]
    #: Reported figures beside the recorded ones (stats.reported.Comparison), never added.
    reported: list = field(default_factory=list)


def figures_changed() -> None:
    """Forget every cached figure (a new version key; old entries expire unread)."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def _version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.add(VERSION_KEY, version, None)
        version = cache.get(VERSION_KEY, version)
    return version


def figures(*, fiscal_year: int | None = None, region: str | None = None) -> Figures:
    """The figures for the filters, from the cache when they have not changed since."""
    key = f"stats:{_version()}:{fiscal_year or 'all'}:{region or 'all'}:{get_language() or 'th'}"
    result = cache.get(key)
    if result is None:
        result = compute_figures(fiscal_year=fiscal_year, region=region)
        cache.set(key, result, TIMEOUT)
    return result


def public_requests(*, fiscal_year: int | None = None, region: str | None = None) -> QuerySet[Request]:
    """The requests the figures count: the public ones, narrowed by the filters."""
    requests = Request.objects.visible_to(AnonymousUser())
    if fiscal_year:
        requests = requests.filter(fiscal_year=fiscal_year)
    if region:
        requests = requests.filter(province__region=region)
    return requests


def request_day():
    """The day a request was made (submitted, else created), in Thai time."""
    tz = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    return Coalesce(
        TruncDate("submitted_at", tzinfo=tz), TruncDate("created_at", tzinfo=tz), output_field=DateField()
    )


def with_cluster(requests: QuerySet[Request]) -> QuerySet[Request]:
    """Annotates ``cluster_id``: the province's cluster on the day of the request."""
    memberships = ClusterMembership.objects.filter(province_id=OuterRef("province_id")).filter(
        Q(valid_from__isnull=True) | Q(valid_from__lte=OuterRef("day")),
        Q(valid_to__isnull=True) | Q(valid_to__gt=OuterRef("day")),
    )
    return requests.annotate(day=request_day()).annotate(
        cluster_id=Subquery(memberships.values("cluster_id")[:1])
    )


def _rate(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _median(values: list[int]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def _local_day(moment: dt.datetime) -> dt.date:
    return timezone.localtime(moment).date() if timezone.is_aware(moment) else moment.date()


def compute_figures(*, fiscal_year: int | None = None, region: str | None = None) -> Figures:
    """Count everything afresh (a fixed number of queries, whatever the number of rows)."""
    requests = public_requests(fiscal_year=fiscal_year, region=region)
    all_years = public_requests(region=region)
    status_labels = dict(Request.Status.choices)
    tables: dict[str, Table] = {}

    by_status = Counter(dict(requests.values_list("status").annotate(n=Count("pk")).order_by()))
    tables["status"] = Table(
        "status",
        _("Requests by status"),
        _("Status"),
        [_("Requests")],
        [Row(s, str(status_labels[s]), [by_status.get(s, 0)]) for s in Request.PUBLIC_STATUSES],
    )

    by_category = Counter(dict(requests.values_list("category_id").annotate(n=Count("pk")).order_by()))
    tables["category"] = Table(
        "category",
        _("Requests by category"),
        _("Category"),
        [_("Requests")],
        [Row(c.code, c.name, [by_category.get(c.pk, 0)]) for c in Category.objects.all()],
    )

    by_region = Counter(dict(requests.values_list("province__region").annotate(n=Count("pk")).order_by()))
    tables["region"] = Table(
        "region",
        _("Requests by region"),
        _("Region"),
        [_("Requests")],
        [
            Row(value, str(label), [by_region.get(value, 0)])
            for value, label in Region.choices
            if not region or value == region
        ],
    )

    by_cluster = Counter(
        dict(with_cluster(requests).values_list("cluster_id").annotate(n=Count("pk")).order_by())
    )
    cluster_rows = [
        Row(c.code, c.name, [by_cluster[c.pk]], c.get_absolute_url())
        for c in Cluster.objects.all()
        if by_cluster.get(c.pk)
    ]
    if by_cluster.get(None):
        cluster_rows.append(Row(NO_CLUSTER, _("Not in a province cluster"), [by_cluster[None]]))
    tables["cluster"] = Table(
        "cluster",
        _("Requests by province cluster"),
        _("Province cluster"),
        [_("Requests")],
        sorted(cluster_rows, key=lambda row: -row.values[0]),
        note=_("Each request counts for the cluster its province belonged to on the day it was made."),
    )

    provinces = list(Province.objects.all())
    by_province = Counter(dict(requests.values_list("province_id").annotate(n=Count("pk")).order_by()))
    tables["province"] = Table(
        "province",
        _("Requests by province"),
        _("Province"),
        [_("Requests")],
        sorted(
            (
                Row(p.code, p.name, [by_province[p.pk]], p.get_absolute_url())
                for p in provinces
                if by_province.get(p.pk)
            ),
            key=lambda row: (-row.values[0], row.key),
        ),
        chart_limit=15,
        note=_("The chart shows the fifteen provinces with the most requests; the table lists them all."),
    )

    by_year = dict(
        all_years.exclude(fiscal_year=None).values_list("fiscal_year").annotate(n=Count("pk")).order_by()
    )
    tables["fiscal_year"] = Table(
        "fiscal_year",
        _("Requests by fiscal year"),
        _("Fiscal year"),
        [_("Requests")],
        [Row(str(year), fiscal_year_label(year), [by_year[year]]) for year in sorted(by_year)],
        note=_("All fiscal years, whatever the year chosen above."),
    )

    agencies = list(Agency.objects.all())
    answering = Assignment.objects.filter(request__in=requests).exclude(status=Assignment.Status.DECLINED)
    by_agency = {
        agency_id: (total, delivered)
        for agency_id, total, delivered in answering.values_list("agency_id")
        .annotate(
            total=Count("request_id", distinct=True),
            delivered=Count("request_id", distinct=True, filter=Q(request__status=Request.Status.DELIVERED)),
        )
        .order_by()
    }
    tables["agency"] = Table(
        "agency",
        _("Requests answered by agency"),
        _("Agency"),
        [_("Requests")],
        sorted(
            (
                Row(a.code, a.name, [by_agency[a.pk][0]], a.get_absolute_url())
                for a in agencies
                if a.pk in by_agency
            ),
            key=lambda row: (-row.values[0], row.key),
        ),
        note=_(
            "A request answered by several agencies counts once for each; declined assignments do not count."
        ),
    )

    workshops = Workshop.objects.visible_to(AnonymousUser()).exclude(status=Workshop.Status.CANCELLED)
    if region:
        workshops = workshops.filter(host_province__region=region)
    workshop_years: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    counted_years: set[int] = set()  # years with at least one workshop whose total is recorded
    for start, participants in workshops.values_list("start_date", "participant_count"):
        year = workshop_years[dates.fiscal_year(start)]
        year[0] += 1
        year[1] += participants or 0
        if participants is not None:
            counted_years.add(dates.fiscal_year(start))
    tables["workshops"] = Table(
        "workshops",
        _("Workshops and participants by fiscal year"),
        _("Fiscal year"),
        [_("Workshops"), _("Participants")],
        [
            Row(str(year), fiscal_year_label(year), list(workshop_years[year]))
            for year in sorted(workshop_years)
        ],
        note=_("Planned and held workshops, all fiscal years; a region counts the workshops it hosted."),
    )

    # Delivery: days from submission to the first change of status to "delivered".
    delivered = (
        requests.filter(status=Request.Status.DELIVERED)
        .annotate(
            delivered_at=Min("events__created_at", filter=Q(events__to_status=Request.Status.DELIVERED))
        )
        .values_list("pk", "province__region", "submitted_at", "delivered_at")
    )
    days_of: dict[int, int] = {}
    delivered_region: dict[int, str] = {}
    for pk, province_region, submitted_at, delivered_at in delivered:
        delivered_region[pk] = province_region
        if submitted_at and delivered_at:
            days_of[pk] = (_local_day(delivered_at) - _local_day(submitted_at)).days
    agency_days: dict[int, list[int]] = defaultdict(list)
    for agency_id, request_id in (
        answering.filter(request_id__in=list(days_of)).values_list("agency_id", "request_id").distinct()
        if days_of
        else []
    ):
        agency_days[agency_id].append(days_of[request_id])
    delivery_columns = [_("Requests"), _("Delivered"), _("Delivery rate (%)"), _("Median days to delivery")]
    tables["delivery_agency"] = Table(
        "delivery_agency",
        _("Delivery by agency"),
        _("Agency"),
        delivery_columns,
        [
            Row(
                a.code,
                a.name,
                [
                    by_agency[a.pk][0],
                    by_agency[a.pk][1],
                    _rate(by_agency[a.pk][1], by_agency[a.pk][0]),
                    _median(agency_days.get(a.pk, [])),
                ],
                a.get_absolute_url(),
            )
            for a in agencies
            if a.pk in by_agency
        ],
        chart_column=2,
    )
    region_delivered = Counter(delivered_region.values())
    region_days: dict[str, list[int]] = defaultdict(list)
    for pk, days in days_of.items():
        region_days[delivered_region[pk]].append(days)
    tables["delivery_region"] = Table(
        "delivery_region",
        _("Delivery by region"),
        _("Region"),
        delivery_columns,
        [
            Row(
                value,
                str(label),
                [
                    by_region.get(value, 0),
                    region_delivered.get(value, 0),
                    _rate(region_delivered.get(value, 0), by_region.get(value, 0)),
                    _median(region_days.get(value, [])),
                ],
            )
            for value, label in Region.choices
            if not region or value == region
        ],
        chart_column=2,
        note=_("Days from submission to the day the request was marked delivered."),
    )

    from stats.reported import comparison_table, comparisons
    from stats.results import result_tables, result_totals

    tables.update(result_tables(requests=requests, all_years=all_years, region=region, table=(Table, Row)))
    from stats.planned import plan_table
    from stats.where_who import where_who_tables

    tables.update(where_who_tables(requests=requests, table=(Table, Row)))

    tables["plans"] = plan_table(fiscal_year=fiscal_year, region=region, table=(Table, Row))
    reported = comparisons(requests=public_requests(), fiscal_year=fiscal_year, region=region)
    if reported:
        tables["reported"] = comparison_table(reported, table=(Table, Row))

    total = sum(by_status.values())
    delivered_total = by_status.get(Request.Status.DELIVERED, 0)
    workshop_filter = fiscal_year and (lambda year: year == fiscal_year)
    headline = {
        "requests": total,
        "delivered": delivered_total,
        "delivery_rate": _rate(delivered_total, total),
        "median_days": _median(list(days_of.values())),
        "workshops": sum(
            v[0] for y, v in workshop_years.items() if not workshop_filter or workshop_filter(y)
        ),
        # None ("–"), not 0, when no workshop counted has a recorded total.
        "participants": sum(
            v[1] for y, v in workshop_years.items() if not workshop_filter or workshop_filter(y)
        )
        if any(not workshop_filter or workshop_filter(y) for y in counted_years)
        else None,
        **result_totals(requests),
    }
    return Figures(
        fiscal_year=fiscal_year,
        region=region,
        headline=headline,
        tables=tables,
        province_counts={p.code: by_province.get(p.pk, 0) for p in provinces},
        fiscal_years=sorted(
            set(by_year) | set(workshop_years) | set(_all_request_years()) | set(_reported_years()),
            reverse=True,
        ),
        reported=reported,
    )


def _reported_years() -> list[int]:
    from stats.models import ReportedFigure

    return list(ReportedFigure.objects.values_list("fiscal_year", flat=True).distinct().order_by())


def _all_request_years() -> list[int]:
    return list(
        Request.objects.visible_to(AnonymousUser())
        .exclude(fiscal_year=None)
        .values_list("fiscal_year", flat=True)
        .distinct()
        .order_by()
    )
