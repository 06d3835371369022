"""Template context shared by every page."""

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils.translation import override

from agencies.models import Agency
from core.cache import content_version


def _in_language(request, code: str) -> str:
    """This page's address in language ``code``: the view's own URL name, reversed in that language.

    The request was resolved already (``resolver_match``), so there is no need to resolve the path
    a second time per language as ``translate_url`` does; pages without a match (a 404) use it.
    """
    match = request.resolver_match
    if match is None or not match.url_name:
        return translate_url(request.path, code)
    with override(code):
        try:
            return reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return request.path


def _footer_contact():
    from pages.models import Page

    return Page.objects.filter(kind=Page.Kind.CONTACT).only("summary_th", "summary_en").first()


def _footer_agencies():
    return Agency.objects.only("slug", "name_th", "name_en")


def _origin(request) -> str:
    """``https://host`` of this request; the configured site's when the Host header is not allowed.

    The 400 page for a bad ``Host`` is rendered with this context too: calling ``get_host()``
    unguarded there raised again, and the 400 became a 500 (issue 12 item 7).
    """
    try:
        return f"{request.scheme}://{request.get_host()}"
    except DisallowedHost:
        return settings.SITE_URL.rstrip("/")


def site(request) -> dict:
    """The same page in each language (for the switch and ``hreflang``), the site's origin
    (``https://host``, for absolute links), the footer agencies and the footer's contact lines.

    ``footer_agencies`` is a function the template calls: the footer is a cached fragment, so the
    query is built and run only when the cache is cold.
    """
    query = request.GET.urlencode()  # re-encoded from the decoded values: Thai stays valid UTF-8
    alternates = {}
    for code in ("th", "en"):
        url = _in_language(request, code)
        alternates[code] = f"{url}?{query}" if query else url
    return {
        "alternate_urls": alternates,
        "site_origin": _origin(request),
        "footer_agencies": _footer_agencies,
        "footer_contact": _footer_contact,
        "content_version": content_version,
    }
