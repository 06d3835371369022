"""The tasks the worker runs (django-tasks: the database backend by default, RQ with TASKS_URL)."""

import os
import socket

from django.core.management import call_command
from django.utils import timezone
from django_tasks import task

from background import outbox
from background.models import ScheduledJob, WorkerHeartbeat


@task()
def outbox_deliver() -> dict:
    """Send the outbox's due messages."""
    return outbox.deliver_due()


@task()
def heartbeat() -> str:
    """Record that a worker is alive and taking tasks (see ``/readyz``)."""
    name = f"{socket.gethostname()}:{os.getpid()}"
    WorkerHeartbeat.objects.update_or_create(worker=name[:128], defaults={"seen_at": timezone.now()})
    return name


@task()
def run_command(command: str, job: str = "") -> str:
    """Run one scheduled management command (see ``background.schedule``); note its output."""
    from io import StringIO

    out = StringIO()
    call_command(command, stdout=out)
    result = out.getvalue()[-2000:]
    if job:
        ScheduledJob.objects.filter(name=job).update(last_finished_at=timezone.now(), last_result=result)
    return result
