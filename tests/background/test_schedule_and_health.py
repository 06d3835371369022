"""The schedule (one place, one winner per slot, each job safe twice) and the readiness check."""

import datetime as dt

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from background import schedule
from background.models import ScheduledJob, WorkerHeartbeat
from background.tasks import run_command

pytestmark = pytest.mark.django_db


def test_each_slot_is_taken_by_one_server_only():
    now = timezone.now()
    first = {job.name for job in schedule.take_due(now)}
    assert {"outbox", "heartbeat", "follow_alerts"} <= first  # the frequent ones start at once
    assert "request_digest" not in first  # the daily ones wait for their hour
    assert schedule.take_due(now) == []  # a second server (or cron run) in the same minute: nothing
    assert WorkerHeartbeat.objects.exists()  # the heartbeat task ran (tasks run at once in tests)
    later = {job.name for job in schedule.take_due(now + dt.timedelta(minutes=1, seconds=1))}
    assert later == {"outbox", "heartbeat"}
    tomorrow = {job.name for job in schedule.take_due(now + dt.timedelta(days=1, minutes=1))}
    assert {"request_digest", "due_reminders", "purge_personal_data", "search_reindex"} <= tomorrow
    job = ScheduledJob.objects.get(name="request_digest")
    assert job.last_finished_at is not None and "digest" in job.last_result


def test_run_schedule_from_cron_twice_enqueues_once(capsys):
    call_command("run_schedule")
    call_command("run_schedule")
    out = capsys.readouterr().out.splitlines()
    assert "follow_alerts" in out[0] and out[1] == "enqueued: nothing due"


@pytest.mark.parametrize("job", [job for job in schedule.JOBS if job.command])
def test_every_scheduled_command_is_safe_to_run_twice(
    job, pcso, coordinator, django_capture_on_commit_callbacks
):
    from tests.factories import RequestFactory

    RequestFactory()
    with django_capture_on_commit_callbacks(execute=True):
        run_command.call(job.command, job.name)
    sent = len(mail.outbox)
    with django_capture_on_commit_callbacks(execute=True):
        run_command.call(job.command, job.name)
    assert len(mail.outbox) == sent


def test_readyz_reports_each_part_and_503_without_a_live_worker(client):
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["database"]["ok"] and body["cache"]["ok"] and body["queue"]["ok"]
    assert body["worker"] == {"ok": False, "heartbeat_age_seconds": None}
    WorkerHeartbeat.objects.create(worker="web1:42", seen_at=timezone.now() - dt.timedelta(seconds=30))
    response = client.get("/healthz?full=1")
    assert response.status_code == 200
    assert (
        response.json()["status"] == "ok" and 29 <= response.json()["worker"]["heartbeat_age_seconds"] <= 31
    )
    with time_machine.travel(timezone.now() + dt.timedelta(minutes=10)):
        assert client.get("/readyz").status_code == 503  # the worker stopped beating
    assert client.get("/healthz").json() == {"status": "ok"}  # the balancer's check stays cheap


def test_readyz_503_when_the_cache_is_down(client, settings):
    WorkerHeartbeat.objects.create(worker="web1:42", seen_at=timezone.now())
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/7",
        }
    }
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["cache"] == {"ok": False, "error": "ConnectionError"}
    assert response.json()["database"]["ok"]
