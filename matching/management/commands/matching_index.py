"""Index every past request for the matching assistant (after a deploy, a restore or a bulk load)."""

from django.core.management.base import BaseCommand

from matching.store import RequestStore
from requests_app.models import Request

BATCH = 2000


class Command(BaseCommand):
    help = (
        "(Re)index past requests in the matching assistant's database index. Suggestions keep it "
        "up to date by themselves (a few hundred changed requests per call); run this once after "
        "loading many requests at once. --missing indexes only requests not indexed yet."
    )

    def add_arguments(self, parser):
        parser.add_argument("--missing", action="store_true", help="Only requests not indexed yet.")

    def handle(self, *args, missing: bool, **options):
        store = RequestStore()
        requests = Request.objects.order_by("pk")
        if missing:
            from matching.models import RequestDocument

            requests = requests.exclude(pk__in=RequestDocument.objects.values("request_id"))
        done, last = 0, 0
        while True:
            rows = list(
                requests.filter(pk__gt=last).values_list("pk", "title", "description", "updated_at")[:BATCH]
            )
            if not rows:
                break
            done += store.index(rows)
            last = rows[-1][0]
            self.stdout.write(f"indexed {done} requests", ending="\r")
        self.stdout.write(f"indexed {done} requests")
