"""Public news pages: what the public sees, what staff preview, the feed, the sitemap, the PDF."""

import datetime as dt
import io

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from pypdf import PdfReader

from news.models import Article
from tests.factories import ArticleFactory, WorkshopFactory

pytestmark = pytest.mark.django_db

CHIANG_MAI_TITLE = "ก.วิทย์ฯ จัดประชุมบูรณาการเพื่อนำวิทยาศาสตร์ เทคโนโลยี และนวัตกรรมสู่ภาคเหนือ"


@pytest.fixture
def articles():
    """One published, one draft and one scheduled article, with distinctive words in each."""
    return {
        "published": ArticleFactory(
            title="ข่าวเผยแพร่แล้ว ลำไยลำพูน", title_en="Published longan news", slug="published"
        ),
        "draft": ArticleFactory(
            title="ข่าวร่างลับ กาแฟแม่ฮ่องสอน",
            title_en="Draft coffee news",
            slug="draft",
            status=Article.Status.DRAFT,
            published_at=None,
        ),
        "scheduled": ArticleFactory(
            title="ข่าวตั้งเวลา เครื่องเงินน่าน",
            title_en="Scheduled silver news",
            slug="scheduled",
            published_at=timezone.now() + dt.timedelta(days=2),
        ),
    }


def _page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.parametrize("language_prefix", ["", "/en"])
def test_drafts_and_scheduled_articles_are_invisible_to_the_public(client, articles, language_prefix):
    pages = [
        f"{language_prefix}/",
        f"{language_prefix}/news/",
        f"{language_prefix}/feeds/news/",
        "/sitemap.xml",
    ]
    for url in pages:
        content = _page(client, url)
        assert "/news/published/" in content or "ลำไยลำพูน" in content or "longan" in content, url
        for hidden in ("draft", "scheduled"):
            assert f"/news/{hidden}/" not in content, url
        for words in ("กาแฟแม่ฮ่องสอน", "เครื่องเงินน่าน", "Draft coffee", "Scheduled silver"):
            assert words not in content, url
    for hidden in ("draft", "scheduled"):
        for url in (
            f"{language_prefix}/news/{hidden}/",
            f"{language_prefix}/news/{hidden}/print/",
            f"{language_prefix}/news/{hidden}.pdf",
        ):
            assert client.get(url).status_code == 404, url


def test_drafts_and_scheduled_articles_are_invisible_in_search(client, articles):
    try:
        with translation.override("en"):
            url = reverse("search:search")
    except NoReverseMatch:
        pytest.skip("the search page is not wired into the URLs yet")
    content = _page(client, f"{url}?q=news")  # the word is in all three English titles
    assert 'href="/en/news/published/"' in content
    assert "/news/draft/" not in content and "/news/scheduled/" not in content


def test_a_scheduled_article_appears_once_its_time_has_come(client, articles):
    Article.objects.filter(slug="scheduled").update(published_at=timezone.now() - dt.timedelta(minutes=1))
    assert client.get("/news/scheduled/").status_code == 200
    assert "เครื่องเงินน่าน" in _page(client, "/news/")


@pytest.mark.parametrize("user_fixture", ["pcso", "coordinator", "focal_point"])
def test_other_roles_cannot_preview(client_for, articles, request, user_fixture):
    client = client_for(request.getfixturevalue(user_fixture))
    assert client.get("/news/draft/").status_code == 404
    assert client.get("/news/scheduled/").status_code == 404


def test_staff_preview_drafts_and_scheduled_articles_under_a_banner(client_for, staff, articles):
    client = client_for(staff)
    draft = _page(client, "/en/news/draft/")
    assert "Draft coffee news" in draft
    assert 'class="preview-banner"' in draft and "the public cannot see this article" in draft
    scheduled = _page(client, "/en/news/scheduled/")
    assert 'class="preview-banner"' in scheduled and "scheduled" in scheduled
    assert 'class="preview-banner"' not in _page(client, "/en/news/published/")
    assert client.get("/news/draft.pdf").status_code == 200
    # Preview is for the article page only: the public lists stay public for staff too.
    assert "กาแฟแม่ฮ่องสอน" not in _page(client, "/news/")


def test_article_page_shows_breadcrumb_date_credits_workshop_and_meta(client):
    workshop = WorkshopFactory(title="การประชุมเชิงปฏิบัติการภาคเหนือ", slug="north-2556")
    ArticleFactory(
        title=CHIANG_MAI_TITLE,
        slug="chiang-mai-2556",
        lead="รัฐมนตรีว่าการกระทรวงวิทยาศาสตร์ฯ เป็นประธาน",
        body="<p>เมื่อวันที่ 1 พฤศจิกายน 2556</p>",
        writer="นางสาวตัวอย่าง ข่าวดี",
        photographers="นายภาพ สวยงาม",
        published_at=timezone.make_aware(dt.datetime(2013, 11, 1, 15, 0)),
        workshop=workshop,
    )
    thai = _page(client, "/news/chiang-mai-2556/")
    assert 'class="breadcrumb"' in thai
    assert "1 พฤศจิกายน 2556" in thai  # B.E. date
    assert "นางสาวตัวอย่าง ข่าวดี" in thai and "นายภาพ สวยงาม" in thai
    assert "02 333 3700" in thai  # the PR group's phone
    assert 'href="/workshops/north-2556/"' in thai
    assert f'<meta property="og:title" content="{CHIANG_MAI_TITLE}">' in thai
    assert '<meta name="description" content="รัฐมนตรีว่าการกระทรวงวิทยาศาสตร์ฯ เป็นประธาน">' in thai
    assert 'href="/news/chiang-mai-2556/print/"' in thai and 'href="/news/chiang-mai-2556.pdf"' in thai
    english = _page(client, "/en/news/chiang-mai-2556/")
    assert "1 November 2013" in english
    assert 'content="en_US"' in english


def test_print_page_uses_the_print_stylesheet(client):
    ArticleFactory(slug="printable", title="ข่าวพิมพ์ได้")
    content = _page(client, "/news/printable/print/")
    assert "css/print.css" in content and "ข่าวพิมพ์ได้" in content
    assert 'class="main-nav"' not in content


def test_pdf_is_a_pdf_with_the_thai_title_as_text(client):
    ArticleFactory(
        slug="pdf-news",
        title=CHIANG_MAI_TITLE,
        body="<p>ผู้เข้าร่วมประชุมกว่า 130 คน</p><ul><li>เชียงใหม่ Food Valley</li></ul>",
        writer="นางสาวตัวอย่าง ข่าวดี",
    )
    response = client.get("/news/pdf-news.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(response.content))
    text = "".join(page.extract_text() for page in reader.pages)
    squeeze = lambda value: "".join(value.split())  # noqa: E731 — layout spaces vary by extractor
    assert squeeze(CHIANG_MAI_TITLE) in squeeze(text)
    assert "130" in text
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].get_object().values()
    }
    assert any("Sarabun" in name for name in fonts), fonts


def test_feed_is_valid_rss_with_published_articles_newest_first(client):
    ArticleFactory(slug="older", title="ข่าวเก่า", published_at=timezone.now() - dt.timedelta(days=5))
    ArticleFactory(slug="newer", title="ข่าวใหม่", published_at=timezone.now() - dt.timedelta(hours=1))
    ArticleFactory(slug="hidden", title="ข่าวร่าง", status=Article.Status.DRAFT, published_at=None)
    response = client.get("/feeds/news/")
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "rss20"
    assert [entry.title for entry in feed.entries] == ["ข่าวใหม่", "ข่าวเก่า"]
    assert feed.entries[0].link.endswith("/news/newer/")
    english = feedparser.parse(client.get("/en/feeds/news/").content)
    assert english.entries[0].link.endswith("/en/news/newer/")


def test_sitemap_lists_public_pages_in_both_languages(client):
    ArticleFactory(slug="in-sitemap")
    WorkshopFactory(slug="workshop-in-sitemap")
    content = _page(client, "/sitemap.xml")
    assert "http://testserver/news/in-sitemap/" in content
    assert "http://testserver/en/news/in-sitemap/" in content
    assert 'hreflang="en"' in content
    assert "/workshops/workshop-in-sitemap/" in content
    assert "/admin/" not in content


def test_news_list_is_paginated_newest_first_and_filtered_by_fiscal_year(client):
    # Fiscal year 2557 runs 1 Oct 2013 – 30 Sep 2014; 2552 runs 1 Oct 2008 – 30 Sep 2009.
    ArticleFactory(
        slug="fy2557", title="ข่าวปีงบ 2557", published_at=timezone.make_aware(dt.datetime(2013, 11, 1, 10))
    )
    ArticleFactory(
        slug="fy2552", title="ข่าวปีงบ 2552", published_at=timezone.make_aware(dt.datetime(2009, 3, 8, 10))
    )
    ArticleFactory(
        slug="fy2553", title="ข่าวปีงบ 2553", published_at=timezone.make_aware(dt.datetime(2009, 10, 2, 10))
    )
    content = _page(client, "/news/?fiscal_year=2552")
    assert "ข่าวปีงบ 2552" in content and "ข่าวปีงบ 2557" not in content and "ข่าวปีงบ 2553" not in content
    everything = _page(client, "/news/")
    assert everything.index("ข่าวปีงบ 2557") < everything.index("ข่าวปีงบ 2553") < everything.index("ข่าวปีงบ 2552")
    for number in range(12):
        ArticleFactory(slug=f"bulk-{number}")
    first = _page(client, "/news/")
    assert 'rel="next"' in first
    last = _page(client, "/news/?page=2")
    assert "ข่าวปีงบ 2552" in last
    assert client.get("/news/?fiscal_year=abc").status_code == 200  # bad filter input is not a 500


def _count_queries(client, url: str) -> int:
    client.get(url)  # warm the cached fragments (footer) so both runs measure the same thing
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_news_list_query_count_does_not_grow_with_the_data(client):
    from tests.news.helpers import image_upload

    def add(count: int):
        for _number in range(count):
            article = ArticleFactory(workshop=WorkshopFactory())
            article.photos.create(image=image_upload(size=(60, 40)), is_cover=True)

    add(5)
    small = _count_queries(client, "/news/")
    add(195)
    large = _count_queries(client, "/news/")
    assert small == large
