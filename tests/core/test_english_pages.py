"""English pages mark what exists only in Thai (issue 14): ``lang="th"`` on it and a short note,
so a screen reader reads it with a Thai voice; the API's description answers in both languages."""

import re

import pytest
from django.core.management import call_command
from django.utils.translation import override

from news.models import Article
from requests_app.models import Request
from workshops.models import Workshop

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("load_demo", verbosity=0)


def _element_with(html: str, text: str) -> str:
    """The opening tag of the element of the page's main part whose text starts with ``text``."""
    html = html[html.index("<main") :]
    index = html.index(text)
    return html[html.rindex("<", 0, index) : index]


def test_an_english_article_page_marks_its_thai_body_and_says_so(client, demo):
    article = Article.objects.filter(title_en="").exclude(body="").first() or Article.objects.first()
    with override("en"):
        english = client.get(article.get_absolute_url()).content.decode()
    assert "This article is available in Thai only." in english
    assert re.search(r'<div class="article-body" lang="th">', english)
    with override("th"):
        thai = client.get(article.get_absolute_url()).content.decode()
    assert "available in Thai only" not in thai and 'lang="th">' not in thai.split("<body", 1)[1]


def test_english_request_and_workshop_pages_mark_thai_text(client, demo):
    request = Request.objects.exclude(reference=None).exclude(status="submitted").first()
    with override("en"):
        html = client.get(request.get_absolute_url()).content.decode()
    assert 'lang="th"' in _element_with(html, request.title)
    assert "The province wrote this request in Thai" in html
    listing = client.get("/en/requests/").content.decode()
    assert 'lang="th"' in _element_with(listing, request.title)
    workshop = Workshop.objects.exclude(summary="").first()
    with override("en"):
        page = client.get(workshop.get_absolute_url()).content.decode()
    assert '<div class="workshop-summary" lang="th">' in page
    assert "This workshop is described in Thai only." in page


def test_the_api_description_answers_in_thai_and_english_and_links_both(client):
    thai = client.get("/api/v1/")
    english = client.get("/en/api/v1/")
    assert thai.status_code == english.status_code == 200
    thai_html, english_html = thai.content.decode(), english.content.decode()
    assert "<h1>Open data API</h1>" in english_html and '<html lang="en"' in english_html
    assert '<html lang="th"' in thai_html and "<h1>Open data API</h1>" not in thai_html
    # The language switch leads to the other page, and it answers.
    assert re.search(r'href="/en/api/v1/" lang="en" hreflang="en"', thai_html)
    assert re.search(r'href="/api/v1/" lang="th" hreflang="th"', english_html)
    # English-only schema text on the Thai page says so to a screen reader.
    assert 'lang="en">Thailand' in thai_html
