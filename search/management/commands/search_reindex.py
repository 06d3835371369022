"""Rebuild the search index from the records (after bulk loads that bypass signals)."""

from django.core.management.base import BaseCommand

from search.models import SearchDocument
from search.services import index_rebuild


class Command(BaseCommand):
    help = "Rebuild the search documents of requests, workshops and news articles."

    def add_arguments(self, parser):
        parser.add_argument("kinds", nargs="*", choices=SearchDocument.Kind.values, help="Only these kinds.")

    def handle(self, *args, kinds, **options):
        counts = index_rebuild(kinds=kinds or None)
        for kind, count in counts.items():
            self.stdout.write(self.style.SUCCESS(f"{kind}: {count} documents"))
