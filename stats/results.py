"""What delivery achieved: the deliverers' reported results, summed by fiscal year, province,
province cluster and deliverer (tables of /stats/ and of the figures API).

Counted: the assignments of the public requests the figures count, except those their deliverer
declined or stepped back from ("not ours"). Each result is optional; a sum counts the
assignments that reported it.
"""

import zoneinfo

from django.conf import settings
from django.db.models import DateField, DecimalField, IntegerField, OuterRef, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce, TruncDate
from django.utils.translation import gettext as _

from agencies.models import Deliverer
from core.dates import fiscal_year_label
from provinces.models import Cluster, ClusterMembership, Province
from requests_app.models import STEPPED_BACK_STATUSES, Assignment, Request

RESULT_FIELDS = Assignment.RESULT_FIELDS


def result_columns() -> list[str]:
    return [str(Assignment._meta.get_field(name).verbose_name).capitalize() for name in RESULT_FIELDS]


def _sums() -> dict:
    return {
        name: Sum(name, output_field=DecimalField() if name == "result_income" else IntegerField())
        for name in RESULT_FIELDS
    }


def _reported(requests: QuerySet[Request]) -> QuerySet[Assignment]:
    any_result = Q()
    for name in RESULT_FIELDS:
        any_result |= Q(**{f"{name}__isnull": False})
    return Assignment.objects.filter(any_result, request__in=requests).exclude(
        status__in=STEPPED_BACK_STATUSES
    )


def _values(row: dict) -> list[int | None]:
    return [None if row[name] is None else int(round(row[name])) for name in RESULT_FIELDS]


def _grouped(assignments: QuerySet[Assignment], key: str) -> dict:
    return {row[key]: _values(row) for row in assignments.values(key).annotate(**_sums()).order_by()}


def result_totals(requests: QuerySet[Request]) -> dict[str, int | None]:
    """The sums over every counted assignment, one per result."""
    totals = _reported(requests).aggregate(**_sums())
    return {name: None if totals[name] is None else int(round(totals[name])) for name in RESULT_FIELDS}


def result_tables(
    *, requests: QuerySet[Request], all_years: QuerySet[Request], region: str | None, table
) -> dict:
    """The four results tables (``table`` builds one: stats.services.Table and Row)."""
    Table, Row = table
    columns = result_columns()
    tables = {}

    by_year = _grouped(_reported(all_years).exclude(request__fiscal_year=None), "request__fiscal_year")
    tables["results_year"] = Table(
        "results_year",
        _("Results of delivery by fiscal year"),
        _("Fiscal year"),
        columns,
        [Row(str(year), fiscal_year_label(year), by_year[year]) for year in sorted(by_year)],
        note=_("What deliverers reported, all fiscal years, whatever the year chosen above."),
    )

    provinces = {p.pk: p for p in Province.objects.all()}
    by_province = _grouped(_reported(requests), "request__province_id")
    tables["results_province"] = Table(
        "results_province",
        _("Results of delivery by province"),
        _("Province"),
        columns,
        sorted(
            (
                Row(provinces[pk].code, provinces[pk].name, values, provinces[pk].get_absolute_url())
                for pk, values in by_province.items()
            ),
            key=lambda row: (-(row.values[0] or 0), row.key),
        ),
    )

    from stats.services import NO_CLUSTER

    tz = zoneinfo.ZoneInfo(settings.TIME_ZONE)

    memberships = ClusterMembership.objects.filter(province_id=OuterRef("request__province_id")).filter(
        Q(valid_from__isnull=True) | Q(valid_from__lte=OuterRef("day")),
        Q(valid_to__isnull=True) | Q(valid_to__gt=OuterRef("day")),
    )
    clustered = (
        _reported(requests)
        .annotate(
            day=Coalesce(
                TruncDate("request__submitted_at", tzinfo=tz),
                TruncDate("request__created_at", tzinfo=tz),
                output_field=DateField(),
            )
        )
        .annotate(cluster_id=Subquery(memberships.values("cluster_id")[:1]))
    )
    by_cluster = _grouped(clustered, "cluster_id")
    clusters = {c.pk: c for c in Cluster.objects.all()}
    cluster_rows = [
        Row(clusters[pk].code, clusters[pk].name, values, clusters[pk].get_absolute_url())
        for pk, values in by_cluster.items()
        if pk is not None
    ]
    if None in by_cluster:
        cluster_rows.append(Row(NO_CLUSTER, _("Not in a province cluster"), by_cluster[None]))
    tables["results_cluster"] = Table(
        "results_cluster",
        _("Results of delivery by province cluster"),
        _("Province cluster"),
        columns,
        sorted(cluster_rows, key=lambda row: (-(row.values[0] or 0), row.key)),
        note=_(
            "Each result counts for the cluster its province belonged to on the day the request was made."
        ),
    )

    by_deliverer = _grouped(_reported(requests), "deliverer_id")
    deliverers = {
        d.pk: d
        for d in Deliverer.objects.filter(pk__in=list(by_deliverer)).select_related(
            "agency", "centre", "province"
        )
    }
    tables["results_deliverer"] = Table(
        "results_deliverer",
        _("Results of delivery by deliverer"),
        _("Deliverer"),
        columns,
        sorted(
            (
                Row(
                    f"{deliverers[pk].kind}-{pk}",
                    f"{deliverers[pk].name} ({deliverers[pk].get_kind_display()})"
                    if deliverers[pk].kind != Deliverer.Kind.AGENCY
                    else deliverers[pk].name,
                    values,
                    deliverers[pk].get_absolute_url(),
                )
                for pk, values in by_deliverer.items()
            ),
            key=lambda row: (-(row.values[0] or 0), row.key),
        ),
        note=_("Agencies, technology clinics, regional centres, universities and local partners."),
    )
    return tables
