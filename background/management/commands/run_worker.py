from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Run a task worker for the configured queue: the database worker by default, an RQ worker "
        "when TASKS_URL names Redis. Run as many as you like."
    )

    def handle(self, *args, **options):
        backend = settings.TASKS["default"]["BACKEND"]
        if backend.startswith("django_tasks_rq"):
            call_command("rqworker", "default", with_scheduler=True)
        else:
            call_command("db_worker", queue_name="*", reload=False, interval=1)
