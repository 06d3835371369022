from django.core.management.base import BaseCommand

from followup.services import follow_alerts_send


class Command(BaseCommand):
    help = "E-mail followers what changed on the requests, provinces and deliverers they follow (each change once)."

    def handle(self, *args, **options) -> None:
        sent = follow_alerts_send()
        self.stdout.write(self.style.SUCCESS(f"{sent} follow alerts sent."))
