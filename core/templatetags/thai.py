"""Template filters for Buddhist-Era dates, Thai digits and fiscal years.

Loaded as a template builtin, so every template can write ``{{ day|thaidate }}``.
"""

import datetime as dt

from django import template
from django.utils import timezone
from django.utils.translation import get_language, gettext

from core import dates
from core.numbers import format_number

register = template.Library()


def _language() -> str:
    return "th" if (get_language() or "th").startswith("th") else "en"


def _as_date(value):
    if isinstance(value, dt.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


@register.filter
def thaidate(value, arg: str = ""):
    """B.E. date in Thai ("1 พฤศจิกายน 2556"), C.E. in English; ``"short"``/``"digits"`` options."""
    if not value:
        return ""
    options = set(arg.split(",")) if arg else set()
    return dates.format_date(
        _as_date(value), _language(), short="short" in options, thai_digits="digits" in options
    )


@register.filter
def thaidatetime(value):
    """Date and time: "1 พฤศจิกายน 2556 09:30 น." in Thai, "1 November 2013, 09:30" in English."""
    if not value:
        return ""
    local = timezone.localtime(value) if timezone.is_aware(value) else value
    day = dates.format_date(local.date(), _language())
    if _language() == "th":
        return f"{day} {local:%H:%M} น."
    return f"{day}, {local:%H:%M}"


@register.filter
def daterange(start, end=None):
    """A span of days: "9–11 พฤศจิกายน 2551" in Thai, "9–11 November 2008" in English."""
    if not start:
        return ""
    return dates.format_date_range(_as_date(start), _as_date(end), _language())


@register.filter
def fiscal_year(value):
    """The Thai fiscal year (B.E.) of a date: 2013-11-01 -> 2557."""
    if not value:
        return ""
    return dates.fiscal_year(_as_date(value))


@register.filter
def fiscal_year_name(value):
    """A fiscal year named for the page: "ปีงบประมาณ 2557" in Thai, "FY 2014" in English.

    ``value`` is a date (its fiscal year is taken) or a B.E. fiscal year as stored.
    """
    if not value:
        return ""
    year = dates.fiscal_year(_as_date(value)) if isinstance(value, dt.date) else int(value)
    if _language() == "th":
        return gettext("fiscal year %(year)s") % {"year": year}
    return dates.fiscal_year_label(year, "en")


@register.filter
def fiscal_year_label(value):
    """A B.E. fiscal year as a short label: "2557" in Thai, "FY 2014" in English."""
    return dates.fiscal_year_label(int(value), _language()) if value else ""


@register.filter
def number(value, decimals: int = 1):
    """A figure with thousands separators and no ".0": "1,234", "12.5", "325"."""
    return format_number(value, int(decimals))


@register.filter
def thaidigits(value):
    """Write digits as Thai digits, on Thai pages only."""
    return dates.to_thai_digits(value) if _language() == "th" else value


@register.filter
def isodatetime(value):
    """ISO 8601 moment in Thai time, to the second (HTML allows at most three decimals)."""
    if not value:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(microsecond=0).isoformat()


@register.filter
def isodate(value):
    """ISO 8601 date for machine-readable attributes (``<time datetime>``)."""
    return _as_date(value).isoformat() if value else ""
