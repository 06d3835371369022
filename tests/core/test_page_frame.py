"""The page frame: rendered once per language, blind to the visitor; read-only pages open no transaction."""

import pytest
from django.db import connection
from django.template import Context, Template, TemplateSyntaxError, engines
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def _nav(html: str) -> str:
    return html.split('<nav class="main-nav"', 1)[1].split("</nav>", 1)[0]


def test_the_menu_is_in_the_language_of_each_page_served_by_one_process(client):
    for _ in range(2):  # Thai, English, Thai again: each from its own rendering, none leaks
        thai = _nav(client.get("/").content.decode())
        english = _nav(client.get("/en/").content.decode())
        assert 'href="/news/"' in thai and "ข่าว" in thai and ">News<" not in thai
        assert 'href="/en/news/"' in english and ">News<" in english and "ข่าว" not in english


def test_the_current_page_is_marked_in_the_menu(client):
    assert 'href="/en/stats/" aria-current="page"' in client.get("/en/stats/").content.decode()
    assert 'aria-current="page"' not in _nav(client.get("/en/news/").content.decode())


def test_a_once_block_sees_no_request_user_or_page_data(pcso):
    template = engines["django"].from_string(
        "{% load chrome %}{% once %}[{{ request.path }}|{{ user }}|{{ secret }}|{{ LANGUAGE_CODE }}]{% endonce %}"
    )
    request = RequestFactory().get("/private/")
    request.user = pcso
    with translation.override("en"):
        html = template.render({"secret": "the PCSO's draft", "user": pcso}, request)
    assert html == "[|||en]"


def test_a_once_block_cannot_hold_a_block_child_templates_override():
    with pytest.raises(TemplateSyntaxError):
        Template("{% load chrome %}{% once %}{% block nav %}{% endblock %}{% endonce %}")
    assert Template("{% load chrome %}{% once %}plain{% endonce %}").render(Context()) == "plain"


def test_a_read_only_page_opens_no_transaction_a_form_does(client, client_for, pcso):
    ArticleFactory(slug="read-only")
    for url in ("/news/read-only/", "/news/", "/", "/provinces/chiang-mai/", "/requests/"):
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        assert not any("SAVEPOINT" in query["sql"] for query in queries.captured_queries), url
    # A page that saves still runs in the request's transaction (a savepoint inside the test's).
    with CaptureQueriesContext(connection) as queries:
        client_for(pcso).post("/requests/new/", {})
    assert any("SAVEPOINT" in query["sql"] for query in queries.captured_queries)


def test_only_the_search_page_keeps_its_words_in_the_header_box(client):
    box = 'id="site-search-q" name="q" placeholder="Search" maxlength="200" value="{}"'
    assert box.format("ลำไย") in client.get("/en/search/", {"q": "ลำไย"}).content.decode()
    assert box.format("") in client.get("/en/news/", {"q": "ลำไย"}).content.decode()
    assert 'placeholder="ค้นหา"' in client.get("/search/", {"q": "ลำไย"}).content.decode()


def test_the_breadcrumb_starts_at_home_in_the_page_language(client):
    ArticleFactory(slug="crumbs")
    english = client.get("/en/news/crumbs/").content.decode()
    thai = client.get("/news/crumbs/").content.decode()
    assert '<nav class="breadcrumb" aria-label="Breadcrumb">' in english
    assert '<li><a href="/en/">Home</a></li>' in english
    assert '<li><a href="/">หน้าหลัก</a></li>' in thai
