"""Filters for the admin's own templates (overridden in templates/admin/)."""

from django import template

from core.buddhist_era import be_year as _be_year

register = template.Library()


@register.filter
def be_year(value):
    """The admin's date hierarchy writes a year as a bare number: B.E. on Thai admin pages."""
    return _be_year(value)
