"""Public news pages."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from core.views import BreadcrumbMixin
from news.models import Article


class ArticleListView(BreadcrumbMixin, ListView):
    """Published news, newest first."""

    template_name = "news/article_list.html"
    paginate_by = 10

    def get_queryset(self):
        return Article.objects.published().select_related("workshop")

    def get_breadcrumbs(self):
        return [(_("News"), None)]


class ArticleDetailView(BreadcrumbMixin, DetailView):
    """One article; staff may also open drafts."""

    template_name = "news/article_detail.html"

    def get_queryset(self):
        return Article.objects.visible_to(self.request.user).select_related("workshop")

    def get_breadcrumbs(self):
        return [(_("News"), reverse("news:article_list")), (self.object.localized_title, None)]
