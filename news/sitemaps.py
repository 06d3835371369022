"""Sitemap sections for the news and the public list pages, in Thai and English."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from news.models import Article


class PublicPagesSitemap(Sitemap):
    """The home page and the public lists."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "daily"

    def items(self):
        return ["home", "news:article_list", "workshops:workshop_list"]

    def location(self, item: str) -> str:
        return reverse(item)


class ArticleSitemap(Sitemap):
    """Published articles only: drafts and scheduled articles stay out."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        return Article.objects.published().order_by("-published_at", "pk")

    def lastmod(self, item: Article):
        return item.updated_at
