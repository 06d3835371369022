"""The site search page."""

from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from core.views import BreadcrumbMixin, ReadOnlyPageMixin
from search.services import KIND_LABELS, search
from search.text import MIN_TERM_LENGTH, terms


class SearchView(ReadOnlyPageMixin, BreadcrumbMixin, TemplateView):
    """``/search/?q=``: news, workshops, requests, provinces, agencies and mechanisms, by kind."""

    template_name = "search/search.html"

    def get_breadcrumbs(self):
        return [(_("Search"), None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.get("q", "").strip()[:200]
        kind = self.request.GET.get("kind", "")
        kind = kind if kind in KIND_LABELS else ""
        query_terms = terms(query)
        groups = []
        if query_terms:
            groups = search(
                user=self.request.user, query=query, kind=kind or None, page=self.request.GET.get("page", 1)
            )
        context.update(
            query=query,
            kind=kind,
            kind_label=KIND_LABELS.get(kind, ""),
            too_short=bool(query) and not query_terms,
            min_length=MIN_TERM_LENGTH,
            groups=groups,
            total=sum(group.count for group in groups),
            more=any(group.more for group in groups),
            loose=any(group.loose for group in groups),
            query_string=urlencode({"q": query, "kind": kind}),
        )
        return context
