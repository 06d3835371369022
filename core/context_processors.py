"""Template context shared by every page."""

from django.urls import translate_url

from agencies.models import Agency


def site(request) -> dict:
    """The same page in each language (for the switch and ``hreflang``) and the footer agencies.

    ``footer_agencies`` is a lazy queryset: the footer is a cached fragment, so it runs only
    when the cache is cold.
    """
    query = request.GET.urlencode()  # re-encoded from the decoded values: Thai stays valid UTF-8
    alternates = {}
    for code in ("th", "en"):
        url = translate_url(request.path, code)
        alternates[code] = f"{url}?{query}" if query else url
    return {
        "alternate_urls": alternates,
        "footer_agencies": Agency.objects.only("slug", "name_th", "name_en"),
    }
