"""Form fields and widgets shared by the apps: dates typed the Thai way."""

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core import dates


def _thai() -> bool:
    return (get_language() or "th").startswith("th")


class ThaiDateInput(forms.TextInput):
    """A text box showing dates as d/m/yyyy: B.E. years on Thai pages, C.E. on English ones."""

    input_type = "text"

    def __init__(self, attrs=None):
        defaults = {"inputmode": "numeric", "autocomplete": "off", "size": "12"}
        super().__init__({**defaults, **(attrs or {})})

    def format_value(self, value):
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            year = value.year + dates.BE_OFFSET if _thai() else value.year
            return f"{value.day}/{value.month}/{year}"
        return super().format_value(value)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        placeholder = _("d/m/yyyy (B.E.), e.g. 1/11/2556") if _thai() else _("d/m/yyyy, e.g. 1/11/2013")
        context["widget"]["attrs"].setdefault("placeholder", str(placeholder))
        return context


#: The programme began in B.E. 2547 (2004): no workshop, assignment or plan of it is older.
PROGRAMME_START = dt.date(2004, 1, 1)

Bound = dt.date | int | None


def _bound(value: Bound) -> dt.date | None:
    """A fixed date, or a number of years from today (``5``: five years ahead)."""
    if isinstance(value, int):
        today = timezone.localdate()
        try:
            return today.replace(year=today.year + value)
        except ValueError:  # 29 February
            return today.replace(year=today.year + value, day=28)
    return value


def _typed(day: dt.date) -> str:
    """A date as the page's date box shows it: d/m/yyyy, B.E. on Thai pages."""
    return f"{day.day}/{day.month}/{day.year + dates.BE_OFFSET if _thai() else day.year}"


class ThaiDateField(forms.DateField):
    """A date field that reads B.E. or C.E. years, Thai or Arabic digits, Thai month names.

    A two-digit year is refused with the two four-digit readings to choose from (never guessed:
    "57" is B.E. 2557 to most, but C.E. 2057 to some). A date outside ``earliest``–``latest`` (a
    date, or years from today) is refused as implausible: 1900 and 2300 are typing mistakes.
    """

    widget = ThaiDateInput
    default_error_messages = {
        "invalid": _("Enter a valid date, e.g. 1/11/2556 (B.E.) or 1/11/2013."),
        "two_digit_year": _("Please write the year with four digits: %(be)s (B.E.) or %(ce)s (C.E.)?"),
        "implausible": _("This date looks mistyped: please enter a date from %(earliest)s to %(latest)s."),
    }

    def __init__(self, *, earliest: Bound = dt.date(1950, 1, 1), latest: Bound = 20, **kwargs):
        self.earliest, self.latest = earliest, latest
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if choices := dates.two_digit_year_choices(str(value)):
            be, ce = choices
            raise forms.ValidationError(
                self.error_messages["two_digit_year"],
                code="two_digit_year",
                params={
                    "be": f"{be.day}/{be.month}/{be.year + dates.BE_OFFSET}",
                    "ce": f"{ce.day}/{ce.month}/{ce.year}",
                },
            )
        parsed = dates.parse_date(str(value))
        if parsed is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return parsed

    def validate(self, value):
        super().validate(value)
        earliest, latest = _bound(self.earliest), _bound(self.latest)
        if value and ((earliest and value < earliest) or (latest and value > latest)):
            raise forms.ValidationError(
                self.error_messages["implausible"],
                code="implausible",
                params={
                    "earliest": _typed(earliest) if earliest else "—",
                    "latest": _typed(latest) if latest else "—",
                },
            )


class ThaiDateAdminMixin:
    """For ModelAdmin and inlines: every DateField is typed as a Thai date (B.E. accepted).

    ``core.admin_config`` makes these the defaults of every admin, third-party ones included.
    """

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        from django.db import models

        if isinstance(db_field, models.DateField) and not isinstance(db_field, models.DateTimeField):
            kwargs["form_class"] = ThaiDateField
            kwargs["widget"] = ThaiDateInput
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class ThaiDateTimeWidget(forms.MultiWidget):
    """Date (B.E. on Thai pages) and time side by side."""

    def __init__(self, attrs=None):
        super().__init__([ThaiDateInput(), forms.TimeInput(attrs={"size": 6, "placeholder": "09:30"})], attrs)

    def decompress(self, value):
        if value:
            local = timezone.localtime(value) if timezone.is_aware(value) else value
            return [local.date(), local.time().replace(second=0, microsecond=0)]
        return [None, None]


class ThaiDateTimeHiddenWidget(ThaiDateTimeWidget):
    """The same two values as hidden inputs (a form's initial value kept beside the field)."""

    template_name = "django/forms/widgets/splithiddendatetime.html"

    def __init__(self, attrs=None):
        super().__init__(attrs)
        for widget in self.widgets:
            widget.input_type = "hidden"


class ThaiDateTimeField(forms.MultiValueField):
    """A date typed the Thai way (B.E. accepted) and a time of day; the time defaults to 00:00."""

    widget = ThaiDateTimeWidget
    hidden_widget = ThaiDateTimeHiddenWidget

    def __init__(self, **kwargs):
        fields = [ThaiDateField(), forms.TimeField(required=False)]
        super().__init__(fields, require_all_fields=False, **kwargs)

    def compress(self, data_list):
        if not data_list or not data_list[0]:
            return None
        day, time = data_list[0], data_list[1] or dt.time(0, 0)
        return timezone.make_aware(dt.datetime.combine(day, time))
