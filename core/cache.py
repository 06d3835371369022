"""A shared cache for the public pages anonymous visitors read, emptied whenever content changes.

Anonymous visitors all see the same page for the same address and language, so a rendered page
can be kept in the shared cache (Redis in production) and served by any app server. Any save or
delete of programme content gives the cache a new version, so no page outlives the data it shows.
"""

import hashlib
import uuid
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

VERSION_KEY = "public-pages:version"
# Bulk updates send no signal: a cached aggregate is recomputed at the latest after this long.
CONTENT_TIMEOUT = 60 * 10
T = TypeVar("T")
CONTENT_APPS = {"provinces", "agencies", "workshops", "news", "requests_app", "matching", "pages"}
_CACHEABLE_TYPES = ("text/html", "application/xml", "text/xml", "application/rss+xml", "application/atom+xml",
                    "text/calendar", "application/pdf", "text/csv", "application/json")  # fmt: skip


def content_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.add(VERSION_KEY, version, timeout=None)
        version = cache.get(VERSION_KEY, version)
    return version


def cached_content(key: str, compute: Callable[[], T], timeout: int = CONTENT_TIMEOUT) -> T:
    """``compute()``, kept in the shared cache until programme content next changes.

    For aggregates every visitor sees alike (the home page's figures, a list's fiscal years):
    the key carries the content version, so a save or delete of content recomputes them.
    """
    full_key = f"content:{content_version()}:{key}"
    value = cache.get(full_key)
    if value is None:
        value = compute()
        cache.set(full_key, value, timeout)
    return value


def content_changed(**kwargs) -> None:
    """Forget every cached public page (a new version key; the old entries simply expire)."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


def _on_model_change(sender, **kwargs) -> None:
    if sender._meta.app_label in CONTENT_APPS:
        content_changed()


def connect_signals() -> None:
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_on_model_change, dispatch_uid=f"core.cache.{signal}")


class PublicPageCacheMiddleware:
    """Serves anonymous GET requests from the shared cache for ``PAGE_CACHE_SECONDS``.

    A request is anonymous when it carries no session and no pending messages; a response is
    kept only when it is a 200 that sets no cookie and is not marked private. Staff previews,
    PCSO pages and the admin all need a session, so they are never cached.

    The key is everything that changes the answer (issue 12 item 5): the method, the host, the
    language, the full path, and the request headers the response says it varies on (the API's
    ``Vary: Accept``: a CSV answer is never served to a client that asked for JSON). The headers a
    path varies on are learnt from its first answer, as Django's own cache does. Distinct query
    strings per path are bounded (``PAGE_CACHE_MAX_VARIANTS``), so unique ones cannot fill the cache.
    """

    #: Vary headers the key already covers (language) or that anonymous requests never carry.
    COVERED = {"cookie", "accept-language"}

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/" + settings.ADMIN_URL

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not self._anonymous_read(request):
            return self.get_response(request)
        version = content_version()
        base = self._base(request, version)
        vary = cache.get(f"public-page-vary:{base}")
        if vary is not None:
            response = cache.get(self._key(request, base, vary))
            if response is not None:
                response["X-Page-Cache"] = "hit"
                return response
        response = self.get_response(request)
        vary = self._vary(response)
        if vary is not None and self._keepable(response) and self._room_for(request, version):
            cache.set(f"public-page-vary:{base}", vary, seconds)
            cache.set(self._key(request, base, vary), response, seconds)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _base(request, version: str) -> str:
        parts = [version, request.method, request.get_host(), request.LANGUAGE_CODE, request.get_full_path()]
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()

    @staticmethod
    def _key(request, base: str, vary: list[str]) -> str:
        values = [request.META.get("HTTP_" + header.upper().replace("-", "_"), "") for header in vary]
        return "public-page:" + hashlib.sha256("\n".join([base, *values]).encode()).hexdigest()

    def _vary(self, response) -> list[str] | None:
        """The request headers this answer depends on beyond the key's; None: not cacheable (``*``)."""
        headers = [h.strip().lower() for h in response.get("Vary", "").split(",") if h.strip()]
        if "*" in headers:
            return None
        return sorted(set(headers) - self.COVERED)

    @staticmethod
    def _room_for(request, version: str) -> bool:
        """At most ``PAGE_CACHE_MAX_VARIANTS`` query strings of one path are kept per content version."""
        if not request.META.get("QUERY_STRING"):
            return True
        counter = "public-page-variants:" + hashlib.sha256(f"{version}:{request.path}".encode()).hexdigest()
        cache.add(counter, 0, settings.PAGE_CACHE_SECONDS)
        try:
            return cache.incr(counter) <= settings.PAGE_CACHE_MAX_VARIANTS
        except ValueError:  # expired between add and incr
            return False

    def _anonymous_read(self, request) -> bool:
        return (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "messages" not in request.COOKIES
            and not request.path.startswith(self.admin_prefix)
            and request.path not in ("/healthz", "/readyz")
        )

    @staticmethod
    def _keepable(response) -> bool:
        return (
            response.status_code == 200
            and not response.cookies
            and not getattr(response, "streaming", False)
            and "private" not in response.get("Cache-Control", "")
            and "no-store" not in response.get("Cache-Control", "")
            and response.get("Content-Type", "").split(";")[0] in _CACHEABLE_TYPES
        )
