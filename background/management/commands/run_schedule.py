import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from background.schedule import take_due


class Command(BaseCommand):
    help = (
        "Enqueue the scheduled jobs that are due (background/schedule.py). Run it every minute from "
        "cron, or with --loop as a process; any number of servers may run it at once."
    )

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="Keep running, looking every --interval s.")
        parser.add_argument("--interval", type=int, default=30)

    def handle(self, *args, loop: bool, interval: int, **options):
        while True:
            taken = take_due()
            if taken or not loop:
                self.stdout.write(f"enqueued: {', '.join(job.name for job in taken) or 'nothing due'}")
            if not loop:
                return
            close_old_connections()
            time.sleep(interval)
