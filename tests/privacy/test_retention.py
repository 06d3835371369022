"""The retention schedule: the purge removes what is past its period, keeps the rest, says what it removed."""

import datetime as dt
import io

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from axes.models import AccessLog as LoginLog
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.checks import run_checks
from django.core.management import call_command
from django.utils import timezone

from privacy.models import AccessLog
from requests_app.models import Request, RequestEvent
from tests.factories import RequestFactory

pytestmark = pytest.mark.django_db


def _aged(model, days: int, field: str, **values):
    item = model.objects.create(**values)
    model.objects.filter(pk=item.pk).update(**{field: timezone.now() - dt.timedelta(days=days)})
    return item


def test_the_purge_removes_what_is_past_its_period_and_reports_it(settings):
    settings.RETENTION_DAYS = {
        "access_log": 365,
        "login_records": 180,
        "withdrawn_drafts": 365,
        "closed_rights_requests": 1825,
    }
    expired = SessionStore()
    expired.set_expiry(-10)
    expired.create()
    live = SessionStore()
    live.create()
    for model in (LoginLog, AccessFailureLog, AccessAttempt):
        extra = {"failures_since_start": 1} if model is AccessAttempt else {}
        _aged(model, 200, "attempt_time", username="old", ip_address="10.0.0.1", **extra)
        _aged(model, 10, "attempt_time", username="new", ip_address="10.0.0.2", **extra)
    old_entry = AccessLog.objects.create(
        kind="export", path="/old/", at=timezone.now() - dt.timedelta(days=400)
    )
    new_entry = AccessLog.objects.create(kind="export", path="/new/")
    old_draft = RequestFactory(
        status="draft", reference=None, fiscal_year=None, sequence=None, submitted_at=None
    )
    RequestEvent.objects.create(request=old_draft, kind="edit", message="Draft created.")
    Request.objects.filter(pk=old_draft.pk).update(updated_at=timezone.now() - dt.timedelta(days=400))
    new_draft = RequestFactory(
        status="draft", reference=None, fiscal_year=None, sequence=None, submitted_at=None
    )
    reviewed = RequestFactory()
    Request.objects.filter(pk=reviewed.pk).update(updated_at=timezone.now() - dt.timedelta(days=4000))

    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    report = out.getvalue()
    assert "sessions: 1" in report and "login_records: 3" in report and "access_log: 1" in report
    assert "drafts: 1" in report and "removed 6 records" in report
    assert Session.objects.filter(session_key=live.session_key).exists()
    assert not Session.objects.filter(session_key=expired.session_key).exists()
    assert set(LoginLog.objects.values_list("username", flat=True)) == {"new"}
    assert list(AccessLog.objects.all()) == [new_entry] and old_entry.pk != new_entry.pk
    assert not Request.objects.filter(pk=old_draft.pk).exists()
    assert Request.objects.filter(pk__in=[new_draft.pk, reviewed.pk]).count() == 2  # records are not drafts

    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)  # idempotent: nothing more to remove
    assert "removed 0 records" in out.getvalue()


def test_traffic_data_kept_under_90_days_is_refused_by_a_system_check(settings):
    settings.RETENTION_DAYS = {**settings.RETENTION_DAYS, "access_log": 30}
    assert "privacy.E001" in [message.id for message in run_checks()]


def test_the_privacy_notice_states_the_schedule(client, settings):
    html = client.get("/privacy/").content.decode()
    assert f"{settings.RETENTION_DAYS['access_log']} วัน" in html and "มาตรา 26" in html
