from django.core.management.base import BaseCommand

from core.dates import parse_date
from followup.services import due_notices_send


class Command(BaseCommand):
    help = (
        "Remind deliverers before and on their assignments' due dates and escalate overdue ones to the "
        "centre's coordinators and the ministry (each notice once; run daily)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--today", help="Run as if on this day (d/m/yyyy or yyyy-mm-dd); for catching up."
        )

    def handle(self, *args, today: str | None = None, **options) -> None:
        day = parse_date(today) if today else None
        counts = due_notices_send(today=day)
        self.stdout.write(
            self.style.SUCCESS(
                f"{counts['before']} reminders before the due date, {counts['due']} on it, "
                f"{counts['overdue']} escalations sent."
            )
        )
