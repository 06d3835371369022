"""Measure how well the matching assistant ranks the expected agencies of a labelled CSV file."""

import csv
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from matching.services import matching_evaluate

COLUMNS = {"title", "description", "category", "province", "expected_agencies"}


class Command(BaseCommand):
    help = (
        "Print top-1 and top-3 accuracy and mean reciprocal rank of the agency suggestions for a CSV "
        "file with columns title,description,category,province,expected_agencies (agency codes "
        "separated by ';'). The matcher learns only from the database, never from the file."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="The labelled CSV file (UTF-8).")
        parser.add_argument(
            "--misses", action="store_true", help="Also list the rows not ranked in the top 3."
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
        result = matching_evaluate(rows=rows)
        self.stdout.write(f"requests: {result.count}")
        self.stdout.write(f"top-1 accuracy: {result.top1:.3f}")
        self.stdout.write(f"top-3 accuracy: {result.top3:.3f}")
        self.stdout.write(f"MRR: {result.mrr:.3f}")
        if misses:
            for row, rank in zip(rows, result.ranks, strict=True):
                if rank is None or rank > 3:
                    self.stdout.write(f"  rank {rank or '-'}: {row['expected_agencies']}  {row['title']}")
