"""Sitemap sections for every public page not in the news and workshop sections, with real ``lastmod``.

A page's ``lastmod`` is the newest change of what it shows: a province's page its newest public
request or workshop; a cluster's its workshops; a centre's the requests of its provinces; an
agency's the requests it was assigned; the figures the newest public request. A page with nothing
dated yet has no ``lastmod`` (rather than a made-up one).
"""

from django.contrib.auth.models import AnonymousUser
from django.contrib.sitemaps import Sitemap
from django.db.models import DateTimeField, Max, OuterRef, Subquery
from django.urls import reverse

from agencies.models import Agency
from pages.models import Page
from provinces.models import Cluster, Province, RegionalCentre
from requests_app.models import Assignment, Request
from workshops.models import Workshop


class _Sitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


def _public_requests():
    return Request.objects.visible_to(AnonymousUser())


def _public_workshops():
    return Workshop.objects.visible_to(AnonymousUser())


def _newest(queryset, **filters):
    """The newest ``updated_at`` of ``queryset`` filtered by ``filters`` (an OuterRef subquery)."""
    return Subquery(
        queryset.filter(**filters)
        .order_by()
        .values_list("updated_at", flat=True)
        .order_by("-updated_at")[:1],
        output_field=DateTimeField(),
    )


class StandardPagesSitemap(_Sitemap):
    """About, contact, the policies and the FAQ."""

    changefreq = "monthly"

    def items(self):
        return Page.objects.order_by("kind")

    def lastmod(self, item: Page):
        return item.updated_at


class ListPagesSitemap(_Sitemap):
    """The public lists not in the news section; lastmod is the newest change of what they list."""

    changefreq = "daily"

    def items(self):
        return [
            "requests:request_list",
            "provinces:province_list",
            "provinces:cluster_list",
            "provinces:centre_list",
            "agencies:agency_list",
            "stats:stats",
            "opendata:index",
            "pages:sitemap",
        ]

    def location(self, item: str) -> str:
        return reverse(item)

    def lastmod(self, item: str):
        if item in ("requests:request_list", "stats:stats", "opendata:index"):
            return _public_requests().aggregate(newest=Max("updated_at"))["newest"]
        return None


class ProvinceSitemap(_Sitemap):
    changefreq = "weekly"

    def items(self):
        requests = _newest(_public_requests(), province=OuterRef("pk"))
        workshops = _newest(_public_workshops(), host_province=OuterRef("pk"))
        return Province.objects.annotate(newest_request=requests, newest_workshop=workshops).order_by("code")

    def lastmod(self, item: Province):
        dates = [day for day in (item.newest_request, item.newest_workshop) if day]
        return max(dates) if dates else None


class ClusterSitemap(_Sitemap):
    changefreq = "monthly"

    def items(self):
        return Cluster.objects.annotate(
            newest=_newest(_public_workshops(), target_cluster=OuterRef("pk"))
        ).order_by("code")

    def location(self, item: Cluster) -> str:
        return item.get_absolute_url()

    def lastmod(self, item: Cluster):
        return item.newest


class CentreSitemap(_Sitemap):
    changefreq = "weekly"

    def items(self):
        return RegionalCentre.objects.annotate(
            newest=_newest(_public_requests(), province__regional_centre=OuterRef("pk"))
        ).order_by("number")

    def lastmod(self, item: RegionalCentre):
        return item.newest


class AgencySitemap(_Sitemap):
    changefreq = "weekly"

    def items(self):
        assignments = Assignment.objects.filter(request__in=_public_requests())
        return Agency.objects.annotate(newest=_newest(assignments, agency=OuterRef("pk"))).order_by(
            "order", "code"
        )

    def lastmod(self, item: Agency):
        return item.newest


class RequestSitemap(_Sitemap):
    """Every public request, newest first."""

    changefreq = "weekly"

    def items(self):
        return _public_requests().only("reference", "updated_at").order_by("-submitted_at", "-pk")

    def lastmod(self, item: Request):
        return item.updated_at


SITEMAPS = {
    "site": StandardPagesSitemap,
    "lists": ListPagesSitemap,
    "provinces": ProvinceSitemap,
    "clusters": ClusterSitemap,
    "centres": CentreSitemap,
    "agencies": AgencySitemap,
    "requests": RequestSitemap,
}
