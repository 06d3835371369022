"""Server-drawn SVG charts: no chart library, no script; each sits beside its data table.

A chart is drawn 360 units wide and shown at most that wide (``.chart`` in portal.css), so one
unit is about one CSS pixel: on a 390 px phone its 14-unit labels are still 13 px, and on a wide
screen they are not blown up. Labels that do not fit on one line wrap between Thai words (PyThaiNLP
finds them), measured in the page's own font (Sarabun, shaped by HarfBuzz), never in the middle of
a word and never past the chart's edge.
"""

from functools import lru_cache
from pathlib import Path

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from core.numbers import format_number
from stats.services import Table

WIDTH = 360
LABEL_SIZE = 14  # .chart__label in portal.css
LINE = 18  # one line of a label
BAR_HEIGHT = 12
ROW_GAP = 10
PAD = 6
VALUE_SPACE = 56  # room after the longest bar for its value


def format_value(value: int | float | None) -> str:
    """A figure as the table and the chart both write it: "1,234", "12.5", "325" (never "325.0"),
    "–" when there is none."""
    return format_number(value)


@lru_cache(maxsize=1)
def _font():
    import fontpkg_sarabun
    import uharfbuzz as hb

    path = Path(fontpkg_sarabun.__file__).parent / "files" / "Sarabun-Regular.ttf"
    face = hb.Face(hb.Blob.from_file_path(str(path)))
    return hb.Font(face), face.upem


def text_width(text: str, size: float = LABEL_SIZE) -> float:
    """The advance width of ``text`` in Sarabun at ``size`` (user units = CSS pixels)."""
    import uharfbuzz as hb

    font, upem = _font()
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    hb.shape(font, buffer)
    return sum(position.x_advance for position in buffer.glyph_positions) * size / upem


def _words(text: str) -> list[str]:
    """``text`` cut where a line may break: after spaces, and between Thai words."""
    from pythainlp.tokenize import word_tokenize

    return [piece for piece in word_tokenize(text, engine="newmm", keep_whitespace=True) if piece]


@lru_cache(maxsize=4096)
def wrap_label(text: str, width: float = WIDTH, size: float = LABEL_SIZE) -> tuple[str, ...]:
    """``text`` as the lines that fit ``width`` at ``size``; a line breaks only between words."""
    if text_width(text, size) <= width:
        return (text,)
    lines: list[str] = []
    current = ""
    for word in _words(text):
        candidate = current + word
        if current.strip() and text_width(candidate.rstrip(), size) > width:
            lines.append(current.rstrip())
            current = word.lstrip()
        else:
            current = candidate
    if current.strip():
        lines.append(current.rstrip())
    return tuple(lines) or (text,)


def bar_chart(table: Table, *, chart_id: str) -> SafeString:
    """A horizontal bar chart of the table's chart column: label above each bar, value after it.

    The figure is ``role="img"`` with a title; the numbers a reader needs are in the table the
    chart's ``aria-describedby`` points to. Each bar carries ``data-value`` for machines.
    """
    column = table.chart_column
    values = [row.values[column] for row in table.chart_rows]
    largest = max((v for v in values if v is not None), default=0) or 1
    track = WIDTH - VALUE_SPACE
    rows = []
    top = PAD
    for row in table.chart_rows:
        value = row.values[column]
        lines = wrap_label(row.label)
        bar_top = top + LINE * len(lines)
        bar_width = 0 if value is None else max(round(track * value / largest, 1), 1 if value else 0)
        label = "".join(
            f'<tspan x="0" y="{top + LINE * (index + 1) - 5}">{escape(line)}</tspan>'
            for index, line in enumerate(lines)
        )
        rows.append(
            f'<g class="chart__row" data-key="{escape(row.key)}">'
            f'<text class="chart__label">{label}</text>'
            f'<rect class="chart__bar" x="0" y="{bar_top}" width="{bar_width}" '
            f'height="{BAR_HEIGHT}" rx="2" data-value="{"" if value is None else value}"/>'
            f'<text class="chart__value" x="{bar_width + 6}" y="{bar_top + BAR_HEIGHT - 1}">'
            f"{escape(format_value(value))}</text>"
            "</g>"
        )
        top = bar_top + BAR_HEIGHT + ROW_GAP
    if not table.chart_rows:
        rows.append(f'<text class="chart__label" x="0" y="{PAD + LINE}">–</text>')
        top += LINE
    height = top + PAD - (ROW_GAP if table.chart_rows else 0)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" aria-labelledby="{chart_id}-title" '
        f'aria-describedby="{chart_id}-table" preserveAspectRatio="xMinYMin meet">',
        f'<title id="{chart_id}-title">{escape(table.title)} — {escape(table.chart_heading)}</title>',
        *rows,
        "</svg>",
    ]
    # Every text above is escaped; ids and numbers are ours.
    return mark_safe("".join(parts))  # noqa: S308  # nosec B308, B703
