"""Reads on a PostgreSQL replica: the router and the middleware that decides when.

With ``DATABASE_REPLICA_URL`` set, the read-only public pages (``ReadOnlyPageMixin``) and the
open-data API read from the replica; everything else — every write, every page that writes,
people's accounts and sessions — uses the primary. A browser that has just written (any POST,
PUT, PATCH or DELETE) reads from the primary for ``DJANGO_READ_YOUR_WRITES_SECONDS`` after, so
a person always sees their own change. A replica that is down or lags more than
``DJANGO_REPLICA_MAX_LAG_SECONDS`` is left alone (checked at most every few seconds per process)
and the page reads from the primary; a query that fails on the replica is run again on it.
"""

import contextvars
import time

from django.conf import settings
from django.db import DatabaseError, connections

_on_replica: contextvars.ContextVar[bool] = contextvars.ContextVar("on_replica", default=False)

#: Models always read from the primary (log-in, sessions, throttling: read-your-writes by nature).
PRIMARY_ONLY_APPS = {"sessions", "auth", "accounts", "axes", "otp_totp", "otp_static", "contenttypes"}
PIN_COOKIE = "primary_pin"
CHECK_EVERY = 5.0

_health = {"checked_at": 0.0, "usable": False}


def replica_alias() -> str:
    alias = getattr(settings, "DATABASE_REPLICA_ALIAS", "")
    return alias if alias and alias in connections.databases else ""


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        if _on_replica.get() and model._meta.app_label not in PRIMARY_ONLY_APPS:
            return replica_alias() or None
        return None

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the replica is a copy of the primary: the same rows

    def allow_migrate(self, db, app_label, **hints):
        return db == "default"


def replica_usable(alias: str) -> bool:
    """Whether the replica answers and is not too far behind (memoised for a few seconds)."""
    now = time.monotonic()
    if now - _health["checked_at"] < CHECK_EVERY:
        return _health["usable"]
    _health["checked_at"] = now
    try:
        _health["usable"] = _lag_seconds(connections[alias]) <= settings.REPLICA_MAX_LAG_SECONDS
    except DatabaseError:
        _health["usable"] = False
    return _health["usable"]


def _lag_seconds(connection) -> float:
    connection.ensure_connection()
    if connection.vendor != "postgresql":
        return 0.0
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT CASE WHEN NOT pg_is_in_recovery() OR pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() "
            "THEN 0 ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0) END"
        )
        return float(cursor.fetchone()[0])


def replica_down() -> None:
    _health.update(checked_at=time.monotonic(), usable=False)


def _reads_only(view_func, request) -> bool:
    from core.views import ReadOnlyPageMixin

    view_class = getattr(view_func, "view_class", None) or getattr(view_func, "cls", None)
    if request.path.startswith("/api/"):
        return True
    return isinstance(view_class, type) and issubclass(view_class, ReadOnlyPageMixin)


class ReplicaMiddleware:
    """Sends a read-only page's reads to the replica unless this browser wrote a moment ago."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _on_replica.set(False)
        try:
            response = self.get_response(request)
        finally:
            _on_replica.reset(token)
        if request.method not in ("GET", "HEAD", "OPTIONS", "TRACE") and replica_alias():
            seconds = settings.READ_YOUR_WRITES_SECONDS
            response.set_cookie(
                PIN_COOKIE, "1", max_age=seconds, httponly=True, samesite="Lax",
                secure=settings.SESSION_COOKIE_SECURE,
            )  # fmt: skip
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        alias = replica_alias()
        if (
            alias
            and request.method in ("GET", "HEAD")
            and PIN_COOKIE not in request.COOKIES
            and _reads_only(view_func, request)
            and replica_usable(alias)
        ):
            _on_replica.set(True)
            request._replica_view = (view_func, view_args, view_kwargs)
        return None

    def process_exception(self, request, exception):
        if not (_on_replica.get() and isinstance(exception, DatabaseError)):
            return None
        replica_down()
        _on_replica.set(False)
        view_func, view_args, view_kwargs = request._replica_view
        response = view_func(request, *view_args, **view_kwargs)
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        return response
