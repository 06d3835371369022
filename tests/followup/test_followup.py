"""Issue 17 item 6: reminders before and on a due date, escalation after it (time frozen),
following with e-mail and a private Atom feed, and staff answer templates."""

import datetime as dt
import io

import feedparser
import pytest
import time_machine
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command

from accounts.services import user_set_role
from followup import services
from followup.models import AnswerTemplate, DueNotice, FeedToken
from provinces.models import Province
from requests_app import services as request_services
from requests_app.models import Assignment, Request, RequestEvent
from tests.factories import AssignmentFactory, RequestFactory, UserFactory

pytestmark = pytest.mark.django_db
S = Request.Status
A = Assignment.Status
DUE = dt.date(2027, 1, 20)


def _at(day: dt.date):
    """Frozen at 08:00 Thai time on ``day`` (01:00 UTC)."""
    return time_machine.travel(dt.datetime(day.year, day.month, day.day, 1, 0, tzinfo=dt.UTC), tick=False)


@pytest.fixture
def due(focal_point, coordinator, staff, other_coordinator) -> Assignment:
    request = RequestFactory(status=S.MATCHED)  # Chiang Mai, in ศวภ.1's area
    return AssignmentFactory(request=request, status=A.ACCEPTED, due_date=DUE)


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    """``run(day)``: the daily job on ``day`` (time frozen); the e-mails it sent."""

    def _run(day: dt.date) -> list:
        mail.outbox.clear()
        with _at(day), django_capture_on_commit_callbacks(execute=True):
            call_command("send_due_reminders", stdout=io.StringIO())
        return list(mail.outbox)

    return _run


def test_reminders_go_to_the_deliverer_before_and_on_the_due_date_and_escalate_after(
    settings, due, focal_point, coordinator, staff, other_coordinator, run
):
    settings.FOLLOWUP_REMIND_DAYS_BEFORE = 7
    settings.FOLLOWUP_ESCALATE_DAYS_AFTER = 7
    assert run(dt.date(2027, 1, 12)) == []  # 8 days before: nothing yet
    before = run(dt.date(2027, 1, 13))  # 7 days before
    assert [m.to for m in before] == [[focal_point.email]]
    assert due.request.reference in before[0].subject and "20 มกราคม 2570" in before[0].subject
    assert run(dt.date(2027, 1, 13)) == []  # the same day again: once only
    assert run(dt.date(2027, 1, 19)) == []
    on = run(DUE)
    assert [m.to for m in on] == [[focal_point.email]] and "วันนี้" in on[0].subject
    assert run(dt.date(2027, 1, 26)) == []  # 6 days after: not yet escalated
    escalated = run(dt.date(2027, 1, 27))  # 7 days after
    assert sorted(m.to[0] for m in escalated) == sorted([coordinator.email, staff.email])
    assert other_coordinator.email not in [m.to[0] for m in escalated]  # another centre's
    assert run(dt.date(2027, 2, 27)) == []
    kinds = list(DueNotice.objects.filter(assignment=due).order_by("sent_on").values_list("kind", "sent_on"))
    assert kinds == [
        ("before", dt.date(2027, 1, 13)),
        ("due", DUE),
        ("overdue", dt.date(2027, 1, 27)),
    ]
    timeline = RequestEvent.objects.filter(request=due.request, kind=RequestEvent.Kind.REMINDER)
    assert timeline.count() == 3 and set(timeline.values_list("visibility", flat=True)) == {"internal"}


def test_the_days_are_settings(settings, due, focal_point, run):
    settings.FOLLOWUP_REMIND_DAYS_BEFORE = 2
    assert run(dt.date(2027, 1, 13)) == []
    assert [m.to for m in run(dt.date(2027, 1, 18))] == [[focal_point.email]]


def test_a_named_officer_gets_the_reminder_alone(due, focal_point, run):
    colleague = user_set_role(user=UserFactory(username="dss_officer"), role="focal_point", agency=due.agency)
    due.officer = colleague
    due.save()
    assert [m.to for m in run(DUE)] == [[colleague.email]]


def test_a_missed_day_catches_up_and_a_finished_assignment_is_left_alone(due, focal_point, coordinator, run):
    assert [m.to for m in run(dt.date(2027, 1, 22))] == [[focal_point.email]]  # the due-day notice, late
    request_services.assignment_set_status(assignment=due, actor=focal_point, status=A.DONE)
    assert run(dt.date(2027, 1, 30)) == []


def test_a_moved_due_date_starts_afresh(due, focal_point, run):
    assert len(run(DUE)) == 1
    due.due_date = dt.date(2027, 2, 10)
    due.save()
    assert len(run(dt.date(2027, 2, 3))) == 1  # reminded again for the new date


# --- Following ------------------------------------------------------------------------------------


def test_a_follower_is_emailed_each_change_once_and_only_what_they_may_read(
    client_for, pcso, coordinator, staff
):
    follower = user_set_role(
        user=UserFactory(username="pcso_lamphun"), role="pcso", province=Province.objects.get(code="51")
    )
    request = RequestFactory(status=S.UNDER_REVIEW)
    client_for(follower).post("/follows/toggle/", {"kind": "request", "key": request.reference})
    mail.outbox.clear()
    assert services.follow_alerts_send() == 0  # nothing new since following
    request_services.request_comment(request=request, actor=coordinator, text="บันทึกภายใน", internal=True)
    request_services.request_transition(
        request=request, actor=coordinator, to_status=S.NOT_FEASIBLE, reason="เกินขอบเขต"
    )
    assert services.follow_alerts_send() == 1
    body = mail.outbox[0].body
    assert mail.outbox[0].to == [follower.email] and request.reference in body
    assert "เกินขอบเขต" in body and "บันทึกภายใน" not in body  # internal notes stay internal
    assert services.follow_alerts_send() == 0  # each change once


def test_following_a_province_and_a_deliverer(client_for, staff, coordinator, focal_point):
    follower = user_set_role(user=UserFactory(username="watcher"), role="staff")
    province = Province.objects.get(code="50")
    services.follow_add(user=follower, target=province)
    services.follow_add(user=follower, target=focal_point.deliverer)
    request = RequestFactory(status=S.UNDER_REVIEW)
    elsewhere = RequestFactory(status=S.UNDER_REVIEW, province=Province.objects.get(code="41"))
    request_services.assignment_create(
        request=elsewhere,
        actor=staff,
        agency=focal_point.agency,
        mechanism=focal_point.agency.mechanisms.first(),
    )
    request_services.request_comment(request=request, actor=coordinator, text="จังหวัดที่ติดตาม")
    mail.outbox.clear()
    services.follow_alerts_send()
    body = mail.outbox[0].body
    assert request.reference in body and elsewhere.reference in body


def test_the_private_feed_lists_the_follows_and_a_wrong_token_is_404(client, client_for, pcso, coordinator):
    request = RequestFactory(status=S.UNDER_REVIEW)
    page = client_for(pcso)
    page.post("/follows/toggle/", {"kind": "request", "key": request.reference})
    request_services.request_transition(
        request=request, actor=coordinator, to_status=S.NOT_FEASIBLE, reason="เหตุผล"
    )
    token = services.feed_token_for(pcso).token
    response = client.get(f"/follows/feed/{token}/")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert feed.entries and request.reference in feed.entries[0].title
    assert client.get("/follows/feed/not-a-token/").status_code == 404
    page.post("/follows/feed/renew/")
    assert client.get(f"/follows/feed/{token}/").status_code == 404  # the old address stops working
    assert client.get(f"/follows/feed/{FeedToken.objects.get(user=pcso).token}/").status_code == 200


def test_follow_buttons_and_the_follows_page(client_for, pcso):
    request = RequestFactory(status=S.UNDER_REVIEW)
    client = client_for(pcso)
    assert "follow-form" in client.get(request.get_absolute_url()).content.decode()
    client.post("/follows/toggle/", {"kind": "request", "key": request.reference, "action": "follow"})
    page = client.get("/follows/").content.decode()
    assert request.title in page and "/follows/feed/" in page
    client.post("/follows/toggle/", {"kind": "request", "key": request.reference, "action": "unfollow"})
    page = client.get("/follows/").content.decode()
    assert 'class="card-list follow-list"' not in page and "ท่านยังไม่ได้ติดตามเรื่องใด" in page


def test_a_hidden_request_or_an_unknown_target_cannot_be_followed(client_for, other_pcso):
    draft = RequestFactory(status=S.SUBMITTED)  # Chiang Mai's, not yet reviewed
    client = client_for(other_pcso)
    for data in (
        {"kind": "request", "key": draft.reference},
        {"kind": "request", "key": "2557-9999"},
        {"kind": "deliverer", "key": "๑"},
        {"kind": "deliverer", "key": "99999999"},
        {"kind": "province", "key": "atlantis"},
        {"kind": "user", "key": "1"},
        {},
    ):
        assert client.post("/follows/toggle/", data).status_code == 404, data
    assert client.get("/follows/toggle/").status_code == 405
    assert not other_pcso.follows.exists()


def test_the_follows_page_costs_the_same_with_more_follows(
    client_for, pcso, coordinator, django_assert_num_queries
):
    client = client_for(pcso)
    services.follow_add(user=pcso, target=Province.objects.get(code="50"))

    def count() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert client.get("/follows/").status_code == 200
        return len(queries)

    count()  # the first visit makes the feed address
    before = count()
    for _ in range(3):
        request = RequestFactory(status=S.UNDER_REVIEW)
        services.follow_add(user=pcso, target=request)
        request_services.request_comment(request=request, actor=coordinator, text="ข่าว")
    count()  # a change empties the cached footer; the page is measured warm, as before
    assert count() == before


# --- Answer templates -----------------------------------------------------------------------------


def test_staff_answer_from_a_template_with_placeholders(client_for, coordinator, pcso):
    template = AnswerTemplate.objects.create(
        title="รับเรื่องแล้ว",
        status=S.SUBMITTED,
        body="เรียน {province} ศวภ.1 ได้รับโจทย์ {reference} “{title}” แล้ว สถานะ: {status}",
    )
    AnswerTemplate.objects.create(title="ไม่เกี่ยว", status=S.DELIVERED, body="ส่งมอบแล้ว")
    request = RequestFactory(status=S.SUBMITTED)
    page = client_for(coordinator).get(f"{request.get_absolute_url()}not-feasible/").content.decode()
    assert "รับเรื่องแล้ว" in page and "ไม่เกี่ยว" not in page
    filled = (
        client_for(coordinator)
        .get(f"{request.get_absolute_url()}not-feasible/?answer={template.pk}")
        .content.decode()
    )
    assert f"เรียน เชียงใหม่ ศวภ.1 ได้รับโจทย์ {request.reference} “{request.title}” แล้ว สถานะ: ยื่นแล้ว" in filled
    detail = (
        client_for(coordinator).get(f"{request.get_absolute_url()}?answer={template.pk}").content.decode()
    )
    assert f"ได้รับโจทย์ {request.reference}" in detail  # the comment box starts from it too
    # Not for the province: templates are the desk's.
    assert "รับเรื่องแล้ว" not in client_for(pcso).get(request.get_absolute_url()).content.decode()


def test_an_unknown_placeholder_is_refused_in_the_admin():
    template = AnswerTemplate(title="ผิด", body="เรียน {ชื่อ} {reference} {person}")
    with pytest.raises(ValidationError) as error:
        template.full_clean()
    assert "{person}" in str(error.value)
