"""Template filters for article bodies."""

from django import template
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from news import html

register = template.Library()


@register.filter
def clean_html(value) -> str:
    """The body sanitised again at render time, however it reached the database."""
    # nh3 output is safe by construction.
    return mark_safe(html.clean_html(value))  # noqa: S308  # nosec B308, B703


@register.filter
def plain_text(value, length: int = 0) -> str:
    """The body as plain text (for meta descriptions), cut to ``length`` characters if given."""
    text = " ".join(html.html_to_text(value).split())
    return Truncator(text).chars(int(length)) if length else text
