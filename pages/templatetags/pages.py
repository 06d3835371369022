"""``page_html``: a page body cleaned again when shown; ``setting``: a footer address from settings."""

from django import template
from django.conf import settings
from django.utils.safestring import mark_safe

from pages.html import clean_page_html

register = template.Library()

#: The settings a template may read (the footer's outside addresses).
_READABLE = {"MINISTRY_SITE_URL", "OFFICIAL_INFORMATION_URL", "OPEN_DATA_CATALOGUE_URL"}


@register.filter
def page_html(text: str) -> str:
    # Cleaned by nh3 to the page's allowed tags: safe to show as markup.
    return mark_safe(clean_page_html(text))  # noqa: S308  # nosec B308 B703


@register.simple_tag
def setting(name: str) -> str:
    if name not in _READABLE:
        raise template.TemplateSyntaxError(f"setting {name!r} is not readable in templates")
    return getattr(settings, name)
