"""The retention schedule (settings ``RETENTION_DAYS``) and the purge that applies it.

``retention_purge()`` is idempotent: it removes what is past its period and reports how many of
each it removed. Run daily by ``manage.py purge_personal_data`` (the scheduler, or cron).
"""

import datetime as dt

from axes.models import AccessAttempt, AccessFailureLog
from axes.models import AccessLog as LoginLog
from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from privacy.models import AccessLog, RightsRequest


def _days(key: str) -> int:
    return int(settings.RETENTION_DAYS[key])


def retention_schedule() -> list[dict]:
    """What is kept how long, in words, for the privacy notice (read from the settings)."""

    def days(n: int) -> str:
        return ngettext("%(n)d day", "%(n)d days", n) % {"n": n}

    idle = settings.SESSION_IDLE_SECONDS[""] // 3600
    absolute = settings.SESSION_ABSOLUTE_SECONDS[""] // 3600
    return [
        {
            "label": _("Your account (name, e-mail, role)"),
            "period": _("While you hold a role in the programme; then anonymised on request"),
        },
        {
            "label": _("Requests and their history"),
            "period": _("Kept as the programme's records; people in them can be anonymised"),
        },
        {
            "label": _("Log-in sessions"),
            "period": _("%(idle)d hours without use, %(absolute)d hours at most")
            % {"idle": idle, "absolute": absolute},
        },
        {
            "label": _("Log-in records (address, time, failed attempts)"),
            "period": days(_days("login_records")),
        },
        {"label": _("Access log of exports and downloads"), "period": days(_days("access_log"))},
        {
            "label": _("Web server access logs (traffic data)"),
            "period": _("At least 90 days (Computer Crime Act s.26)"),
        },
        {"label": _("Drafts never submitted"), "period": days(_days("withdrawn_drafts"))},
        {"label": _("Closed requests about personal data"), "period": days(_days("closed_rights_requests"))},
    ]


def _delete_drafts(before: dt.datetime) -> int:
    """Drafts a province never submitted, untouched since ``before``, with their files and history."""
    from requests_app.models import Attachment, Request, RequestEvent

    drafts = Request.objects.filter(status=Request.Status.DRAFT, updated_at__lt=before)
    ids = list(drafts.values_list("pk", flat=True)[:5000])
    if not ids:
        return 0
    from privacy.models import PersonalDataHold

    files = [attachment.file for attachment in Attachment.objects.filter(request_id__in=ids)]
    PersonalDataHold.objects.filter(request_id__in=ids).delete()
    RequestEvent.objects.filter(request_id__in=ids).delete()
    Attachment.objects.filter(request_id__in=ids).delete()
    Request.objects.filter(pk__in=ids).delete()
    transaction.on_commit(lambda: [file.delete(save=False) for file in files])
    return len(ids)


@transaction.atomic
def retention_purge(now: dt.datetime | None = None) -> dict[str, int]:
    """Remove everything past its retention period; returns how many of each were removed."""
    now = now or timezone.now()
    removed = {}
    removed["sessions"] = Session.objects.filter(expire_date__lt=now).delete()[0]
    login_before = now - dt.timedelta(days=_days("login_records"))
    removed["login_records"] = (
        LoginLog.objects.filter(attempt_time__lt=login_before).delete()[0]
        + AccessFailureLog.objects.filter(attempt_time__lt=login_before).delete()[0]
        + AccessAttempt.objects.filter(attempt_time__lt=login_before).delete()[0]
    )
    old_entries = AccessLog.objects.filter(at__lt=now - dt.timedelta(days=_days("access_log")))
    # A queryset delete, not the model's (which refuses): the one way entries leave the log.
    removed["access_log"] = old_entries.delete()[0]
    removed["drafts"] = _delete_drafts(now - dt.timedelta(days=_days("withdrawn_drafts")))
    removed["rights_requests"] = RightsRequest.objects.filter(
        closed_at__lt=now - dt.timedelta(days=_days("closed_rights_requests"))
    ).delete()[0]
    return removed
