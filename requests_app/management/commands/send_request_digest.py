from django.core.management.base import BaseCommand

from requests_app.notifications import digest_send


class Command(BaseCommand):
    help = "E-mail each person the day's activity on the requests they may see, grouped by request, newest first."

    def add_arguments(self, parser):
        parser.add_argument("--hours", type=int, default=24, help="How far back to look (default 24).")

    def handle(self, *args, hours: int, **options) -> None:
        sent = digest_send(hours=hours)
        self.stdout.write(self.style.SUCCESS(f"{sent} digest e-mails sent."))
