"""Small page helpers: the active filters of a list, and Thai text on English pages.

``{% load ui %}``, then:

- ``{{ filter.form|active_filters }}``: how many of a filter form's fields have a value (the
  count on the "Filters (n)" disclosure above a list);
- ``<p{{ text|lang_th }}>``: ``lang="th"`` on an English page when ``text`` is written in Thai
  (a request, a news body, a workshop description that exist only in Thai), so a screen reader
  reads it with a Thai voice and the browser breaks its lines as Thai;
- ``<p{{ text|lang_en }}>``: ``lang="en"`` on a Thai page for text written in English only
  (the API's OpenAPI descriptions);
- ``{% if text|thai_only %}``: whether ``text`` is Thai on a page in another language (to say
  "available in Thai only" once above it).
"""

import re

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

register = template.Library()

_THAI = re.compile(r"[\u0e00-\u0e7f]")


@register.filter
def active_filters(form) -> int:
    """The number of the form's fields that hold a value in its data (``page`` is not a field)."""
    data = getattr(form, "data", None) or {}
    count = 0
    for name in form.fields:
        key = form.add_prefix(name)
        values = data.getlist(key) if hasattr(data, "getlist") else [data.get(key)]
        if any(value not in (None, "") for value in values):
            count += 1
    return count


@register.filter
def is_thai(text) -> bool:
    """Whether ``text`` holds Thai letters."""
    return bool(text) and _THAI.search(str(text)) is not None


@register.filter
def lang_th(text) -> str:
    """`` lang="th"`` for Thai text on a page in another language; nothing otherwise."""
    if (get_language() or "th").startswith("th") or not is_thai(text):
        return ""
    # A constant attribute.
    return mark_safe(' lang="th"')  # noqa: S308  # nosec B308, B703


@register.filter
def thai_only(text) -> bool:
    """Whether ``text`` is written in Thai and the page is in another language."""
    return not (get_language() or "th").startswith("th") and is_thai(text)


_LATIN = re.compile(r"[A-Za-z]")


@register.filter
def lang_en(text) -> str:
    """`` lang="en"`` for English-only text on a Thai page; nothing otherwise."""
    if not (get_language() or "th").startswith("th") or is_thai(text) or not _LATIN.search(str(text or "")):
        return ""
    # A constant attribute.
    return mark_safe(' lang="en"')  # noqa: S308  # nosec B308, B703
