"""Recorded against reported: what the portal counts beside what a ministry report says.

A reported figure (``stats.models.ReportedFigure``) is shown next to the recorded count of the
same fiscal year and scope (all provinces, a cluster or a province), each labelled; the two are
never added. A fixed number of queries, whatever the number of workshops, requests or reports.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.contrib.auth.models import AnonymousUser
from django.db.models import Count
from django.utils.translation import gettext as _

from core import dates
from provinces.models import ClusterMembership
from requests_app.models import Category
from stats.models import ReportedFigure
from workshops.models import Workshop

#: The totals compared, in the order of the columns: (field of ReportedFigure, heading).
MEASURES = ("workshops", "provinces", "requests", "participants")


def measure_labels() -> dict[str, str]:
    return {
        "workshops": _("Workshops"),
        "provinces": _("Provinces"),
        "requests": _("Requests"),
        "participants": _("Participants"),
    }


@dataclass
class Comparison:
    """One reported figure beside what the portal recorded for the same year and scope."""

    fiscal_year: int
    scope: str
    scope_key: str
    scope_url: str
    source_title: str
    source_url: str
    source_document_url: str
    source_article_url: str
    note: str
    recorded: dict[str, int | None]
    reported: dict[str, int | None]
    categories: list[tuple[str, int, int | None]] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.fiscal_year}:{self.scope_key}"

    @property
    def pairs(self) -> list[tuple[str, str, int | None, int | None]]:
        labels = measure_labels()
        return [(name, labels[name], self.recorded[name], self.reported[name]) for name in MEASURES]


def _reported_figures(fiscal_year: int | None, region: str | None) -> list[ReportedFigure]:
    figures = ReportedFigure.objects.select_related("cluster", "province", "source_article").prefetch_related(
        "categories__category"
    )
    if fiscal_year:
        figures = figures.filter(fiscal_year=fiscal_year)
    rows = list(figures)
    if region:
        rows = [
            f
            for f in rows
            if (f.province_id and f.province.region == region)
            or (f.cluster_id and f.cluster.region == region)
        ]
    return rows


def comparisons(*, requests, fiscal_year: int | None = None, region: str | None = None) -> list[Comparison]:
    """Every reported figure for the filters, each with its recorded counterpart.

    ``requests`` are the public requests of all years (the region already applied by the caller
    does not matter: each comparison narrows to its own scope).
    """
    reported = _reported_figures(fiscal_year, region)
    if not reported:
        return []
    from stats.services import with_cluster  # the cluster of a request on its day

    # Requests: by (year, province) and (year, cluster), and by category at each scope.
    by_province: Counter = Counter()
    by_province_category: Counter = Counter()
    for year, province_id, category_id, n in (
        requests.values_list("fiscal_year", "province_id", "category_id").annotate(n=Count("pk")).order_by()
    ):
        by_province[year, province_id] += n
        by_province_category[year, province_id, category_id] += n
    by_cluster: Counter = Counter()
    by_cluster_category: Counter = Counter()
    for year, cluster_id, category_id, n in (
        with_cluster(requests)
        .values_list("fiscal_year", "cluster_id", "category_id")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        by_cluster[year, cluster_id] += n
        by_cluster_category[year, cluster_id, category_id] += n

    # Workshops (public, not cancelled), their target provinces and clusters.
    workshops = {
        pk: (dates.fiscal_year(start), participants, cluster_id)
        for pk, start, participants, cluster_id in Workshop.objects.visible_to(AnonymousUser())
        .exclude(status=Workshop.Status.CANCELLED)
        .values_list("pk", "start_date", "participant_count", "target_cluster_id")
    }
    targets: dict[int, set[int]] = defaultdict(set)
    for workshop_id, province_id in Workshop.target_provinces.through.objects.filter(
        workshop_id__in=list(workshops)
    ).values_list("workshop_id", "province_id"):
        targets[workshop_id].add(province_id)
    clusters_of: dict[int, set[int]] = defaultdict(set)
    for workshop_id, cluster_id in Workshop.target_clusters.through.objects.filter(
        workshop_id__in=list(workshops)
    ).values_list("workshop_id", "cluster_id"):
        clusters_of[workshop_id].add(cluster_id)
    members: dict[int, set[int]] = defaultdict(set)
    for cluster_id, province_id in ClusterMembership.objects.values_list("cluster_id", "province_id"):
        members[cluster_id].add(province_id)

    categories = list(Category.objects.all())
    result = []
    for figure in reported:
        year = figure.fiscal_year
        if figure.province_id:
            scope_provinces = {figure.province_id}
            chosen = [
                pk for pk, (y, _p, _c) in workshops.items() if y == year and figure.province_id in targets[pk]
            ]
            requests_n = by_province[year, figure.province_id]
            by_category = {c.pk: by_province_category[year, figure.province_id, c.pk] for c in categories}
            scope, scope_key, url = (
                figure.province.name,
                f"province-{figure.province.code}",
                figure.province.get_absolute_url(),
            )
        elif figure.cluster_id:
            scope_provinces = members[figure.cluster_id]
            chosen = [
                pk
                for pk, (y, _p, cluster_id) in workshops.items()
                if y == year
                and (
                    cluster_id == figure.cluster_id
                    or figure.cluster_id in clusters_of[pk]
                    or targets[pk] & scope_provinces
                )
            ]
            requests_n = by_cluster[year, figure.cluster_id]
            by_category = {c.pk: by_cluster_category[year, figure.cluster_id, c.pk] for c in categories}
            scope, scope_key, url = (
                figure.cluster.name,
                f"cluster-{figure.cluster.code}",
                figure.cluster.get_absolute_url(),
            )
        else:
            scope_provinces = None
            chosen = [pk for pk, (y, _p, _c) in workshops.items() if y == year]
            requests_n = sum(n for (y, _p), n in by_province.items() if y == year)
            by_category = {
                c.pk: sum(n for (y, _p, cat), n in by_province_category.items() if y == year and cat == c.pk)
                for c in categories
            }
            scope, scope_key, url = _("All provinces"), "all", ""
        provinces = set().union(*(targets[pk] for pk in chosen)) if chosen else set()
        if scope_provinces is not None:
            provinces &= scope_provinces
        counts = [workshops[pk][1] for pk in chosen if workshops[pk][1] is not None]
        recorded = {
            "workshops": len(chosen),
            "provinces": len(provinces),
            "requests": requests_n,
            # None, not 0, when no workshop of the scope has a recorded total.
            "participants": sum(counts) if counts else None,
        }
        named = {row.category_id: row.requests for row in figure.categories.all()}
        result.append(
            Comparison(
                fiscal_year=year,
                scope=scope,
                scope_key=scope_key,
                scope_url=url,
                source_title=figure.source_title,
                source_url=figure.source_url,
                source_document_url=figure.source_document.url if figure.source_document else "",
                source_article_url=figure.source_article.get_absolute_url()
                if figure.source_article_id and figure.source_article.is_public
                else "",
                note=figure.note,
                recorded=recorded,
                reported={name: getattr(figure, name) for name in MEASURES},
                categories=[(c.name, by_category[c.pk], named[c.pk]) for c in categories if c.pk in named],
            )
        )
    return result


def comparison_table(items: list[Comparison], *, table) -> object:
    """The comparisons as one table of /stats/ (for its CSV file and the figures API)."""
    Table, Row = table
    labels = measure_labels()
    columns = []
    for name in MEASURES:
        columns += [
            _("%(measure)s (recorded)") % {"measure": labels[name]},
            _("%(measure)s (reported)") % {"measure": labels[name]},
        ]
    return Table(
        "reported",
        _("Recorded and reported"),
        _("Fiscal year and scope"),
        columns,
        [
            Row(
                item.key,
                f"{item.fiscal_year} · {item.scope}",
                [value for name in MEASURES for value in (item.recorded[name], item.reported[name])],
                item.scope_url,
            )
            for item in items
        ],
        note=_(
            "Recorded: counted from the portal's public records. Reported: the totals a ministry report "
            "gives, with its source. The two are shown side by side and never added together."
        ),
    )
