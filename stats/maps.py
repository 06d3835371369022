"""The province tile map: 77 squares placed from the reference coordinates, shaded by requests."""

import math
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from provinces.models import Province
from stats import tiles

TILE = 30
GAP = 3
SHADES = 5  # shade 0 is "no request"; 1–4 rise with the count


@lru_cache(maxsize=4)
def _layout(points: tuple[tuple[str, float, float], ...]) -> dict[str, tuple[int, int]]:
    return tiles.layout(points)


def shade_bounds(largest: int) -> list[tuple[int, int]]:
    """The count range of shades 1..4: ``[(1, a), (a+1, b), …]`` up to ``largest``."""
    if largest <= 0:
        return []
    step = max(1, math.ceil(largest / (SHADES - 1)))
    bounds = []
    low = 1
    while low <= largest:
        bounds.append((low, min(low + step - 1, largest)))
        low += step
    return bounds


def shade_of(count: int, bounds: list[tuple[int, int]]) -> int:
    for index, (low, high) in enumerate(bounds, start=1):
        if low <= count <= high:
            return index
    return 0


def province_map_svg(
    provinces: list[Province], counts: dict[str, int], *, map_id: str = "province-map"
) -> SafeString:
    """The SVG: one linked square per province, shaded by its count, its abbreviation inside.

    The name and count are the tile's accessible name and tooltip; the page shows them on focus
    and on a tap (site.js) and lists them all in the table beside the map.
    """
    layout = _layout(tuple((p.code, float(p.latitude), float(p.longitude)) for p in provinces))
    columns = max(col for col, _row in layout.values()) + 1
    rows = max(row for _col, row in layout.values()) + 1
    width, height = columns * (TILE + GAP), rows * (TILE + GAP)
    bounds = shade_bounds(max(counts.values(), default=0))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="province-map__svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" aria-labelledby="{map_id}-title">',
        f'<title id="{map_id}-title">{escape(_("Map of Thailand: S&T requests by province"))}</title>',
    ]
    for province in provinces:
        col, row = layout[province.code]
        count = counts.get(province.code, 0)
        x, y = col * (TILE + GAP), row * (TILE + GAP)
        label = ngettext("%(province)s: %(count)s request", "%(province)s: %(count)s requests", count) % {
            "province": province.name,
            "count": count,
        }
        parts.append(
            f'<a href="{escape(province.get_absolute_url())}" class="province-map__tile shade-{shade_of(count, bounds)}" '
            f'data-province="{province.code}" data-value="{count}" aria-label="{escape(label)}">'
            f"<title>{escape(label)}</title>"
            f'<rect x="{x}" y="{y}" width="{TILE}" height="{TILE}" rx="3"/>'
            f'<text x="{x + TILE / 2}" y="{y + TILE / 2 + 4}" text-anchor="middle">'
            f"{escape(province.abbreviation)}</text>"
            "</a>"
        )
    parts.append("</svg>")
    # Names and labels are escaped above; codes and numbers are ours.
    return mark_safe("".join(parts))  # noqa: S308  # nosec B308, B703
