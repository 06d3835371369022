"""Public news pages: list, article, print version, PDF and feed."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from django.views.generic import DetailView
from django_filters.views import FilterView

from core.cache import content_version
from core.pagination import CachedCountMixin
from core.views import BreadcrumbMixin, ReadOnlyPageMixin
from news.filters import ArticleFilter
from news.models import Article
from news.pdf import article_pdf


class ArticleListView(ReadOnlyPageMixin, CachedCountMixin, BreadcrumbMixin, FilterView):
    """Published news, newest first, by fiscal year."""

    template_name = "news/article_list.html"
    filterset_class = ArticleFilter
    paginate_by = 10

    def get_queryset(self):
        return (
            Article.objects.published()
            .select_related("workshop")
            .prefetch_related("photos")
            .order_by("-published_at", "-pk")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop("page", None)
        context["query_string"] = query.urlencode()
        return context

    def get_breadcrumbs(self):
        return [(_("News"), None)]


class ArticleDetailView(ReadOnlyPageMixin, BreadcrumbMixin, DetailView):
    """One article; staff may also open drafts and scheduled articles, under a preview banner."""

    template_name = "news/article_detail.html"

    def get_queryset(self):
        # No photos or workshop here: the page's article parts are cached fragments (see the
        # template) that load them, one query each, only when they are rendered afresh.
        return Article.objects.visible_to(self.request.user)

    def get_breadcrumbs(self):
        return [(_("News"), reverse("news:article_list")), (self.object.localized_title, None)]

    def get_context_data(self, **kwargs):
        # The fragments' key: any change to programme content (the article, its photos, its
        # workshop) gives a new version, so no fragment outlives what it shows.
        return super().get_context_data(content_version=content_version(), **kwargs)


class ArticlePrintView(ArticleDetailView):
    """The article on a plain page with the print stylesheet."""

    template_name = "news/article_print.html"


@require_safe
def article_pdf_view(request, slug: str) -> HttpResponse:
    """The article as a PDF with Thai text in the Sarabun font."""
    article = get_object_or_404(Article.objects.visible_to(request.user), slug=slug)
    language = "th" if (get_language() or "th").startswith("th") else "en"
    content = article_pdf(
        article=article, language=language, url=request.build_absolute_uri(article.get_absolute_url())
    )
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{article.slug}.pdf"'
    return response
