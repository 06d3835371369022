"""What HTML a website page may hold: the news body's tags plus highlighted placeholders and term lists."""

import functools

import nh3

from news.html import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, URL_SCHEMES

PAGE_TAGS = ALLOWED_TAGS | {"mark", "dl", "dt", "dd"}
PAGE_ATTRIBUTES = {**ALLOWED_ATTRIBUTES, "h2": {"id"}, "h3": {"id"}}


def clean_page_html(text: str | None) -> str:
    """``text`` reduced to what a page may contain (cleaned when saved and again when shown)."""
    if not text:
        return ""
    return _clean(str(text))


@functools.lru_cache(maxsize=32)
def _clean(text: str) -> str:
    return nh3.clean(
        text,
        tags=PAGE_TAGS,
        attributes=PAGE_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    )
