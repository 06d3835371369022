"""Server-drawn SVG charts: no chart library, no script; each sits beside its data table."""

from django.utils.formats import number_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from stats.services import Table

WIDTH = 640
ROW = 34
LABEL_HEIGHT = 15
BAR_HEIGHT = 12
PAD = 8
VALUE_SPACE = 70


def format_value(value: int | float | None) -> str:
    """A figure as the table and the chart both write it ("–" when there is none)."""
    if value is None:
        return "–"
    if isinstance(value, float):
        return number_format(value, decimal_pos=1, use_l10n=False)
    return str(value)


def bar_chart(table: Table, *, chart_id: str) -> SafeString:
    """A horizontal bar chart of the table's chart column: label above each bar, value after it.

    The figure is ``role="img"`` with a title; the numbers a reader needs are in the table the
    chart's ``aria-describedby`` points to. Each bar carries ``data-value`` for machines.
    """
    column = table.chart_column
    values = [row.values[column] for row in table.chart_rows]
    largest = max((v for v in values if v is not None), default=0) or 1
    height = PAD * 2 + ROW * max(len(table.chart_rows), 1)
    track = WIDTH - VALUE_SPACE
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" aria-labelledby="{chart_id}-title" '
        f'aria-describedby="{chart_id}-table" preserveAspectRatio="xMinYMin meet">',
        f'<title id="{chart_id}-title">{escape(table.title)} — {escape(table.chart_heading)}</title>',
    ]
    for index, row in enumerate(table.chart_rows):
        value = row.values[column]
        top = PAD + index * ROW
        bar_width = 0 if value is None else max(round(track * value / largest, 1), 1 if value else 0)
        parts.append(f'<g class="chart__row" data-key="{escape(row.key)}">')
        parts.append(
            f'<text class="chart__label" x="0" y="{top + LABEL_HEIGHT - 3}">{escape(row.label)}</text>'
        )
        parts.append(
            f'<rect class="chart__bar" x="0" y="{top + LABEL_HEIGHT}" width="{bar_width}" '
            f'height="{BAR_HEIGHT}" rx="2" data-value="{"" if value is None else value}"/>'
        )
        parts.append(
            f'<text class="chart__value" x="{bar_width + 6}" y="{top + LABEL_HEIGHT + BAR_HEIGHT - 1}">'
            f"{escape(format_value(value))}</text>"
        )
        parts.append("</g>")
    if not table.chart_rows:
        parts.append(f'<text class="chart__label" x="0" y="{PAD + LABEL_HEIGHT}">–</text>')
    parts.append("</svg>")
    # Every text above is escaped; ids and numbers are ours.
    return mark_safe("".join(parts))  # noqa: S308  # nosec B308, B703
