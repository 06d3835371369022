"""Measure the matching desk's suggestions on a labelled CSV file."""

import csv
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from matching.evaluation import EvaluationError, matching_evaluate
from matching.services import desk_suggestions
from requests_app.models import Category, Request

COLUMNS = {"title", "description", "category", "province", "expected_agencies"}


class Command(BaseCommand):
    help = (
        "Print, on exactly what the matching desk shows, agency top-1 and top-3, recall@3 (every "
        "expected agency among the first three), multi-agency rows fully shown, MRR and, with an "
        "expected_mechanisms column ('CODE:service name;...'), mechanism top-3, for a CSV file with "
        "columns title,description,category,province,expected_agencies (agency codes separated by "
        "';'). An unknown category, agency or mechanism is an error naming the row. The matcher "
        "learns only from the database, never from the file."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="The labelled CSV file (UTF-8).")
        parser.add_argument(
            "--misses",
            action="store_true",
            help="Also list the rows that miss a figure, with what the desk shows.",
        )

    def handle(self, *args, file: Path, misses: bool, **options):
        try:
            with file.open(encoding="utf-8-sig", newline="") as handle:
                reader = csv.DictReader(handle)
                missing = COLUMNS - set(reader.fieldnames or ())
                if missing:
                    raise CommandError(f"{file}: missing columns: {', '.join(sorted(missing))}")
                rows = list(reader)
        except OSError as error:
            raise CommandError(f"{file}: {error}") from error
        if not rows:
            raise CommandError(f"{file}: no rows")
        try:
            result = matching_evaluate(rows=rows, first_row=2)
        except EvaluationError as error:
            raise CommandError(f"{file}: {error}") from error
        self.stdout.write(f"requests: {result.count}")
        self.stdout.write(f"top-1 accuracy: {result.top1:.3f}")
        self.stdout.write(f"top-3 accuracy: {result.top3:.3f}")
        self.stdout.write(f"recall@3 (all expected agencies in the first 3): {result.recall3:.3f}")
        self.stdout.write(
            f"multi-agency requests with every agency shown: {result.multi_all_shown} of {result.multi_count}"
        )
        if result.mechanism_top3 is not None:
            self.stdout.write(f"mechanism top-3 ({result.mechanism_count} rows): {result.mechanism_top3:.3f}")
        self.stdout.write(f"MRR: {result.mrr:.3f}")
        if misses:
            categories = {category.code: category for category in Category.objects.all()}
            for number in result.misses:
                row = rows[number - 2]
                shown = desk_suggestions(
                    title=row["title"],
                    description=row.get("description", ""),
                    category=categories.get(row.get("category", "")),
                    visible=Request.objects.all(),
                )
                desk = ", ".join(f"{s.agency.code}:{s.mechanism.name_en}" for s in shown)
                self.stdout.write(f"  line {number}: expected {row['expected_agencies']}  {row['title']}")
                self.stdout.write(f"      desk: {desk}")
