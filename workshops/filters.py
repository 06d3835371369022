"""Narrowing the public workshop list: fiscal year, region, cluster, province, agency, free text."""

import django_filters
from django import forms
from django.contrib.auth.models import AnonymousUser
from django.db.models import Max, Min
from django.utils.translation import gettext_lazy as _

from agencies.models import Agency
from core import dates
from core.cache import cached_content
from core.choices import CachedModelChoiceFilter
from provinces.models import Cluster, Province, Region
from workshops.models import Activity, Participation, Workshop


def fiscal_year_choices(first, last) -> list[tuple[int, int]]:
    """Fiscal years from the latest to the earliest of two dates (empty when there are none)."""
    if not first or not last:
        return []
    return [(year, year) for year in range(dates.fiscal_year(last), dates.fiscal_year(first) - 1, -1)]


def _workshop_years() -> list[tuple[int, int]]:
    """The fiscal years of the public workshops (the same for every visitor, so cached)."""
    return cached_content("workshop-fiscal-years", _public_workshop_years)


def _public_workshop_years() -> list[tuple[int, int]]:
    span = Workshop.objects.visible_to(AnonymousUser()).aggregate(
        first=Min("start_date"), last=Max("start_date")
    )
    return fiscal_year_choices(span["first"], span["last"])


class WorkshopFilter(django_filters.FilterSet):
    """The filters above the workshop list; the view's queryset decides what may be seen."""

    q = django_filters.CharFilter(label=_("Search"), method="filter_text")
    fiscal_year = django_filters.ChoiceFilter(
        label=_("Fiscal year"),
        choices=_workshop_years,
        method="filter_fiscal_year",
        empty_label=_("All years"),
    )
    region = django_filters.ChoiceFilter(
        label=_("Region"), choices=Region.choices, method="filter_region", empty_label=_("All regions")
    )
    cluster = CachedModelChoiceFilter(
        label=_("Province cluster"),
        queryset=Cluster.objects.order_by("code"),
        to_field_name="code",
        method="filter_cluster",
        empty_label=_("All clusters"),
    )
    province = CachedModelChoiceFilter(
        label=_("Province"),
        queryset=lambda request: Province.objects.by_name(),
        to_field_name="slug",
        method="filter_province",
        empty_label=_("All provinces"),
    )
    agency = CachedModelChoiceFilter(
        label=_("Agency"),
        queryset=Agency.objects.all(),
        to_field_name="slug",
        method="filter_agency",
        empty_label=_("All agencies"),
    )

    class Meta:
        model = Workshop
        fields = ["q", "fiscal_year", "region", "cluster", "province", "agency"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.form.fields["q"].widget = forms.TextInput(
            attrs={"type": "search", "placeholder": _("Title, venue or theme")}
        )

    def filter_text(self, queryset, name: str, value: str):
        # The site search's index and normalisation: ใ/ไ, ำ, abbreviations and spelling variants.
        from search.services import matching_ids

        if not value.strip():
            return queryset
        return queryset.filter(pk__in=matching_ids("workshops", value))

    def filter_fiscal_year(self, queryset, name: str, value: int):
        return queryset.in_fiscal_year(int(value)) if value else queryset

    def filter_region(self, queryset, name: str, value: str):
        hosted = Workshop.objects.filter(host_province__region=value).values("pk").order_by()
        targeted = Workshop.target_provinces.through.objects.filter(province__region=value)
        return queryset.filter(pk__in=hosted.union(targeted.values("workshop_id").order_by()))

    def filter_cluster(self, queryset, name: str, value: Cluster):
        return queryset.targeting_cluster(value)

    def filter_province(self, queryset, name: str, value: Province):
        return queryset.involving(value)

    def filter_agency(self, queryset, name: str, value: Agency):
        took_part = Participation.objects.filter(agency=value).values("workshop_id").order_by()
        acted = Activity.objects.filter(agency=value).values("workshop_id").order_by()
        return queryset.filter(pk__in=took_part.union(acted))
