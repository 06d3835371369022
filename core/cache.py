"""A shared cache for the public pages anonymous visitors read, emptied whenever content changes.

Anonymous visitors all see the same page for the same address and language, so a rendered page
can be kept in the shared cache (Redis in production) and served by any app server. Any save or
delete of programme content gives the cache a new version, so no page outlives the data it shows.

Each entry is kept under a fixed key with the content version it was made from, and read in the
same round trip as the current version (one ``MGET``). An entry of an older version (content
changed) or past its time is *stale*: one worker, holding a short lock, makes it again while the
others go on serving the stale copy for the few milliseconds that takes, so a save under load
never sends every worker to recount 200,000 requests at once. A page is kept as it goes on the
wire: its status, headers and gzip-compressed body, never a pickled response object.
"""

import gzip
import hashlib
import threading
import time
import uuid
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.urls import get_urlconf
from django.urls.resolvers import get_resolver
from django.utils import translation
from django.utils.cache import patch_vary_headers

VERSION_KEY = "public-pages:version"
# Bulk updates send no signal: a cached aggregate is recomputed at the latest after this long.
CONTENT_TIMEOUT = 60 * 10
# How long one worker may hold the right to remake an entry before another may take it over.
LOCK_SECONDS = 30
# A stale entry is kept this much longer than its time, to be served while it is remade.
STALE_GRACE = 60 * 10
T = TypeVar("T")
CONTENT_APPS = {
    "provinces",
    "agencies",
    "workshops",
    "news",
    "requests_app",
    "matching",
    "pages",
    "stats",
    "plans",
    "search",
}
_CACHEABLE_TYPES = ("text/html", "application/xml", "text/xml", "application/rss+xml", "application/atom+xml",
                    "text/calendar", "application/pdf", "text/csv", "application/json")  # fmt: skip
# Headers a cached page is not stored with: set again for each answer.
_UNSTORED = {"content-length", "content-encoding", "x-page-cache"}


# Within one request the content version is read from the cache once (then remembered until the
# request ends); outside a request (commands, tests between requests) it is read each time.
_request = threading.local()


def _remember(version: str) -> str:
    if getattr(_request, "active", False):
        _request.version = version
    return version


def _request_began(**kwargs) -> None:
    _request.active, _request.version = True, None


def _request_ended(**kwargs) -> None:
    _request.active, _request.version = False, None


def content_version() -> str:
    if getattr(_request, "version", None):
        return _request.version
    version = cache.get(VERSION_KEY)
    return _remember(version if version is not None else _start_version())


def _start_version() -> str:
    version = uuid.uuid4().hex
    cache.add(VERSION_KEY, version, timeout=None)
    return cache.get(VERSION_KEY, version)


def _read(key: str) -> tuple[str, tuple | None]:
    """The current content version and the entry under ``key``, in one round trip."""
    values = cache.get_many([VERSION_KEY, key])
    version = values.get(VERSION_KEY)
    return _remember(version if version is not None else _start_version()), values.get(key)


def _fresh(entry: tuple, version: str) -> bool:
    """``entry`` is ``(version, expires_at, ...)``: made from the current content and in time."""
    return entry[0] == version and entry[1] > time.time()


def _may_remake(key: str) -> bool:
    """True for the one worker that gets to remake the stale entry under ``key`` (it takes the lock)."""
    return cache.add(f"remaking:{key}", 1, LOCK_SECONDS)


def _done_remaking(key: str) -> None:
    cache.delete(f"remaking:{key}")


def cached_content(key: str, compute: Callable[[], T], timeout: int = CONTENT_TIMEOUT) -> T:
    """``compute()``, kept in the shared cache until programme content next changes.

    For aggregates every visitor sees alike (the home page's figures, a list's totals). After a
    change one worker recomputes the value while the others use the previous one meanwhile.
    """
    full_key = content_key(key)
    version, entry = _read(full_key)
    if entry is not None and (_fresh(entry, version) or not _may_remake(full_key)):
        return entry[2]
    try:
        value = compute()
        cache.set(full_key, (version, time.time() + timeout, value), timeout + STALE_GRACE)
    finally:
        if entry is not None:
            _done_remaking(full_key)
    return value


def content_key(key: str) -> str:
    """The cache key of the aggregate ``key`` of :func:`cached_content`."""
    return f"content:{key}"


def content_changed(**kwargs) -> None:
    """Make every cached public page and aggregate stale (a new version key), on every server."""
    version = uuid.uuid4().hex
    cache.set(VERSION_KEY, version, timeout=None)
    _remember(version)


def _on_model_change(sender, **kwargs) -> None:
    if sender._meta.app_label in CONTENT_APPS:
        content_changed()


def connect_signals() -> None:
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_on_model_change, dispatch_uid=f"core.cache.{signal}")
    request_started.connect(_request_began, dispatch_uid="core.cache.request_started")
    request_finished.connect(_request_ended, dispatch_uid="core.cache.request_finished")


def page_language(request) -> str:
    """The language ``LocaleMiddleware`` will choose for ``request`` (it runs after this cache).

    The path's prefix (``/en/``) where there is one; the default language for the other pages
    of ``i18n_patterns``; otherwise the cookie or Accept-Language, as Django does.
    """
    language = translation.get_language_from_path(request.path_info)
    if language:
        return language
    resolver = get_resolver(getattr(request, "urlconf", get_urlconf()))
    if _prefix_patterns_without_default(resolver):
        return settings.LANGUAGE_CODE
    return translation.get_language_from_request(request)


def _prefix_patterns_without_default(resolver) -> bool:
    from django.urls import LocalePrefixPattern

    return any(
        isinstance(pattern.pattern, LocalePrefixPattern) and not pattern.pattern.prefix_default_language
        for pattern in resolver.url_patterns
    )


# Request headers a page's key includes besides its address and language: the API answers JSON or
# CSV by ``Accept`` (issue 12 item 5). A response that varies on any other header is not kept.
KEYED_HEADERS = ("Accept",)
# Vary headers the key covers (language, headers above) or that anonymous requests never carry.
_COVERED_VARY = {"cookie", "accept-language", "accept-encoding", *(h.lower() for h in KEYED_HEADERS)}


def page_key(request) -> str:
    """The cache key of the page ``request`` asks for: everything that changes the answer — its
    method, host, language, full address and the keyed request headers (issue 12 item 5)."""
    parts = [request.get_host(), request.get_full_path()]
    parts += [request.headers.get(header, "") for header in KEYED_HEADERS]
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return f"public-page:{request.method}:{page_language(request)}:{digest}"


def _varies_only_on_keyed(response) -> bool:
    """The answer depends on no request header the key leaves out (``Vary: *`` never is kept)."""
    headers = {h.strip().lower() for h in response.get("Vary", "").split(",") if h.strip()}
    return not (headers - _COVERED_VARY)


class PublicPageCacheMiddleware:
    """Serves anonymous GET requests from the shared cache for ``PAGE_CACHE_SECONDS``.

    It sits near the top of the middleware, so a hit costs one cache round trip and none of the
    session, language, CSRF, authentication or history steps below it; what those add to the
    page's headers was stored with it. A request is anonymous when it carries no session and no
    pending messages; a response is kept only when it is a 200 that sets no cookie and is not
    marked private. Staff previews, PCSO pages and the admin all need a session, so they are
    never cached. Clients that accept gzip get the stored compressed body as it is.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/" + settings.ADMIN_URL

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not self._anonymous_read(request):
            return self.get_response(request)
        key = page_key(request)
        version, entry = _read(key)
        if entry is not None:
            if _fresh(entry, version):
                return self._answer(request, entry, "hit")
            if not _may_remake(key):
                return self._answer(request, entry, "stale")
        try:
            response = self.get_response(request)
            if self._keepable(response) and self._room_for(request, version):
                self._store(key, version, response, seconds)
                response["X-Page-Cache"] = "miss"
        finally:
            if entry is not None:
                _done_remaking(key)
        return response

    def _anonymous_read(self, request) -> bool:
        return (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "messages" not in request.COOKIES
            and not request.path.startswith(self.admin_prefix)
            and request.path not in ("/healthz", "/readyz")
        )

    @staticmethod
    def _room_for(request, version: str) -> bool:
        """At most ``PAGE_CACHE_MAX_VARIANTS`` query strings of one path are kept per content version,
        so unique query strings cannot fill the cache (the plain address is always kept)."""
        if not request.META.get("QUERY_STRING"):
            return True
        counter = "public-page-variants:" + hashlib.sha256(f"{version}:{request.path}".encode()).hexdigest()
        cache.add(counter, 0, settings.PAGE_CACHE_SECONDS)
        try:
            return cache.incr(counter) <= settings.PAGE_CACHE_MAX_VARIANTS
        except ValueError:  # expired between add and incr
            return False

    @staticmethod
    def _keepable(response) -> bool:
        return (
            response.status_code == 200
            and not response.cookies
            and not getattr(response, "streaming", False)
            and not response.has_header("Content-Encoding")
            and "private" not in response.get("Cache-Control", "")
            and "no-store" not in response.get("Cache-Control", "")
            and response.get("Content-Type", "").split(";")[0] in _CACHEABLE_TYPES
            and _varies_only_on_keyed(response)
        )

    @staticmethod
    def _store(key: str, version: str, response, seconds: int) -> None:
        headers = tuple((name, value) for name, value in response.items() if name.lower() not in _UNSTORED)
        body = gzip.compress(response.content, compresslevel=6, mtime=0)
        entry = (version, time.time() + seconds, response.status_code, headers, body)
        cache.set(key, entry, seconds + STALE_GRACE)

    @staticmethod
    def _answer(request, entry: tuple, how: str) -> HttpResponse:
        _version, _expires, status, headers, body = entry
        gzipped = "gzip" in request.headers.get("Accept-Encoding", "")
        response = HttpResponse(body if gzipped else gzip.decompress(body), status=status)
        for name, value in headers:
            response[name] = value
        if gzipped:
            response["Content-Encoding"] = "gzip"
        response["Content-Length"] = str(len(response.content))
        patch_vary_headers(response, ("Accept-Encoding",))
        response["X-Page-Cache"] = how
        return response
