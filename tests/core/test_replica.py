"""Reads on the replica: the read-only pages and the API read it, a person's own writes never do.

The replica is Django's test mirror of the primary (a second connection to the same database),
so what the queries prove is which connection each page used.
"""

import pytest
from django.db import connections
from django.test import Client
from django.test.utils import CaptureQueriesContext

from core import replica
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db(
    transaction=True, serialized_rollback=True, databases=["default", "replica"]
)


@pytest.fixture(autouse=True)
def _replica_on(settings):
    settings.DATABASE_REPLICA_ALIAS = "replica"
    settings.READ_YOUR_WRITES_SECONDS = 10
    replica._health.update(checked_at=0.0, usable=False)
    yield
    replica._health.update(checked_at=0.0, usable=False)


def _get(client, url):
    with (
        CaptureQueriesContext(connections["default"]) as primary,
        CaptureQueriesContext(connections["replica"]) as copy,
    ):
        response = client.get(url)
    assert response.status_code == 200, url
    # The API's views keep the primary's (empty) request transaction: count what reads data.
    reads = [query for query in primary if query["sql"] != "COMMIT" and not query["sql"].startswith("BEGIN")]
    return response, len(reads), len(copy)


@pytest.mark.parametrize("url", ["/", "/provinces/", "/en/news/", "/api/v1/provinces/"])
def test_read_only_pages_and_the_api_read_the_replica(client, url):
    ArticleFactory()
    _response, primary, copy = _get(client, url)
    assert copy > 0
    assert primary == 0  # not even the session or the user: an anonymous read


def test_a_page_that_writes_stays_on_the_primary(client_for, pcso):
    client = client_for(pcso)
    _response, primary, copy = _get(client, "/requests/new/")
    assert primary > 0 and copy == 0


def test_after_a_write_the_same_browser_reads_the_primary(client_for, pcso):
    person = client_for(pcso)
    _response, primary, copy = _get(person, "/provinces/")
    assert copy > 0  # logged in, reading: the replica (the session and user from the primary)
    person.post("/i18n/setlang/", {"language": "th", "next": "/"})  # any write pins the browser
    assert replica.PIN_COOKIE in person.cookies
    assert person.cookies[replica.PIN_COOKIE]["max-age"] == 10
    _response, primary, copy = _get(person, "/provinces/")
    assert copy == 0 and primary > 0
    _response, primary, copy = _get(Client(), "/provinces/")  # another browser: the replica
    assert copy > 0


def test_a_replica_that_is_down_sends_the_page_to_the_primary(client):
    article = ArticleFactory()
    name = connections["replica"].settings_dict["NAME"]
    _disconnect(connections["replica"])
    connections["replica"].settings_dict["NAME"] = "/nonexistent/folder/replica.sqlite3"
    try:
        with CaptureQueriesContext(connections["default"]) as primary:
            response = client.get("/news/")
        assert response.status_code == 200
        assert article.title in response.content.decode()  # served, from the primary
        assert len(primary) > 0
        assert replica._health["usable"] is False
    finally:
        _disconnect(connections["replica"])
        connections["replica"].settings_dict["NAME"] = name


def _disconnect(connection):
    """Really close the connection (Django keeps SQLite's in-memory test databases open)."""
    if connection.connection is not None:
        connection.connection.close()
        connection.connection = None
