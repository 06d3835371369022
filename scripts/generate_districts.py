"""Write provinces/data/districts.csv: every district (อำเภอ/เขต) of Thailand with its DOPA code.

The rows come from the ``geothai`` package (https://github.com/GeoThai/data): its code is MIT,
its data CC BY 4.0, © Pongsakorn Thipayanate, built from the Department of Provincial
Administration's register (stat.bora.dopa.go.th). Credit "GeoThai" where the names are shown.

    .venv/bin/python scripts/generate_districts.py          # rewrite the CSV
    .venv/bin/python scripts/generate_districts.py --check  # fail if the CSV is out of date

The portal never imports geothai: the CSV is in the repository and ships as the data migration
provinces/migrations/0005_districts.py (a new geothai release means a new data migration).
"""

import csv
import io
import sys
from pathlib import Path

import geothai

OUT = Path(__file__).resolve().parent.parent / "provinces" / "data" / "districts.csv"
HEADER = ["code", "province_code", "name_th", "name_en"]


def rows() -> list[list[str]]:
    """One row per district, by code; the province code is the first two digits of its code."""
    return [
        [d.code, province.code, d.name_th, d.name_en]
        for province in geothai.provinces()
        for d in geothai.districts(province.code)
    ]


def render() -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(sorted(rows()))
    return out.getvalue()


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} differs from geothai {geothai.DATA_VERSION}: run without --check", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"Wrote {text.count(chr(10)) - 1} districts from geothai data {geothai.DATA_VERSION} to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
