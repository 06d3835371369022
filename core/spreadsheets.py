"""Cells that a spreadsheet program can never run as formulas (issue 12 item 3, OWASP "CSV injection").

A text from a request's title or description starting with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return would be read by Excel or LibreOffice as a formula (``=HYPERLINK(...)`` sends the
sheet's data elsewhere when clicked). CSV has no types, so such a text gets a leading ``'``, the
OWASP rule; in XLSX every text is a string cell, and a text with a trigger is also marked
"quote prefix", the flag Excel sets when a person types the ``'`` (shown without it, never run).
"""

from openpyxl.cell import WriteOnlyCell

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(text: str) -> bool:
    return text.startswith(TRIGGERS)


def csv_cell(value) -> str:
    """The text of one CSV field, with a leading ``'`` when a text would start a formula.

    Numbers are written as they are (a negative count is a number, not a formula).
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    text = "" if value is None else str(value)
    return "'" + text if is_formula_like(text) else text


def csv_row(values) -> list[str]:
    return [csv_cell(value) for value in values]


def xlsx_cell(sheet, value):
    """A write-only cell: numbers stay numbers, every text is a string cell (never a formula)."""
    if isinstance(value, bool) or value is None or not isinstance(value, int | float):
        text = "" if value is None else str(value)
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"
        if is_formula_like(text):
            cell.quotePrefix = True
        return cell
    return WriteOnlyCell(sheet, value=value)
