"""Rebuild the search index from the records (after bulk loads that bypass signals)."""

from django.core.management.base import BaseCommand, CommandError

from search.models import SearchDocument
from search.services import index_rebuild


class Command(BaseCommand):
    help = "Rebuild the search documents of requests, workshops and news articles (all, or the kinds named)."

    def add_arguments(self, parser):
        parser.add_argument(
            "kinds", nargs="*", help=f"Only these kinds: {', '.join(SearchDocument.Kind.values)}."
        )

    def handle(self, *args, kinds, **options):
        unknown = set(kinds) - set(SearchDocument.Kind.values)
        if unknown:
            raise CommandError(f"Unknown kind(s): {', '.join(sorted(unknown))}")
        for kind, count in index_rebuild(kinds=kinds or None).items():
            self.stdout.write(self.style.SUCCESS(f"{kind}: {count} documents"))
