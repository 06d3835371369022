"""Every scheduled job of the portal, in one place, and how a slot is taken.

``manage.py run_schedule`` (from cron every minute, or ``--loop`` as a long-running process)
looks at each job: when its slot is due it takes it with one conditional UPDATE of its row —
only one of any number of servers running the schedule at once wins — and enqueues the job for
the worker. Each job is itself safe to run twice (each says why below).
"""

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from background.models import ScheduledJob


@dataclass(frozen=True)
class Job:
    name: str
    #: The management command the worker runs (empty: a task of its own, see ``enqueue``).
    command: str = ""
    #: Run every so many seconds, or (when ``at`` is given) once a day at that local time.
    every: int = 0
    at: dt.time | None = None

    def next_after(self, now: dt.datetime) -> dt.datetime:
        if self.at is None:
            return now + dt.timedelta(seconds=self.every)
        local = timezone.localtime(now)
        slot = local.replace(hour=self.at.hour, minute=self.at.minute, second=0, microsecond=0)
        if slot <= local:
            slot += dt.timedelta(days=1)
        return slot

    def enqueue(self) -> None:
        from background import tasks

        if self.name == "outbox":
            tasks.outbox_deliver.enqueue()
        elif self.name == "heartbeat":
            tasks.heartbeat.enqueue()
        else:
            tasks.run_command.enqueue(self.command, self.name)


JOBS = [
    # Sends what is due in the outbox: retries after their delay, anything whose request to the
    # queue was lost. Safe twice: each message is claimed before it is sent.
    Job("outbox", every=settings.OUTBOX_SWEEP_SECONDS),
    # Tells /readyz that a worker is taking tasks.
    Job("heartbeat", every=60),
    # Followers' alerts: each person's cursor moves in the transaction that writes the e-mail,
    # and the e-mail's key is the newest event it reports.
    Job("follow_alerts", command="send_follow_alerts", every=15 * 60),
    # Due-date reminders and escalations: one DueNotice per assignment, kind and due date.
    Job("due_reminders", command="send_due_reminders", at=dt.time(7, 0)),
    # The day's digest: keyed by person and day.
    Job("request_digest", command="send_request_digest", at=dt.time(7, 30)),
    # The PDPA retention purge: deleting what is already deleted deletes nothing.
    Job("purge_personal_data", command="purge_personal_data", at=dt.time(2, 0)),
    # The search index rebuilt from the records (a rebuild is the same twice).
    Job("search_reindex", command="search_reindex", at=dt.time(3, 0)),
]


def take_due(now: dt.datetime | None = None) -> list[Job]:
    """Take every due slot this process wins, enqueue those jobs, and return them."""
    now = now or timezone.now()
    taken = []
    known = dict(ScheduledJob.objects.values_list("name", "next_run_at"))
    for job in JOBS:
        if job.name not in known:
            # A new job's first slot is now for the frequent ones, the next time for daily ones.
            first = now if job.at is None else job.next_after(now)
            try:
                with transaction.atomic():
                    ScheduledJob.objects.create(name=job.name, next_run_at=first)
            except IntegrityError:
                pass  # another server created it first
        won = ScheduledJob.objects.filter(name=job.name, next_run_at__lte=now).update(
            next_run_at=job.next_after(now), last_started_at=now
        )
        if won:
            job.enqueue()
            taken.append(job)
    return taken
