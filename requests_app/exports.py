"""Request lists as CSV (UTF-8 with a BOM, so Excel reads Thai) and XLSX, streamed and bounded.

The caller passes a queryset already narrowed by ``visible_to(user)`` and the filters; no
personal data (names, e-mails of people) is written. Texts never become formulas
(core.spreadsheets). CSV is streamed row by row; XLSX is written by openpyxl's write-only mode to
a temporary file, never held as a workbook in memory. ``limit`` caps the rows (anonymous visitors
and XLSX, issue 12 item 6): a capped file ends with a row saying so and where the whole data is.
"""

import csv
import tempfile

from django.conf import settings
from django.http import FileResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from core.dates import fiscal_year_label, format_date
from core.spreadsheets import csv_row, xlsx_cell

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


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


def _rows(queryset, limit: int | None):
    # English exports are in the Common Era throughout, as English pages are.
    language = "th" if (get_language() or "th").startswith("th") else "en"
    if limit is not None:
        queryset = queryset[:limit]
    for item in queryset.iterator(chunk_size=500):
        agencies = ", ".join(sorted({a.deliverer.short_name for a in item.assignments.all()}))
        yield [
            item.reference or "",
            # a number in Thai (2557), "FY 2014" in English
            (item.fiscal_year if language == "th" else fiscal_year_label(item.fiscal_year, language))
            if item.fiscal_year
            else "",
            format_date(timezone.localtime(item.submitted_at), language) if item.submitted_at else "",
            item.province.name,
            item.category.name,
            item.title,
            item.get_status_display(),
            item.get_source_display(),
            agencies,
            item.description,
        ]


def _cap_note(limit: int | None, total: int) -> str | None:
    """The last row of a capped file: how many rows it holds and where the whole data set is."""
    if limit is None or total <= limit:
        return None
    url = settings.SITE_URL.rstrip("/") + reverse("opendata:index")
    return _("This file holds the first %(rows)s of %(total)s requests. The complete data set: %(url)s") % {
        "rows": f"{limit:,}",
        "total": f"{total:,}",
        "url": url,
    }


def _private(response, filename: str):
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_response(queryset, *, filename: str, limit: int | None = None, total: int | None = None):
    """The rows as a streamed CSV download with a byte-order mark."""
    note = _cap_note(limit, total if total is not None else 0)

    def lines():
        writer = csv.writer(_Echo())
        yield "\ufeff" + writer.writerow(_header())
        for row in _rows(queryset, limit):
            yield writer.writerow(csv_row(row))
        if note:
            yield writer.writerow(csv_row([note]))

    response = StreamingHttpResponse(
        (line.encode("utf-8") for line in lines()), content_type="text/csv; charset=utf-8"
    )
    return _private(response, filename)


def xlsx_response(queryset, *, filename: str, limit: int | None = None, total: int | None = None):
    """The rows as an Excel workbook with a bold header row, built in a temporary file."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Requests")[:31])
    sheet.freeze_panes = "A2"
    header = []
    for title in _header():
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    for row in _rows(queryset, limit):
        sheet.append([xlsx_cell(sheet, value) for value in row])
    note = _cap_note(limit, total if total is not None else 0)
    if note:
        sheet.append([xlsx_cell(sheet, note)])
    file = tempfile.TemporaryFile()  # noqa: SIM115 (FileResponse closes it)
    workbook.save(file)
    file.seek(0)
    return _private(FileResponse(file, content_type=XLSX_TYPE), filename)
