"""A body with a script, an event handler or a javascript: link never reaches a page."""

import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from news.forms import ArticleAdminForm
from news.models import Article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

HOSTILE = (
    '<p>ข่าวดี<script>alert("x")</script></p>'
    '<p><img src="x.png" onerror="alert(1)">'
    '<a href="javascript:alert(2)" onclick="alert(3)">คลิก</a></p>'
    '<p style="color:red" onmouseover="alert(4)">สวัสดี <strong>ตัวหนา</strong> '
    '<a href="https://www.most.go.th/">กระทรวง</a></p>'
)


def assert_clean(html: str) -> None:
    lowered = html.lower()
    assert "<script" not in lowered
    assert "onerror" not in lowered
    assert "onclick" not in lowered
    assert "onmouseover" not in lowered
    assert "javascript:" not in lowered


def test_saving_through_the_model_stores_a_clean_body():
    article = Article.objects.create(title="ข่าว", slug="shell-news", body=HOSTILE)
    article.refresh_from_db()
    assert_clean(article.body)
    assert "<strong>ตัวหนา</strong>" in article.body  # formatting the editor makes survives
    assert 'href="https://www.most.go.th/"' in article.body


def test_the_admin_form_stores_a_clean_body():
    form = ArticleAdminForm(
        data={
            "title": "ข่าวจากแบบฟอร์ม",
            "slug": "form-news",
            "body": HOSTILE,
            "status": "draft",
            "pr_contact": "",
        }
    )
    assert form.is_valid(), form.errors
    article = form.save()
    article.refresh_from_db()
    assert_clean(article.body)


def test_an_imported_fixture_stores_a_clean_body(tmp_path):
    fixture = tmp_path / "news.json"
    fixture.write_text(
        json.dumps(
            [
                {
                    "model": "news.article",
                    "pk": 9001,
                    "fields": {
                        "title": "ข่าวนำเข้า",
                        "slug": "imported",
                        "body": HOSTILE,
                        "status": "draft",
                        "created_at": "2013-11-01T09:00:00Z",
                        "updated_at": "2013-11-01T09:00:00Z",
                    },
                }
            ]
        ),
        encoding="utf-8",
    )
    call_command("loaddata", str(fixture), verbosity=0)
    assert_clean(Article.objects.get(slug="imported").body)


@pytest.mark.parametrize("how", ["update", "raw_sql"])
def test_a_body_stored_around_the_model_is_cleaned_on_the_page(client, how):
    article = ArticleFactory(slug="bypass", lead="")
    if how == "update":
        Article.objects.filter(pk=article.pk).update(body=HOSTILE)
    else:
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {Article._meta.db_table} SET body = %s WHERE id = %s", [HOSTILE, article.pk]
            )
    assert "<script" in Article.objects.get(pk=article.pk).body  # the row really is dirty

    for url in (
        reverse("news:article_detail", args=["bypass"]),
        reverse("news:article_print", args=["bypass"]),
        reverse("news:feed"),
    ):
        response = client.get(url)
        assert response.status_code == 200
        body = response.content.decode()
        assert "alert(" not in body  # every hostile payload calls alert()
        assert "onerror" not in body.lower()
        assert "javascript:" not in body.lower()
    page = client.get(reverse("news:article_detail", args=["bypass"])).content.decode()
    assert "<strong>ตัวหนา</strong>" in page
