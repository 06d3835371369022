"""Directory pages: provinces, province clusters and regional centres."""

from collections import defaultdict

from django.db.models import Count, Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from core.collation import sort_by_name
from core.views import BreadcrumbMixin, ReadOnlyPageMixin
from provinces.models import PCSO, Cluster, ClusterMembership, Province, Region, RegionalCentre
from requests_app.models import Request
from workshops.models import Workshop

PROVINCE_PAGE_REQUESTS = 20
PROVINCE_PAGE_WORKSHOPS = 5
CLUSTER_PAGE_WORKSHOPS = 20


def _newest(queryset, count: int) -> tuple[list, bool]:
    """The first ``count`` rows, and whether there are more (one row more tells, without a COUNT).

    The province page shows the newest few of each list and links to the full, filterable list
    when there are more, so it costs the same for a province with 3 workshops as with 300.
    """
    rows = list(queryset[: count + 1])
    return rows[:count], len(rows) > count


def _north_to_south(cluster: Cluster) -> tuple[int, str]:
    """Upper clusters of a region before middle and lower ones (their codes say which), then by code."""
    parts = cluster.code.split("-")
    position = 0 if "upper" in parts else 2 if "lower" in parts else 1
    return position, cluster.code


def _by_thai_name(provinces) -> list[Province]:
    """Thai order on Thai pages, English order on English ones (``core.collation``)."""
    return sort_by_name(provinces)


class ProvinceListView(ReadOnlyPageMixin, BreadcrumbMixin, ListView):
    """All 77 provinces by cluster, each cluster whole under the region it is named after.

    The cluster is the programme's unit (workshops are held with a cluster), and four of the 18
    clusters of the 2009 scheme take in provinces of two or three of the six geographic regions
    (Middle Central reaches into the East, Lower North 1 into the Central region and the West):
    grouped by each province's own region, they were split across up to three headings. So the
    regions here are the five the scheme names its clusters after (``Cluster.region``, reference
    data); a province of another geographic region is named as such on its cluster's card.
    """

    template_name = "provinces/province_list.html"
    queryset = Province.objects.select_related("regional_centre")

    def get_breadcrumbs(self):
        return [(_("Provinces"), None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        cluster_of = {
            m.province_id: m.cluster for m in ClusterMembership.objects.on(today).select_related("cluster")
        }
        members: dict[Cluster | None, list[Province]] = defaultdict(list)
        for province in context["object_list"]:
            members[cluster_of.get(province.pk)].append(province)
        region_label = dict(Region.choices)
        regions = []
        for value, label in Region.choices:
            # A province outside every cluster (Bangkok) stays under its own region.
            clusters = sorted(
                (cluster for cluster in members if (cluster.region if cluster else None) == value),
                key=_north_to_south,
            )
            loose = [province for province in members.get(None, []) if province.region == value]
            cards = [
                {
                    "cluster": cluster,
                    "provinces": _by_thai_name(members[cluster]),
                    "elsewhere": [
                        (region_label[other], _by_thai_name(p for p in members[cluster] if p.region == other))
                        for other in Region.values
                        if other != value and any(p.region == other for p in members[cluster])
                    ],
                }
                for cluster in clusters
            ]
            if loose:
                cards.append({"cluster": None, "provinces": _by_thai_name(loose), "elsewhere": []})
            regions.append(
                {
                    "value": value,
                    "label": label,
                    "cards": cards,
                    "count": sum(len(card["provinces"]) for card in cards),
                }
            )
        context.update(regions=regions, as_of=today)
        return context


class ProvinceDetailView(ReadOnlyPageMixin, BreadcrumbMixin, DetailView):
    """A province: its cluster, region, centre, PCSO, technology clinic, workshops and requests."""

    template_name = "provinces/province_detail.html"
    queryset = Province.objects.select_related("regional_centre", "technology_clinic")

    def get_breadcrumbs(self):
        return [(_("Provinces"), reverse("provinces:province_list")), (self.object.name, None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        province = self.object
        today = timezone.localdate()
        user = self.request.user
        context.update(
            as_of=today,
            memberships=province.cluster_memberships.select_related("cluster").order_by("valid_from"),
            membership=province.membership_on(today),
            pcso=PCSO.objects.current(today).filter(province=province).first(),
        )
        workshops = (
            Workshop.objects.visible_to(user)
            .involving(province)
            .select_related("host_province")
            # Only the columns the list shows, not descriptions and summaries.
            .only(
                "title",
                "title_en",
                "slug",
                "start_date",
                "end_date",
                "host_province__name_th",
                "host_province__name_en",
            )
        )
        requests = (
            Request.objects.visible_to(user)
            .filter(province=province)
            .select_related("category")
            .only("reference", "title", "status", "category__name_th", "category__name_en")
            .order_by("-submitted_at", "-pk")
        )
        context["workshops"], context["more_workshops"] = _newest(workshops, PROVINCE_PAGE_WORKSHOPS)
        context["requests"], context["more_requests"] = _newest(requests, PROVINCE_PAGE_REQUESTS)
        context.update(
            all_workshops_url=f"{reverse('workshops:workshop_list')}?province={province.slug}",
            all_requests_url=f"{reverse('requests:request_list')}?province={province.slug}",
        )
        return context


class ClusterListView(ReadOnlyPageMixin, BreadcrumbMixin, ListView):
    """The 18 province clusters with their members today."""

    template_name = "provinces/cluster_list.html"

    def get_queryset(self):
        today = timezone.localdate()
        return Cluster.objects.select_related("hub_province").prefetch_related(
            Prefetch(
                "memberships",
                queryset=ClusterMembership.objects.on(today).select_related("province"),
                to_attr="current_memberships",
            )
        )

    def get_breadcrumbs(self):
        return [(_("Province clusters"), None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        for cluster in context["object_list"]:
            cluster.current_members = _by_thai_name(m.province for m in cluster.current_memberships)
        context["as_of"] = timezone.localdate()
        return context


class ClusterDetailView(ReadOnlyPageMixin, BreadcrumbMixin, DetailView):
    """A cluster: its members today and every membership it has had, with dates."""

    template_name = "provinces/cluster_detail.html"
    slug_field = slug_url_kwarg = "code"
    queryset = Cluster.objects.select_related("hub_province")

    def get_breadcrumbs(self):
        return [(_("Province clusters"), reverse("provinces:cluster_list")), (self.object.name, None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        memberships = list(
            self.object.memberships.select_related("province").order_by("valid_from", "province__code")
        )
        current = ClusterMembership.objects.filter(cluster=self.object).on(today).values_list("pk", flat=True)
        current = set(current)
        context.update(
            as_of=today,
            current_members=_by_thai_name(m.province for m in memberships if m.pk in current),
            memberships=memberships,
        )
        workshops = (
            Workshop.objects.visible_to(self.request.user)
            .targeting_cluster(self.object)
            .select_related("host_province")
        )
        context["workshops"], context["more_workshops"] = _newest(workshops, CLUSTER_PAGE_WORKSHOPS)
        context["all_workshops_url"] = f"{reverse('workshops:workshop_list')}?cluster={self.object.code}"
        return context


class CentreListView(ReadOnlyPageMixin, BreadcrumbMixin, ListView):
    """The ministry's regional coordination centres (ศวภ.)."""

    template_name = "provinces/centre_list.html"
    # By number: Meta.ordering does not apply to a query with GROUP BY (the count).
    queryset = (
        RegionalCentre.objects.select_related("host_province")
        .annotate(province_count=Count("provinces"))
        .order_by("number")
    )

    def get_breadcrumbs(self):
        return [(_("Regional centres"), None)]


class CentreDetailView(ReadOnlyPageMixin, BreadcrumbMixin, DetailView):
    """A regional centre: where it sits and the provinces it covers."""

    template_name = "provinces/centre_detail.html"
    slug_field = slug_url_kwarg = "number"
    queryset = RegionalCentre.objects.select_related("host_province")

    def get_breadcrumbs(self):
        return [(_("Regional centres"), reverse("provinces:centre_list")), (self.object.short_name, None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["covered_provinces"] = _by_thai_name(self.object.provinces.all())
        return context
