"""The news as an RSS 2.0 feed: published articles only, newest first."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from news.html import html_to_text
from news.models import Article


class LatestNewsFeed(Feed):
    """The twenty latest published articles."""

    feed_type = Rss201rev2Feed
    title = _("MOST Portal news")
    description = _("News of the Ministry of Science and Technology's provincial S&T integration programme.")

    def link(self):
        return reverse("news:article_list")

    def feed_url(self):
        return reverse("news:feed")

    def items(self):
        return Article.objects.published().order_by("-published_at", "-pk")[:20]

    def item_title(self, item: Article) -> str:
        return item.localized_title

    def item_description(self, item: Article) -> str:
        return item.lead or Truncator(html_to_text(item.body)).chars(400)

    def item_pubdate(self, item: Article):
        return item.published_at

    def item_updateddate(self, item: Article):
        return item.updated_at

    def item_author_name(self, item: Article) -> str:
        return item.writer

    def item_guid(self, item: Article) -> str:
        return f"most-portal-article-{item.pk}"

    item_guid_is_permalink = False
