"""``manage.py evaluate_search``: the search's recall on its evaluation queries (search/evaluation)."""

from django.core.management.base import BaseCommand

from search.evaluation import GOAL, evaluate


class Command(BaseCommand):
    help = "Run the search evaluation (a corpus loaded and rolled back) and print the recall by query type."

    def handle(self, *args, **options):
        result = evaluate()
        for kind, (found, total) in sorted(result.by_type().items()):
            self.stdout.write(f"{kind:24} {found:3}/{total:<3} {found / total:6.1%}")
        for row in result.missed:
            self.stdout.write(f"missed: {row['query']!r} in {row['kind']} (expected {row['expected']})")
        self.stdout.write(f"recall {result.recall:.1%} on {len(result.rows)} queries (goal {GOAL:.0%})")
