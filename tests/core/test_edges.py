"""The portal's edges answer as documented, never a 500 (issue 12 item 7)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db


@override_settings(ALLOWED_HOSTS=["portal.most.go.th"])
@pytest.mark.parametrize("path", ["/", "/en/agencies/", "/api/v1/provinces/", "/healthz"])
def test_a_bad_host_is_a_400_page(client, path):
    response = client.get(path, HTTP_HOST="evil.example")
    assert response.status_code == 400


def test_healthz_is_503_json_with_the_database_unreachable():
    # A server pointed at a closed port: what the load balancer sees when PostgreSQL is down.
    env = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "mostportal.settings.test",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:9/most_nowhere",
    }
    probe = (
        "import django, json; django.setup(); from django.test import Client; "
        "r = Client().get('/healthz'); print(json.dumps([r.status_code, r['Content-Type'], r.content.decode()]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    status, content_type, body = json.loads(result.stdout.strip().splitlines()[-1])
    assert status == 503 and content_type == "application/json"
    assert json.loads(body)["status"] == "unavailable"


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_read_only_views_accept_get_and_head_only(client, method):
    from tests.factories import ArticleFactory, WorkshopFactory

    article, workshop = ArticleFactory(), WorkshopFactory()
    paths = [
        "/feeds/news/", "/sitemap.xml", "/stats/status.csv", "/workshops/upcoming.ics",
        f"/workshops/{workshop.slug}.ics", f"/news/{article.slug}.pdf", "/api/v1/", "/follows/feed/abc/",
    ]  # fmt: skip
    for path in paths:
        assert client.get(path).status_code in (200, 404), path
        assert getattr(client, method)(path).status_code == 405, (method, path)


@pytest.mark.parametrize("path", ["/accounts/login/", "/en/accounts/login/", "/api/v1/schema/swagger/"])
def test_pages_the_csp_must_not_break_have_no_inline_script_or_style(client, path):
    import re

    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert "style-src 'self'" in response["Content-Security-Policy"]
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag, tag
    assert "<style" not in html
    assert not re.search(r"\sstyle=\"", html), re.findall(r"<[^>]*\sstyle=\"[^>]*>", html)[:3]


def test_the_api_explorer_start_up_script_is_a_file(client):
    response = client.get("/api/v1/schema/swagger/?script=")
    assert response.status_code == 200 and "javascript" in response["Content-Type"]
