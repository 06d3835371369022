"""The tile map keeps provinces where they are relative to each other (issue 14: each tile is named)."""

import pytest

from provinces.models import Province
from stats import tiles

pytestmark = pytest.mark.django_db


@pytest.fixture
def placed():
    provinces = list(Province.objects.all())
    cells = tiles.layout((p.abbreviation_en, p.latitude, p.longitude) for p in provinces)
    exact = {
        p.abbreviation_en: ((float(p.longitude) - tiles.WEST) / tiles.STEP, (tiles.NORTH - float(p.latitude)) / tiles.STEP)
        for p in provinces
    }  # fmt: skip
    return cells, exact


def test_every_province_has_its_own_tile_near_its_place(placed):
    cells, exact = placed
    assert len(cells) == 77 and len(set(cells.values())) == 77
    # The layout is shifted so that it starts at (0, 0): compare displacements relative to Bangkok.
    bkk_cell, bkk_exact = cells["BKK"], exact["BKK"]
    for key, (col, row) in cells.items():
        x = exact[key][0] - bkk_exact[0] + bkk_cell[0]
        y = exact[key][1] - bkk_exact[1] + bkk_cell[1]
        assert abs(col - x) <= 2.5 and abs(row - y) <= 2.5, key


def test_bangkok_keeps_its_neighbours_around_it_and_the_west_stays_west(placed):
    cells, _exact = placed
    col, row = cells["BKK"]
    for neighbour in ("NBI", "PTE", "SPK"):  # Nonthaburi, Pathum Thani, Samut Prakan
        other = cells[neighbour]
        assert max(abs(other[0] - col), abs(other[1] - row)) == 1, neighbour
    assert cells["PTE"][0] > cells["KRI"][0]  # Pathum Thani lies east of Kanchanaburi
    assert cells["AYA"][1] < row  # Ayutthaya lies north of Bangkok
    assert cells["CMI"][0] < cells["LPN"][0] and cells["CRI"][1] < cells["CMI"][1]


def test_the_same_coordinates_always_give_the_same_map():
    points = [(p.code, p.latitude, p.longitude) for p in Province.objects.all()]
    assert tiles.layout(points) == tiles.layout(list(reversed(points)))
