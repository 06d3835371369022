"""The outbox: written with the change, sent by the worker, retried, never lost, never sent twice."""

import datetime as dt
import email
import email.policy
import socket

import pytest
import time_machine
from aiosmtpd.controller import Controller
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import transaction
from django.utils import timezone

from background import outbox
from background.models import OutboxMessage
from requests_app import services
from requests_app.models import Category, Request
from requests_app.notifications import digest_send

pytestmark = pytest.mark.django_db
S = Request.Status


class Inbox:
    """A real SMTP server's handler: keeps every message it accepts."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _submit(pcso, title: str):
    return services.request_create(
        actor=pcso, category=Category.objects.get(number=2), title=title, description="ต้องการความช่วยเหลือ"
    )


def test_smtp_down_for_a_minute_loses_nothing_and_sends_nothing_twice(
    settings, pcso, coordinator, django_capture_on_commit_callbacks
):
    port = _free_port()  # nothing listens here: the mail server is down
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 5
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.OUTBOX_RETRY_BASE_SECONDS = 10
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        for title in ("ขอรับคำปรึกษาด้านบรรจุภัณฑ์", "ขอรับการตรวจวิเคราะห์น้ำ", "ขอรับการอบรมการแปรรูป"):
            with django_capture_on_commit_callbacks(execute=True):  # the worker tries at once
                _submit(pcso, title)
        written = OutboxMessage.objects.count()
        assert written == 6  # each submission: its centre's coordinator and the PCSO
        assert set(OutboxMessage.objects.values_list("status", "attempts")) == {("pending", 1)}
        # The worker keeps trying for a minute while the server is down.
        for _ in range(6):
            clock.shift(dt.timedelta(seconds=10))
            outbox.deliver_due()
        assert not OutboxMessage.objects.filter(status__in=["sent", "failed"]).exists()
        tried = OutboxMessage.objects.values_list("attempts", flat=True)
        assert min(tried) >= 3 and max(tried) <= 4  # 10 s, 20 s, 40 s apart: backing off
        # The server comes back.
        inbox = Inbox()
        server = Controller(inbox, hostname="127.0.0.1", port=port)
        server.start()
        try:
            clock.shift(dt.timedelta(minutes=2))
            assert outbox.deliver_due()["sent"] == written
            for _ in range(3):  # the worker and the scheduler's sweep run again and again
                clock.shift(dt.timedelta(minutes=5))
                assert outbox.deliver_due() == {"sent": 0, "retry": 0, "failed": 0}
        finally:
            server.stop()
    assert len(inbox.messages) == written  # nothing lost, nothing twice
    ids = [message["Message-ID"] for message in inbox.messages]
    assert len(set(ids)) == written
    received = sorted((str(message["To"]), str(message["Subject"]).strip()) for message in inbox.messages)
    queued = sorted(OutboxMessage.objects.values_list("recipient", "subject"))
    assert received == queued
    assert {coordinator.email, pcso.email} == {to for to, _ in received}
    assert set(OutboxMessage.objects.values_list("status", flat=True)) == {"sent"}


def test_a_change_rolled_back_leaves_no_message(pcso, coordinator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        _submit(pcso, "ขอรับคำปรึกษา")
        assert OutboxMessage.objects.count() == 2  # written with the change...
        raise RuntimeError("the change fails after the notification was written")
    assert not OutboxMessage.objects.exists()  # ...and gone with it
    assert mail.outbox == []


def test_mail_leaves_only_after_commit(pcso, coordinator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        _submit(pcso, "ขอรับคำปรึกษา")
    assert OutboxMessage.objects.filter(status="pending").count() == 2 and mail.outbox == []
    for callback in callbacks:
        callback()
    assert sorted(m.to[0] for m in mail.outbox) == sorted([pcso.email, coordinator.email])
    assert OutboxMessage.objects.filter(status="sent").count() == 2


def test_a_job_run_twice_sends_each_message_once(
    pcso, coordinator, staff, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _submit(pcso, "ขอรับคำปรึกษา")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        first = digest_send()
    with django_capture_on_commit_callbacks(execute=True):
        second = digest_send()
    assert first >= 2 and second == 0
    to = [message.to[0] for message in mail.outbox]
    assert len(to) == len(set(to)) == first and staff.email in to


def test_a_claimed_message_is_not_sent_by_a_second_worker_until_its_lease_ends(pcso, coordinator):
    _submit(pcso, "ขอรับคำปรึกษา")  # not committed: nothing sent yet
    claimed = OutboxMessage.objects.first()
    OutboxMessage.objects.filter(pk=claimed.pk).update(
        status="sending", claimed_until=timezone.now() + outbox.LEASE
    )
    assert outbox.deliver_due()["sent"] == 1  # the other message only
    assert [m.to[0] for m in mail.outbox] != [claimed.recipient]
    with time_machine.travel(timezone.now() + outbox.LEASE + dt.timedelta(seconds=1)):
        assert outbox.deliver_due()["sent"] == 1  # the worker that claimed it died: sent once now
    assert len(mail.outbox) == 2 and {m.to[0] for m in mail.outbox} == {pcso.email, coordinator.email}


def test_a_message_that_keeps_failing_is_marked_failed_and_staff_send_it_again(
    settings, pcso, coordinator, client, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.requests_app.broken_email.Backend"
    settings.OUTBOX_MAX_ATTEMPTS = 2
    with django_capture_on_commit_callbacks(execute=True):
        _submit(pcso, "ขอรับคำปรึกษา")
    with time_machine.travel(timezone.now() + dt.timedelta(hours=1)):
        outbox.deliver_due()
    assert set(OutboxMessage.objects.values_list("status", "attempts")) == {("failed", 2)}
    admin = get_user_model().objects.create_superuser("boss", "boss@most.go.th", "pw-123456789")
    client.force_login(admin)
    page = client.get("/admin/background/outboxmessage/?status__exact=failed").content.decode()
    assert coordinator.email in page and pcso.email in page
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    ids = list(OutboxMessage.objects.values_list("pk", flat=True))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/background/outboxmessage/", {"action": "send_again", "_selected_action": ids}
        )
    assert response.status_code == 302
    assert set(OutboxMessage.objects.values_list("status", flat=True)) == {"sent"}
    assert sorted(m.to[0] for m in mail.outbox) == sorted([pcso.email, coordinator.email])
