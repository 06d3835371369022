"""CSV downloads of the API's lists: UTF-8 with a byte-order mark, so Excel reads Thai."""

import csv
import io

from rest_framework.renderers import BaseRenderer

from core.spreadsheets import csv_cell


def _flatten(value, prefix: str = "") -> dict[str, str]:
    """Nested objects become dotted columns; lists of objects become one "; "-joined column each."""
    if isinstance(value, dict):
        flat: dict[str, str] = {}
        for key, item in value.items():
            flat.update(_flatten(item, f"{prefix}.{key}" if prefix else key))
        return flat
    if isinstance(value, list):
        if all(not isinstance(item, dict | list) for item in value):
            return {prefix: "; ".join("" if item is None else str(item) for item in value)}
        columns: dict[str, list[str]] = {}
        for item in value:
            for key, text in _flatten(item).items():
                columns.setdefault(key, []).append(text)
        return {f"{prefix}.{key}": "; ".join(texts) for key, texts in columns.items()}
    return {prefix: "" if value is None else str(value)}


class CSVRenderer(BaseRenderer):
    """``?format=csv``: one row per record of the list (the current page)."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if isinstance(data, dict) and "results" in data:
            rows = data["results"]
        elif isinstance(data, list):
            rows = data
        else:
            rows = [data]
        flat_rows = [_flatten(row) for row in rows]
        header: list[str] = []
        for row in flat_rows:
            header += [key for key in row if key not in header]
        out = io.StringIO()
        out.write("\ufeff")
        writer = csv.DictWriter(out, fieldnames=header, lineterminator="\r\n")
        writer.writeheader()
        # No field may start a formula in a spreadsheet program (core.spreadsheets).
        writer.writerows({key: csv_cell(value) for key, value in row.items()} for row in flat_rows)
        return out.getvalue().encode("utf-8")
