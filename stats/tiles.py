"""A tile map of Thailand: each province a square on a grid, placed from its coordinates.

Provinces are snapped to a grid of ``STEP`` degrees; where two fall in one cell (around Bangkok),
the later one moves to the nearest free cell. No geographic tiles, no network: the shape comes
from the 77 reference coordinates alone.
"""

from collections.abc import Iterable
from decimal import Decimal

STEP = 0.65
NORTH = 20.6
WEST = 97.4


def layout(points: Iterable[tuple[str, Decimal | float, Decimal | float]]) -> dict[str, tuple[int, int]]:
    """``{key: (column, row)}`` for ``(key, latitude, longitude)`` points; deterministic."""
    exact = {key: ((float(lon) - WEST) / STEP, (NORTH - float(lat)) / STEP) for key, lat, lon in points}
    taken: dict[tuple[int, int], str] = {}
    placed: dict[str, tuple[int, int]] = {}
    # Provinces far from their neighbours first keep their cell; crowded ones move around them.
    for key in sorted(exact, key=lambda k: (_crowding(k, exact), k)):
        x, y = exact[key]
        best = None
        for radius in range(0, 8):
            cells = [
                (round(x) + dx, round(y) + dy)
                for dx in range(-radius, radius + 1)
                for dy in range(-radius, radius + 1)
                if max(abs(dx), abs(dy)) == radius
            ]
            free = [cell for cell in cells if cell not in taken]
            if free:
                best = min(free, key=lambda c: ((c[0] - x) ** 2 + (c[1] - y) ** 2, c))
                break
        taken[best] = key
        placed[key] = best
    min_col = min(col for col, _ in placed.values())
    min_row = min(row for _, row in placed.values())
    return {key: (col - min_col, row - min_row) for key, (col, row) in placed.items()}


def _crowding(key: str, exact: dict[str, tuple[float, float]]) -> int:
    x, y = exact[key]
    return sum(
        1 for other, (ox, oy) in exact.items() if other != key and abs(ox - x) < 1.5 and abs(oy - y) < 1.5
    )
