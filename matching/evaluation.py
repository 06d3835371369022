"""Measuring the matching assistant on a labelled set, on exactly what the matching desk shows.

Each row has ``title``, ``description``, ``category`` (a category code), ``expected_agencies``
(agency codes separated by ``;``) and optionally ``expected_mechanisms`` ("CODE:service name;…",
the service by its English or Thai name). The figures:

- agency top-1 / top-3: the first (or one of the first three) agencies the desk shows is expected;
- recall@3: **every** expected agency is among the first three agencies the desk shows;
- multi-agency rows with every agency shown (the desk's five suggestions, not only the first three);
- mechanism top-3: an expected mechanism is among the desk's first three suggestions.

An unknown category, agency or mechanism is an error naming the row: a typo must not quietly
lower (or raise) a figure.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from agencies.models import Agency, Mechanism
from matching.services import desk_suggestions
from requests_app.models import Category, Request


class EvaluationError(ValueError):
    """A row of the labelled set names something the database does not know."""


@dataclass(frozen=True)
class EvaluationResult:
    """How the desk's suggestions covered the expected agencies and mechanisms of a labelled set."""

    count: int
    top1: float
    top3: float
    mrr: float
    recall3: float
    ranks: list[int | None]
    multi_count: int = 0
    multi_all_shown: int = 0
    mechanism_count: int = 0
    mechanism_top3: float | None = None
    misses: list[int] = field(default_factory=list)


def _codes(value: str) -> list[str]:
    return [code.strip().upper() for code in (value or "").split(";") if code.strip()]


def _row_name(number: int, row: dict[str, str]) -> str:
    return f"row {number} (“{(row.get('title') or '').strip()[:60]}”)"


class _Lookup:
    """The categories, agencies and mechanisms rows may name (three queries for the whole file)."""

    def __init__(self) -> None:
        self.categories = {category.code: category for category in Category.objects.all()}
        self.agencies = set(Agency.objects.values_list("code", flat=True))
        self.mechanisms: dict[tuple[str, str], int] = {}
        for pk, code, name_en, name_th in Mechanism.objects.values_list(
            "pk", "agency__code", "name_en", "name_th"
        ):
            self.mechanisms[(code, name_en.strip().casefold())] = pk
            self.mechanisms[(code, name_th.strip().casefold())] = pk

    def category(self, number: int, row: dict[str, str]) -> Category | None:
        code = (row.get("category") or "").strip()
        if not code:
            return None
        if code not in self.categories:
            raise EvaluationError(f"{_row_name(number, row)}: unknown category code “{code}”")
        return self.categories[code]

    def agencies_of(self, number: int, row: dict[str, str]) -> set[str]:
        codes = _codes(row.get("expected_agencies", ""))
        if not codes:
            raise EvaluationError(f"{_row_name(number, row)}: no expected agency")
        unknown = [code for code in codes if code not in self.agencies]
        if unknown:
            raise EvaluationError(f"{_row_name(number, row)}: unknown agency code “{', '.join(unknown)}”")
        return set(codes)

    def mechanisms_of(self, number: int, row: dict[str, str]) -> set[int]:
        found = set()
        for item in (row.get("expected_mechanisms") or "").split(";"):
            if not item.strip():
                continue
            code, _, name = item.partition(":")
            code = code.strip().upper()
            if code not in self.agencies:
                raise EvaluationError(f"{_row_name(number, row)}: unknown agency code “{code}”")
            pk = self.mechanisms.get((code, name.strip().casefold()))
            if pk is None:
                raise EvaluationError(f"{_row_name(number, row)}: unknown mechanism “{item.strip()}”")
            found.add(pk)
        return found


def matching_evaluate(*, rows: Iterable[dict[str, str]], first_row: int = 1) -> EvaluationResult:
    """The desk's figures on labelled ``rows``; the matcher learns only from the database.

    ``first_row`` numbers the rows in errors (2 for a CSV file's first line under its header).
    Raises :class:`EvaluationError` naming the first row with an unknown code, before ranking.
    """
    lookup = _Lookup()
    checked = []
    for number, row in enumerate(rows, first_row):
        checked.append(
            (
                number,
                row,
                lookup.category(number, row),
                lookup.agencies_of(number, row),
                lookup.mechanisms_of(number, row),
            )
        )
    everything = Request.objects.all()
    ranks: list[int | None] = []
    recalled = multi = multi_shown = mechanism_rows = mechanism_hits = 0
    misses = []
    for number, row, category, expected, mechanisms in checked:
        shown = desk_suggestions(
            title=row.get("title", ""),
            description=row.get("description", ""),
            category=category,
            visible=everything,
        )
        agencies: list[str] = []
        for suggestion in shown:
            if suggestion.agency.code not in agencies:
                agencies.append(suggestion.agency.code)
        rank = next((position for position, code in enumerate(agencies, 1) if code in expected), None)
        ranks.append(rank)
        complete = expected <= set(agencies[:3])
        recalled += complete
        if len(expected) > 1:
            multi += 1
            multi_shown += expected <= set(agencies)
        if mechanisms:
            mechanism_rows += 1
            hit = any(suggestion.mechanism.pk in mechanisms for suggestion in shown[:3])
            mechanism_hits += hit
        else:
            hit = True
        if rank is None or rank > 3 or not complete or not hit:
            misses.append(number)
    count = len(ranks)
    if not count:
        return EvaluationResult(0, 0.0, 0.0, 0.0, 0.0, [])
    return EvaluationResult(
        count=count,
        top1=sum(1 for rank in ranks if rank == 1) / count,
        top3=sum(1 for rank in ranks if rank is not None and rank <= 3) / count,
        mrr=sum(1 / rank for rank in ranks if rank) / count,
        recall3=recalled / count,
        ranks=ranks,
        multi_count=multi,
        multi_all_shown=multi_shown,
        mechanism_count=mechanism_rows,
        mechanism_top3=(mechanism_hits / mechanism_rows) if mechanism_rows else None,
        misses=misses,
    )
