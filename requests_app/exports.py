"""Request lists as CSV (UTF-8 with a BOM, so Excel reads Thai) and XLSX.

The caller passes a queryset already narrowed by ``visible_to(user)`` and the filters; no
personal data (names, e-mails of people) is written.
"""

import csv
import io

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from core.dates import fiscal_year_label, format_date


def _header() -> list[str]:
    return [
        _("Reference"),
        _("Fiscal year"),
        _("Submitted"),
        _("Province"),
        _("Category"),
        _("Title"),
        _("Status"),
        _("Source"),
        _("Agencies"),
        _("Description"),
    ]


def _rows(queryset):
    # English exports are in the Common Era throughout, as English pages are.
    language = "th" if (get_language() or "th").startswith("th") else "en"
    for item in queryset.iterator(chunk_size=500):
        agencies = ", ".join(sorted({a.deliverer.short_name for a in item.assignments.all()}))
        yield [
            item.reference or "",
            fiscal_year_label(item.fiscal_year, language) if item.fiscal_year else "",
            format_date(timezone.localtime(item.submitted_at), language) if item.submitted_at else "",
            item.province.name,
            item.category.name,
            item.title,
            item.get_status_display(),
            item.get_source_display(),
            agencies,
            item.description,
        ]


def csv_response(queryset, *, filename: str) -> HttpResponse:
    """The rows as a CSV download with a byte-order mark."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(_header())
    for row in _rows(queryset):
        writer.writerow([str(value) for value in row])
    return response


def xlsx_response(queryset, *, filename: str) -> HttpResponse:
    """The rows as an Excel workbook with a bold header row."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Requests")[:31]
    sheet.append(_header())
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in _rows(queryset):
        sheet.append(row)
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
