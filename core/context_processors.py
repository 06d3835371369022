"""Template context shared by every page."""

from django.urls import translate_url

from agencies.models import Agency


def site(request) -> dict:
    """The same page in each language (for the switch and ``hreflang``) and the footer agencies.

    ``footer_agencies`` is a lazy queryset: the footer is a cached fragment, so it runs only
    when the cache is cold.
    """
    path = request.get_full_path()
    return {
        "alternate_urls": {code: translate_url(path, code) for code in ("th", "en")},
        "footer_agencies": Agency.objects.only("slug", "name_th", "name_en"),
    }
