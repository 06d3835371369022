"""Small page helpers: the active filters of a list, and Thai text on English pages.

``{% load ui %}``, then:

- ``{{ filter.form|active_filters }}``: how many of a filter form's fields have a value (the
  count on the "Filters (n)" disclosure above a list);
- ``<p{{ text|lang_th }}>``: ``lang="th"`` on an English page when ``text`` is written in Thai
  (a request, a news body, a workshop description that exist only in Thai), so a screen reader
  reads it with a Thai voice and the browser breaks its lines as Thai;
- ``{% if text|is_thai %}``: whether ``text`` is written in Thai.
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
    return mark_safe(' lang="th"')  # noqa: S308  # nosec B308, B703 — a constant
