"""Import and export building blocks (django-import-export) shared by the apps' ``resources.py``.

Staff's spreadsheets write reference data the way people do: a province as "เชียงใหม่",
"จ.เชียงใหม่", "Chiang Mai", "50" or "TH-50"; an agency as "วศ." or "DSS"; a centre as "ศวภ.1";
a date as "1/11/2556", "1 พ.ย. 2556" or an Excel date (even one typed with a B.E. year). The
widgets here read all of these and refuse anything else with a Thai (or English) message naming
the cell's value, which the import preview shows on that row. Nothing is saved unless the whole
file is clean (``PortalResource``: one transaction, rolled back on any row's error).
"""

import datetime as dt
import re
from functools import cached_property

from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import get_language, gettext
from import_export import resources, widgets

from core import dates

_SEPARATORS = re.compile(r"\s*[,;\n、]\s*")


def _thai() -> bool:
    return (get_language() or "th").startswith("th")


def _key(text) -> str:
    """A cell's text reduced for comparison: Arabic digits, single spaces, case-folded."""
    return re.sub(r"\s+", " ", dates.to_arabic_digits(str(text)).strip()).casefold()


def split_cell(value) -> list[str]:
    """The items of a cell listing several: separated by commas, semicolons or new lines."""
    if value is None:
        return []
    return [item for item in _SEPARATORS.split(str(value).strip()) if item]


class ThaiDateWidget(widgets.Widget):
    """A date as staff write it: d/m/yyyy (B.E. or C.E.), Thai month names, or an Excel date."""

    def clean(self, value, row=None, **kwargs):
        if value in (None, ""):
            return None
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            # An Excel date cell typed with a B.E. year (2556-11-01) is still that B.E. day.
            return value.replace(year=value.year - dates.BE_OFFSET) if value.year > 2400 else value
        parsed = dates.parse_date(str(value))
        if parsed is None:
            raise ValueError(
                gettext("“%(value)s” is not a date: write it as 1/11/2556 or 1 พ.ย. 2556.") % {"value": value}
            )
        return parsed

    def render(self, value, obj=None, **kwargs):
        if not value:
            return ""
        year = value.year + dates.BE_OFFSET if _thai() else value.year
        return f"{value.day}/{value.month}/{year}"


class ChoiceWidget(widgets.Widget):
    """A choice by its stored value or its label in Thai or English ("held", "จัดแล้ว", "Held")."""

    def __init__(self, choices, default=None):
        super().__init__()
        self.choices, self.default = choices, default

    def clean(self, value, row=None, **kwargs):
        if value in (None, ""):
            if self.default is not None:
                return self.default
            raise ValueError(gettext("This cell is required."))
        wanted = _key(value)
        for stored, label in self.choices.choices:
            names = {_key(stored), _key(label)}
            for language in ("th", "en"):
                with translation.override(language):
                    names.add(_key(str(label)))
            # "มอบภาพถ่ายดาวเทียม" for "การมอบภาพถ่ายดาวเทียม": Thai drops the nominaliser freely.
            names |= {name.removeprefix("การ") for name in names}
            if wanted in names or wanted.removeprefix("การ") in names:
                return stored
        labels = ", ".join(str(label) for _, label in self.choices.choices)
        raise ValueError(
            gettext("“%(value)s” is not one of: %(choices)s.") % {"value": value, "choices": labels}
        )

    def render(self, value, obj=None, **kwargs):
        return str(self.choices(value).label) if value in self.choices.values else value or ""


class ReferenceWidget(widgets.ForeignKeyWidget):
    """A reference record (province, agency, cluster, centre) found by any name staff use for it.

    Subclasses say how each record is written (:meth:`names`) and how to name it on export; all
    records are read once per import (77 provinces at most), not once per cell.
    """

    not_found = ""

    def names(self, record) -> list[str]:
        raise NotImplementedError

    def label(self, record) -> str:
        return str(record)

    @cached_property
    def index(self) -> dict:
        found = {}
        for record in self.get_queryset(None, None):
            for name in self.names(record):
                if name:
                    found.setdefault(_key(name), record)
        return found

    def find(self, value):
        text = _key(value)
        record = self.index.get(text) or self.index.get(self.normalise(text))
        if record is None:
            raise ValueError(self.not_found % {"value": value})
        return record

    def normalise(self, text: str) -> str:
        return text

    def clean(self, value, row=None, **kwargs):
        if value in (None, ""):
            return None
        return self.find(value)

    def render(self, value, obj=None, **kwargs):
        return self.label(value) if value else ""


class ProvinceWidget(ReferenceWidget):
    """A province by its Thai or English name (with or without จังหวัด/จ.), code (50) or ISO code."""

    def __init__(self, **kwargs):
        from provinces.models import Province

        super().__init__(Province, **kwargs)
        self.not_found = gettext("No province “%(value)s”: write its Thai name (เชียงใหม่) or its code (50).")

    def names(self, record):
        return [record.name_th, record.name_en, record.code, record.iso_code, str(int(record.code))]

    def normalise(self, text):
        return re.sub(r"^(จังหวัด|จ\.)\s*", "", text)

    def label(self, record):
        return record.name_th if _thai() else record.name_en


class AgencyWidget(ReferenceWidget):
    """An agency by its Thai abbreviation (วศ.), acronym (DSS) or Thai or English name."""

    def __init__(self, **kwargs):
        from agencies.models import Agency

        super().__init__(Agency, **kwargs)
        self.not_found = gettext(
            "No agency “%(value)s”: write its Thai abbreviation (วศ.) or its acronym (DSS)."
        )

    def abbreviation(self, record) -> str:
        return record.abbr_th

    def names(self, record):
        abbreviation = self.abbreviation(record)
        return [abbreviation, abbreviation.rstrip("."), record.code, record.name_th, record.name_en]

    def normalise(self, text):
        return text if text.endswith(".") else f"{text}."

    def label(self, record):
        return (self.abbreviation(record) or record.code) if _thai() else record.code


class ClusterWidget(ReferenceWidget):
    """A province cluster by its code (north-upper-1) or its Thai or English name."""

    def __init__(self, **kwargs):
        from provinces.models import Cluster

        super().__init__(Cluster, **kwargs)
        self.not_found = gettext("No province cluster “%(value)s”: write its Thai name or its code.")

    def names(self, record):
        short = re.sub(r"^กลุ่มจังหวัด", "", record.name_th)
        return [record.code, record.name_th, record.name_en, short]

    def label(self, record):
        return record.name_th if _thai() else record.name_en


class CentreWidget(ReferenceWidget):
    """A regional centre as staff write it: ศวภ.1, ศวภ. ๑, RCC 1 or 1."""

    def __init__(self, **kwargs):
        from provinces.models import RegionalCentre

        super().__init__(RegionalCentre, **kwargs)
        self.not_found = gettext("No regional centre “%(value)s”: write it as ศวภ.1 or by its number.")

    def names(self, record):
        return [
            str(record.number),
            f"ศวภ.{record.number}",
            f"rcc {record.number}",
            record.name_th,
            record.name_en,
        ]

    def normalise(self, text):
        from provinces.services import centre_number

        number = centre_number(text)
        return str(number) if number is not None else text

    def label(self, record):
        return f"ศวภ.{record.number}" if _thai() else f"RCC {record.number}"


class ReferenceListWidget(widgets.ManyToManyWidget):
    """Several reference records in one cell, separated by commas, semicolons or new lines."""

    def __init__(self, item_widget: ReferenceWidget, **kwargs):
        super().__init__(item_widget.model, **kwargs)
        self.item = item_widget

    def clean(self, value, row=None, **kwargs):
        return [self.item.find(item) for item in split_cell(value)]

    def render(self, value, obj=None, **kwargs):
        records = value.all() if hasattr(value, "all") else value or []
        return ", ".join(self.item.label(record) for record in records)


class PortalResource(resources.ModelResource):
    """A model resource that refuses a file with any bad row and names the problem on the row.

    Columns are headed in Thai — the model field's Thai name, or ``column_labels[name]`` for the
    columns that are not a model field — whatever the language of the page, so a sheet exported
    from either language imports again. A file may also head a column with its key (``slug``,
    ``host_province``) or the English name ("Host province"). Many-to-many cells are checked with
    the rest of the row (django-import-export would only read them while saving, turning a
    misspelt province into an error with a traceback).
    """

    #: Names (English msgids, gettext_lazy) of the columns that are not a model field.
    column_labels: dict = {}

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.aliases = {}
        for name, field in self.fields.items():
            label = self.column_labels.get(name) or self._verbose_name(name)
            if label is None:
                continue
            with translation.override("th"):
                field.column_name = str(label)
            with translation.override("en"):
                english = str(label)
            for alias in (name, english):
                self.aliases[_key(alias)] = field.column_name

    def _verbose_name(self, name):
        try:
            return self._meta.model._meta.get_field(name).verbose_name
        except Exception:  # noqa: BLE001 - not a model field: keeps its key as its header
            return None

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        """The row's errors and the model's own checks, each named by the file's column.

        A cell already refused is not reported a second time as "required" by the model.
        """
        errors = dict(import_validation_errors or {})
        columns = {
            field.attribute: field.column_name for field in self.get_import_fields() if field.attribute
        }
        if self._meta.clean_model_instances:
            refused = {attribute for attribute, column in columns.items() if column in errors}
            try:
                instance.full_clean(exclude=set(errors) | refused, validate_unique=validate_unique)
            except ValidationError as error:
                errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError({columns.get(key, key): value for key, value in errors.items()})

    def before_import(self, dataset, **kwargs):
        """Head every known column in Thai, whichever of its names the file used."""
        if dataset.headers:
            dataset.headers = [self.aliases.get(_key(header), header) for header in dataset.headers]
        super().before_import(dataset, **kwargs)

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for field in self.get_import_fields():
            if isinstance(field.widget, widgets.ManyToManyWidget) and field.column_name in row:
                try:
                    field.clean(row, **kwargs)
                except ValueError as error:
                    errors[field.attribute] = ValidationError(str(error), code="invalid")
        if errors:
            # Named by the file's column (a related list is kept under another attribute).
            columns = {field.attribute: field.column_name for field in self.get_import_fields()}
            raise ValidationError({columns.get(key, key): value for key, value in errors.items()})

    class Meta:
        use_transactions = True
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True
