"""Writing e-mail to the outbox (in the caller's transaction) and sending it (in the worker).

``enqueue`` only writes rows; after the transaction commits it asks the task queue to send them
(``background.tasks.outbox_deliver``). ``deliver_due`` sends the rows that are due: each row is
first claimed with one conditional UPDATE, so two workers never send the same row; a failure
puts the row back with a doubling delay, and after ``OUTBOX_MAX_ATTEMPTS`` marks it failed.
Every message carries a Message-ID made from its idempotency key: should a worker die between
the SMTP server's acceptance and the row's update, the one resend has the same Message-ID.
"""

import datetime as dt
import hashlib
import logging
import uuid
from collections.abc import Iterable

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from background.models import OutboxMessage

logger = logging.getLogger(__name__)

#: How long a worker may hold a claimed row before another may take it (a worker died mid-send).
LEASE = dt.timedelta(minutes=5)


def enqueue(*, subject: str, body: str, recipients: Iterable[str], key: str = "") -> int:
    """Write one outbox row per recipient not already written under ``key``; returns how many.

    ``key`` names the cause (an event, a notice, a person's digest of a day): the same key and
    address never make a second row, so a job run twice sends nothing twice. Without a key each
    call is its own cause.
    """
    key = key or uuid.uuid4().hex
    wanted = {_row_key(key, address): address for address in sorted(set(recipients)) if address}
    if not wanted:
        return 0
    existing = set(OutboxMessage.objects.filter(key__in=wanted).values_list("key", flat=True))
    rows = [
        OutboxMessage(key=row_key, recipient=address, subject=subject[:998], body=body)
        for row_key, address in wanted.items()
        if row_key not in existing
    ]
    OutboxMessage.objects.bulk_create(rows, ignore_conflicts=True)
    if rows:
        transaction.on_commit(dispatch)
    return len(rows)


def _row_key(key: str, address: str) -> str:
    row_key = f"{key}:{address.lower()}"
    if len(row_key) > 255:
        row_key = hashlib.sha256(row_key.encode()).hexdigest()
    return row_key


def dispatch() -> None:
    """Ask the task queue to send what is due (after commit; a lost request is caught by the
    scheduler's sweep every minute)."""
    from background.tasks import outbox_deliver

    try:
        outbox_deliver.enqueue()
    except Exception:
        logger.exception("Could not enqueue the outbox delivery; the scheduled sweep will send it")


def _due(now) -> Q:
    return Q(status=OutboxMessage.Status.PENDING, next_attempt_at__lte=now) | Q(
        status=OutboxMessage.Status.SENDING, claimed_until__lt=now
    )


def retry_delay(attempts: int) -> dt.timedelta:
    """The wait after the ``attempts``-th failure: the base, doubled each time, at most an hour."""
    base = settings.OUTBOX_RETRY_BASE_SECONDS
    return dt.timedelta(seconds=min(base * 2 ** max(attempts - 1, 0), 3600))


def deliver_due(*, limit: int = 100) -> dict:
    """Send up to ``limit`` due messages; returns counts of ``sent``, ``retry`` and ``failed``."""
    counts = {"sent": 0, "retry": 0, "failed": 0}
    now = timezone.now()
    candidates = list(
        OutboxMessage.objects.filter(_due(now))
        .order_by("next_attempt_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )
    for pk in candidates:
        now = timezone.now()
        claimed = OutboxMessage.objects.filter(_due(now), pk=pk).update(
            status=OutboxMessage.Status.SENDING, claimed_until=now + LEASE
        )
        if not claimed:
            continue  # another worker took it
        message = OutboxMessage.objects.get(pk=pk)
        counts[_send(message)] += 1
    return counts


def _send(message: OutboxMessage) -> str:
    domain = settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)[-1].strip(">") or "most-portal"
    digest = hashlib.sha256(message.key.encode()).hexdigest()[:40]
    email = EmailMessage(
        message.subject,
        message.body,
        settings.DEFAULT_FROM_EMAIL,
        [message.recipient],
        headers={"Message-ID": f"<{digest}@{domain}>", "X-Portal-Key": digest},
    )
    attempts = message.attempts + 1
    try:
        email.send(fail_silently=False)
    except Exception as error:
        failed = attempts >= settings.OUTBOX_MAX_ATTEMPTS
        logger.warning(
            "Could not send %r to %s (attempt %d%s): %s",
            message.subject,
            message.recipient,
            attempts,
            ", giving up" if failed else "",
            error,
        )
        OutboxMessage.objects.filter(pk=message.pk).update(
            status=OutboxMessage.Status.FAILED if failed else OutboxMessage.Status.PENDING,
            attempts=attempts,
            claimed_until=None,
            next_attempt_at=timezone.now() + retry_delay(attempts),
            last_error=f"{type(error).__name__}: {error}"[:2000],
        )
        return "failed" if failed else "retry"
    OutboxMessage.objects.filter(pk=message.pk).update(
        status=OutboxMessage.Status.SENT, attempts=attempts, claimed_until=None, sent_at=timezone.now()
    )
    return "sent"


def send_again(queryset) -> int:
    """Put failed (or waiting) messages back in the queue at once; sent ones stay sent."""
    count = queryset.exclude(status=OutboxMessage.Status.SENT).update(
        status=OutboxMessage.Status.PENDING,
        attempts=0,
        claimed_until=None,
        next_attempt_at=timezone.now(),
    )
    if count:
        transaction.on_commit(dispatch)
    return count
