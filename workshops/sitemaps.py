"""Sitemap section for the workshop pages, in Thai and English."""

from django.contrib.auth.models import AnonymousUser
from django.contrib.sitemaps import Sitemap

from workshops.models import Workshop


class WorkshopSitemap(Sitemap):
    """The workshop pages the public may see."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        return Workshop.objects.visible_to(AnonymousUser()).order_by("-start_date", "pk")

    def lastmod(self, item: Workshop):
        return item.updated_at
