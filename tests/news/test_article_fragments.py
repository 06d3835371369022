"""The article page's own parts are cached fragments: they follow every change and cost one query."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news.models import Article, ArticlePhoto
from tests.factories import ArticleFactory, WorkshopFactory
from tests.news.helpers import image_upload

pytestmark = pytest.mark.django_db


def _html(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_second_view_reads_the_article_row_only(client):
    workshop = WorkshopFactory(title="ประชุมภาคเหนือ")
    article = ArticleFactory(slug="north", workshop=workshop)
    ArticlePhoto.objects.create(
        article=article, image=image_upload(size=(640, 480)), caption="ภาพแรก", is_cover=True
    )
    ArticlePhoto.objects.create(article=article, image=image_upload(size=(640, 480)), caption="ภาพที่สอง")
    first = _html(client, "/news/north/")
    with CaptureQueriesContext(connection) as queries:
        second = _html(client, "/news/north/")
    assert second == first
    assert "ภาพที่สอง" in second and "ประชุมภาคเหนือ" in second
    tables = " ".join(query["sql"] for query in queries.captured_queries)
    assert len(queries) == 1 and "news_article" in tables
    assert "news_articlephoto" not in tables and "workshops_workshop" not in tables


def test_the_page_follows_changes_to_the_article_its_photos_and_its_workshop(client):
    workshop = WorkshopFactory(title="ชื่อเดิมของการประชุม")
    article = ArticleFactory(slug="changing", body="<p>เนื้อข่าวเดิม</p>", workshop=workshop)
    photo = ArticlePhoto.objects.create(
        article=article, image=image_upload(size=(640, 480)), caption="คำบรรยายเดิม"
    )
    assert "เนื้อข่าวเดิม" in _html(client, "/news/changing/")

    article.body = "<p>เนื้อข่าวใหม่</p>"
    article.save()
    assert "เนื้อข่าวใหม่" in _html(client, "/news/changing/")
    photo.caption = "คำบรรยายใหม่"
    photo.save()
    assert "คำบรรยายใหม่" in _html(client, "/news/changing/")
    workshop.title = "ชื่อใหม่ของการประชุม"
    workshop.save()
    assert "ชื่อใหม่ของการประชุม" in _html(client, "/news/changing/")
    photo.delete()
    assert "คำบรรยายใหม่" not in _html(client, "/news/changing/")


def test_each_language_and_host_has_its_own_fragments(client, settings):
    settings.ALLOWED_HOSTS = ["testserver", "most.go.th"]
    ArticleFactory(slug="both", title="ข่าวภาษาไทย", title_en="News in English")
    assert 'content="th_TH"' in _html(client, "/news/both/")
    english = _html(client, "/en/news/both/")
    assert 'content="en_US"' in english and "News in English" in english
    other_host = client.get("/news/both/", HTTP_HOST="most.go.th").content.decode()
    assert 'content="http://most.go.th/news/both/"' in other_host


def test_a_scheduled_article_loses_its_preview_marks_when_its_time_comes(client, client_for, staff):
    ArticleFactory(slug="soon", published_at=timezone.now() + dt.timedelta(hours=1))
    preview = _html(client_for(staff), "/news/soon/")  # the fragments are made now, before publication
    assert 'name="robots" content="noindex"' in preview and 'class="preview-banner"' in preview
    # Time passes: no save, so no new content version.
    Article.objects.filter(slug="soon").update(published_at=timezone.now() - dt.timedelta(minutes=1))
    public = _html(client, "/news/soon/")
    assert "noindex" not in public and "preview-banner" not in public
