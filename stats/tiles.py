"""A tile map of Thailand: each province a square on a grid, placed from its coordinates.

Provinces are put on a grid of ``STEP`` degrees. Around Bangkok several fall in one cell, so the
cells are shared out by an optimal assignment: of all the ways to give each province its own
cell, the one that moves the provinces least in total (sum of squared distances from each
province's exact place to its cell). Moving one province far to free a cell for another (as a
greedy placement did: Pathum Thani ended up west of Kanchanaburi) costs more than nudging a few
neighbours, so the map keeps the provinces in their places relative to each other, now that each
tile names its province. No geographic tiles, no network: the shape comes from the 77 reference
coordinates alone, and the same coordinates always give the same map.
"""

import math
from collections.abc import Iterable, Sequence
from decimal import Decimal

STEP = 0.65
NORTH = 20.6
WEST = 97.4


def layout(points: Iterable[tuple[str, Decimal | float, Decimal | float]]) -> dict[str, tuple[int, int]]:
    """``{key: (column, row)}`` for ``(key, latitude, longitude)`` points; deterministic."""
    exact = {key: ((float(lon) - WEST) / STEP, (NORTH - float(lat)) / STEP) for key, lat, lon in points}
    keys = sorted(exact)
    xs = [x for x, _y in exact.values()]
    ys = [y for _x, y in exact.values()]
    # Every cell of the points' box, with a margin of one cell for the crowded edges.
    cells = [
        (col, row)
        for col in range(math.floor(min(xs)) - 1, math.ceil(max(xs)) + 2)
        for row in range(math.floor(min(ys)) - 1, math.ceil(max(ys)) + 2)
    ]
    cost = [[(col - exact[key][0]) ** 2 + (row - exact[key][1]) ** 2 for col, row in cells] for key in keys]
    placed = {key: cells[index] for key, index in zip(keys, _assign(cost), strict=True)}
    min_col = min(col for col, _ in placed.values())
    min_row = min(row for _, row in placed.values())
    return {key: (col - min_col, row - min_row) for key, (col, row) in placed.items()}


def _assign(cost: Sequence[Sequence[float]]) -> list[int]:
    """The column given to each row in a minimum-cost assignment of ``n`` rows to ``m >= n`` columns.

    The Hungarian method with potentials (shortest augmenting paths), O(n²·m): 77 provinces on
    some 360 cells take about a tenth of a second, once per process (the map caches its layout).
    """
    n, m = len(cost), len(cost[0])
    infinity = float("inf")
    u = [0.0] * (n + 1)  # row potentials
    v = [0.0] * (m + 1)  # column potentials
    owner = [0] * (m + 1)  # owner[j]: the row (1-based) holding column j; 0 = free
    way = [0] * (m + 1)
    for row in range(1, n + 1):
        owner[0] = row
        column = 0
        slack = [infinity] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[column] = True
            current, delta, nearest = owner[column], infinity, 0
            costs, potential = cost[current - 1], u[current]
            for j in range(1, m + 1):
                if used[j]:
                    continue
                reduced = costs[j - 1] - potential - v[j]
                if reduced < slack[j]:
                    slack[j], way[j] = reduced, column
                if slack[j] < delta:
                    delta, nearest = slack[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    slack[j] -= delta
            column = nearest
            if owner[column] == 0:
                break
        while column:  # flip the augmenting path
            previous = way[column]
            owner[column] = owner[previous]
            column = previous
    result = [0] * n
    for j in range(1, m + 1):
        if owner[j]:
            result[owner[j] - 1] = j - 1
    return result
