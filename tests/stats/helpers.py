"""Reading /stats/ back: its tables, its SVG charts and its CSV files, as a person's tools would."""

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser


class _TableReader(HTMLParser):
    """Collects ``{table slug: {row key: [cell texts]}}`` from ``<table data-table>``."""

    def __init__(self):
        super().__init__()
        self.tables: dict[str, dict[str, list[str]]] = {}
        self._table = None
        self._row = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and "data-table" in attrs:
            self._table = self.tables.setdefault(attrs["data-table"], {})
        elif tag == "tr" and self._table is not None and "data-key" in attrs:
            self._row = self._table.setdefault(attrs["data-key"], [])
        elif tag == "td" and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag):
        if tag == "td" and self._cell is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr":
            self._row = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def tables(html: str) -> dict[str, dict[str, list[str]]]:
    reader = _TableReader()
    reader.feed(html)
    return reader.tables


SVG_NS = "{http://www.w3.org/2000/svg}"


def charts(html: str) -> dict[str, ET.Element]:
    """Every chart SVG of the page, parsed as XML, by the table it describes."""
    found = {}
    for match in re.finditer(r"<svg [^>]*class=\"chart\".*?</svg>", html, re.S):
        root = ET.fromstring(match.group(0))  # raises if the SVG is not well-formed XML
        slug = root.get("aria-describedby").removeprefix("chart-").removesuffix("-table")
        found[slug] = root
    return found


def chart_values(root: ET.Element) -> dict[str, tuple[str, str]]:
    """``{row key: (bar data-value, value text)}`` of a chart."""
    values = {}
    for group in root.iter(f"{SVG_NS}g"):
        bar = group.find(f"{SVG_NS}rect")
        text = group.find(f"{SVG_NS}text[@class='chart__value']")
        values[group.get("data-key")] = (bar.get("data-value"), text.text)
    return values


def headline(html: str) -> dict[str, str]:
    return dict(re.findall(r'data-figure="(\w+)">([^<]*)<', html))
