"""Data subjects' requests: filing one from the personal-data page; its 30-day due date."""

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from privacy.models import RightsRequest


def rights_request_due(received: dt.datetime) -> dt.date:
    """The day the answer is due: ``RIGHTS_REQUEST_DAYS`` (30) days after receipt."""
    return timezone.localdate(received) + dt.timedelta(days=settings.RIGHTS_REQUEST_DAYS)


@transaction.atomic
def rights_request_file(*, person, kind: str, details: str = "") -> RightsRequest:
    """A logged-in person asks about their data; their log-in is the first identity check."""
    now = timezone.now()
    item = RightsRequest(
        person=person,
        kind=kind,
        details=(details or "").strip(),
        received_at=now,
        due_date=rights_request_due(now),
        identity_method="",
    )
    item.full_clean()
    item.save()
    return item
