"""Showing a deliverer's answers: amounts in baht, results, and what a progress report changed."""

import datetime as dt
from decimal import Decimal, InvalidOperation

from django import template
from django.contrib.humanize.templatetags.humanize import intcomma
from django.utils.translation import gettext as _

from core.templatetags.thai import thaidate
from requests_app.models import Assignment

register = template.Library()

MONEY_FIELDS = {"cost", "result_income"}
DATE_FIELDS = {"planned_start", "planned_end", "actual_start", "actual_end"}


@register.filter
def baht(value) -> str:
    """1234567.5 → "1,234,567.50 บาท" / "1,234,567.50 baht"; whole amounts without decimals."""
    if value in (None, ""):
        return ""
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    text = intcomma(f"{amount:.0f}" if amount == amount.to_integral() else f"{amount:.2f}", use_l10n=False)
    return _("%(amount)s baht") % {"amount": text}


def _shown(name: str, value) -> str:
    if value in (None, ""):
        return ""
    if name in MONEY_FIELDS:
        return baht(value)
    if name in DATE_FIELDS:
        try:
            return thaidate(dt.date.fromisoformat(value))
        except (TypeError, ValueError):
            return str(value)
    if name == "progress":
        return f"{value}%"
    return intcomma(value, use_l10n=False)


@register.filter
def results_list(assignment: Assignment) -> list[tuple[str, str]]:
    """The results an assignment reports, labelled and formatted."""
    return [
        (_capitalised(name), _shown(name, getattr(assignment, name)))
        for name in Assignment.RESULT_FIELDS
        if getattr(assignment, name) is not None
    ]


def _capitalised(name: str) -> str:
    label = str(Assignment._meta.get_field(name).verbose_name)
    return label[:1].upper() + label[1:]


@register.filter
def report_changes(event) -> list[tuple[str, str, str]]:
    """What a deliverer's report changed: (label, before, after), in the order of the answer form."""
    rows = []
    changes = event.changes or {}
    for name in _REPORT_ORDER:
        if name not in changes:
            continue
        before, after = changes[name]
        label = str(Assignment._meta.get_field(name).verbose_name)
        if name in ("progress", "cost"):
            label = label.split(" (")[0]  # the value carries its unit
        rows.append((label[:1].upper() + label[1:], _shown(name, before), _shown(name, after)))
    for title, day in changes.get("milestones_added", []):
        rows.append((_("New milestone"), "", f"{title} ({_shown('planned_start', day)})"))
    for title, day in changes.get("milestones_reached", []):
        rows.append((_("Milestone reached"), "", f"{title} ({_shown('actual_end', day)})"))
    return rows


_REPORT_ORDER = (
    "progress",
    "cost",
    "planned_start",
    "planned_end",
    "actual_start",
    "actual_end",
    *Assignment.RESULT_FIELDS,
)
