"""Narrowing the public news list: fiscal year and free text."""

import django_filters
from django import forms
from django.db.models import Max, Min
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import dates
from news.models import Article


def _article_years() -> list[tuple[int, int]]:
    span = Article.objects.published().aggregate(first=Min("published_at"), last=Max("published_at"))
    if not span["first"]:
        return []
    first = dates.fiscal_year(timezone.localdate(span["first"]))
    last = dates.fiscal_year(timezone.localdate(span["last"]))
    return [(year, year) for year in range(last, first - 1, -1)]


class ArticleFilter(django_filters.FilterSet):
    """The filters above the news list; the view's queryset decides what is published."""

    q = django_filters.CharFilter(label=_("Search"), method="filter_text")
    fiscal_year = django_filters.ChoiceFilter(
        label=_("Fiscal year"),
        choices=_article_years,
        method="filter_fiscal_year",
        empty_label=_("All years"),
    )

    class Meta:
        model = Article
        fields = ["q", "fiscal_year"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.form.fields["q"].widget = forms.TextInput(attrs={"type": "search"})

    def filter_text(self, queryset, name: str, value: str):
        # The site search's index and normalisation: ใ/ไ, ำ, abbreviations and spelling variants.
        from search.services import matching_ids

        if not value.strip():
            return queryset
        return queryset.filter(pk__in=matching_ids("news", value))

    def filter_fiscal_year(self, queryset, name, value):
        return queryset.in_fiscal_year(int(value)) if value else queryset
