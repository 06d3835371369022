"""Narrowing request lists (public list, desk, exports). The view's queryset decides visibility."""

import django_filters
from django import forms
from django.db.models import Max, Min
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from agencies.models import Agency
from core.cache import cached_content
from core.choices import CachedModelChoiceFilter
from core.dates import fiscal_year_label
from provinces.models import Cluster, Province, Region, RegionalCentre
from requests_app.models import Assignment, Category, Request

TRIAGE = "triage"


def _fiscal_years() -> list[int]:
    """Fiscal years from the latest request's to the first's (MIN/MAX read from an index)."""
    span = Request.objects.exclude(fiscal_year=None).aggregate(
        first=Min("fiscal_year"), last=Max("fiscal_year")
    )
    if not span["first"]:
        return []
    return list(range(span["last"], span["first"] - 1, -1))


def fiscal_year_choices() -> list[tuple[int, str]]:
    """The value is the B.E. year as stored, the label "2557" in Thai and "FY 2014" in English;
    the years are counted once per content version (core.cache), the labels in the page's language."""
    return [(year, fiscal_year_label(year)) for year in cached_content("request-fiscal-years", _fiscal_years)]


def _provinces_by_name(request=None):
    """Thai order on Thai pages, English order on English pages (read when the form is built)."""
    return Province.objects.by_name()


class RequestFilter(django_filters.FilterSet):
    """Province, cluster, region, centre, category, status, agency, fiscal year and free text."""

    q = django_filters.CharFilter(label=_("Search"), method="filter_text")
    province = CachedModelChoiceFilter(
        label=_("Province"), queryset=_provinces_by_name, to_field_name="slug", empty_label=_("All provinces")
    )
    cluster = CachedModelChoiceFilter(
        label=_("Province cluster"), queryset=Cluster.objects.order_by("code"), to_field_name="code",
        method="filter_cluster", empty_label=_("All clusters"),
    )  # fmt: skip
    region = django_filters.ChoiceFilter(
        label=_("Region"), choices=Region.choices, field_name="province__region", empty_label=_("All regions")
    )
    centre = CachedModelChoiceFilter(
        label=_("Regional centre"),
        queryset=RegionalCentre.objects.order_by("number"),
        to_field_name="number",
        field_name="province__regional_centre",
        empty_label=_("All centres"),
    )
    category = CachedModelChoiceFilter(
        label=_("Category"),
        queryset=Category.objects.all(),
        to_field_name="code",
        empty_label=_("All categories"),
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[(TRIAGE, _("To triage (submitted or under review)")), *Request.Status.choices],
        method="filter_status",
        empty_label=_("All statuses"),
    )
    agency = CachedModelChoiceFilter(
        label=_("Agency"),
        queryset=Agency.objects.all(),
        to_field_name="slug",
        method="filter_agency",
        empty_label=_("All agencies"),
    )
    fiscal_year = django_filters.ChoiceFilter(
        label=_("Fiscal year"), choices=fiscal_year_choices, empty_label=_("All fiscal years")
    )
    district = django_filters.CharFilter(
        label=_("District code"), field_name="district__code", widget=forms.HiddenInput
    )
    proposer_sector = django_filters.ChoiceFilter(
        label=_("Proposer's sector"), choices=Request.ProposerSector.choices, empty_label=_("All sectors")
    )

    class Meta:
        model = Request
        fields = [
            "q",
            "province",
            "cluster",
            "region",
            "centre",
            "category",
            "status",
            "agency",
            "fiscal_year",
            "proposer_sector",
            "district",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.form.fields["q"].widget = forms.TextInput(
            attrs={"type": "search", "placeholder": _("Reference, title or description")}
        )

    def filter_text(self, queryset, name: str, value: str):
        # The site search's index and normalisation: ใ/ไ, ำ, abbreviations and spelling variants.
        from search.services import matching_ids

        if not value.strip():
            return queryset
        return queryset.filter(pk__in=matching_ids("requests", value))

    def filter_status(self, queryset, name: str, value: str):
        if value == TRIAGE:
            return queryset.filter(status__in=(Request.Status.SUBMITTED, Request.Status.UNDER_REVIEW))
        return queryset.filter(status=value)

    def filter_cluster(self, queryset, name: str, value: Cluster):
        today = timezone.localdate()
        memberships = value.memberships.on(today).values("province_id")
        return queryset.filter(province_id__in=memberships)

    def filter_agency(self, queryset, name: str, value: Agency):
        return queryset.filter(pk__in=Assignment.objects.filter(agency=value).values("request_id"))

    def filter_overdue(self, queryset, name: str, value: bool):
        if not value:
            return queryset
        return queryset.filter(pk__in=Assignment.objects.overdue().values("request_id"))


class DeskFilter(RequestFilter):
    """The matching desk: the same filters, plus "overdue only"; triage statuses by default."""

    overdue = django_filters.BooleanFilter(
        label=_("Overdue only"), method="filter_overdue", widget=forms.CheckboxInput
    )

    class Meta(RequestFilter.Meta):
        fields = [*RequestFilter.Meta.fields, "overdue"]
