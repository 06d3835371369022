"""Follow-up that happens by itself, as idempotent service functions (their management commands
run them on a schedule):

* :func:`due_notices_send` (daily): reminds the deliverer ``FOLLOWUP_REMIND_DAYS_BEFORE`` days
  before an open assignment's due date and on it, and tells the centre's coordinators and the
  ministry's desk ``FOLLOWUP_ESCALATE_DAYS_AFTER`` days after it. Each notice goes once per due
  date (``DueNotice``); a run that was missed catches up, a moved due date starts afresh.
* :func:`follow_alerts_send` (every few minutes): e-mails each follower the new history rows of
  what they follow, that they may read, once (a cursor per follow).

And for people: following and unfollowing, the private Atom feed, and answer templates.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.dates import format_date
from core.mail import mail_send
from followup.models import PLACEHOLDER_PATTERN, AnswerTemplate, DueNotice, FeedToken, Follow
from requests_app.models import Assignment, Request, RequestEvent
from requests_app.notifications import deliverer_recipients

logger = logging.getLogger(__name__)


def _site_url() -> str:
    return getattr(settings, "SITE_URL", "http://localhost:8000").rstrip("/")


# --- Reminders and escalations ----------------------------------------------------------------------


def _due_kind(due: dt.date, today: dt.date) -> str | None:
    """Which notice an open assignment due on ``due`` calls for today, if any."""
    before = settings.FOLLOWUP_REMIND_DAYS_BEFORE
    after = settings.FOLLOWUP_ESCALATE_DAYS_AFTER
    if today >= due + dt.timedelta(days=after):
        return DueNotice.Kind.OVERDUE
    if today >= due:
        return DueNotice.Kind.DUE
    if today >= due - dt.timedelta(days=before):
        return DueNotice.Kind.BEFORE
    return None


def _escalation_recipients(assignment: Assignment) -> list[str]:
    """The coordinators of the province's centre and the ministry's desk (staff)."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    centre = assignment.request.province.regional_centre_id
    scope = Q(role="staff")
    if centre:
        scope |= Q(role="coordinator", regional_centre_id=centre)
    return list(users.filter(scope).values_list("email", flat=True))


def due_notices_send(*, today: dt.date | None = None) -> dict[str, int]:
    """Send the reminders and escalations due ``today`` (Thai date; today when omitted).

    Idempotent: a notice already sent for an assignment's kind and due date is not sent again, so
    running it twice a day, or late, sends each one once. Returns how many of each kind went.
    """
    today = today or timezone.localdate()
    horizon = today + dt.timedelta(days=settings.FOLLOWUP_REMIND_DAYS_BEFORE)
    candidates = (
        Assignment.objects.open()
        .filter(due_date__lte=horizon)
        .exclude(request__status__in=Request.CLOSED_STATUSES)
        .select_related("request__province", "deliverer", "officer")
        .order_by("due_date", "pk")
    )
    sent_already = set(
        DueNotice.objects.filter(assignment__in=candidates).values_list("assignment_id", "kind", "due_date")
    )
    counts = dict.fromkeys(DueNotice.Kind.values, 0)
    for assignment in candidates:
        kind = _due_kind(assignment.due_date, today)
        if kind is None or (assignment.pk, kind, assignment.due_date) in sent_already:
            continue
        if _due_notice_send(assignment=assignment, kind=kind, today=today):
            counts[kind] += 1
    return counts


@transaction.atomic
def _due_notice_send(*, assignment: Assignment, kind: str, today: dt.date) -> bool:
    notice, created = DueNotice.objects.get_or_create(
        assignment=assignment, kind=kind, due_date=assignment.due_date, defaults={"sent_on": today}
    )
    if not created:
        return False  # another run got there first
    overdue = kind == DueNotice.Kind.OVERDUE
    recipients = _escalation_recipients(assignment) if overdue else deliverer_recipients(assignment)
    with translation.override(settings.LANGUAGE_CODE):
        deliverer = assignment.deliverer.short_name
        due = format_date(assignment.due_date)
        if overdue:
            message = _("Overdue since %(due)s: the centre's coordinators and the ministry are told.") % {
                "due": due
            }
            subject = _("[%(reference)s] Overdue: %(deliverer)s, due %(due)s")
        elif kind == DueNotice.Kind.DUE:
            message = _("Due today (%(due)s): %(deliverer)s is reminded.") % {
                "due": due,
                "deliverer": deliverer,
            }
            subject = _("[%(reference)s] Due today: %(deliverer)s")
        else:
            message = _("Due on %(due)s: %(deliverer)s is reminded.") % {"due": due, "deliverer": deliverer}
            subject = _("[%(reference)s] Due on %(due)s: %(deliverer)s")
        subject = subject % {"reference": assignment.request.reference, "deliverer": deliverer, "due": due}
    RequestEvent.objects.create(
        request=assignment.request,
        kind=RequestEvent.Kind.REMINDER,
        visibility=RequestEvent.Visibility.INTERNAL,
        actor_role="system",
        assignment=assignment,
        message=message,
    )
    context = {
        "assignment": assignment,
        "request": assignment.request,
        "kind": kind,
        "days_overdue": (today - assignment.due_date).days,
        "site_url": _site_url(),
    }

    # Written to the outbox in this transaction: the notice and its e-mails are saved together.
    with translation.override(settings.LANGUAGE_CODE):
        sent = mail_send(
            subject=subject,
            template="email/due_notice.txt",
            context=context,
            recipients=recipients,
            key=f"due-notice:{notice.pk}",
        )
    DueNotice.objects.filter(pk=notice.pk).update(recipients=sent)
    return True


# --- Following ---------------------------------------------------------------------------------------


def _target_field(target) -> str:
    from agencies.models import Deliverer
    from provinces.models import Province

    if isinstance(target, Request):
        return "request"
    if isinstance(target, Province):
        return "province"
    if isinstance(target, Deliverer):
        return "deliverer"
    raise TypeError(f"Cannot follow {type(target).__name__}")


def follows_of(user, target) -> bool:
    return (
        user.is_authenticated and Follow.objects.filter(user=user, **{_target_field(target): target}).exists()
    )


@transaction.atomic
def follow_add(*, user, target) -> Follow:
    """``user`` follows a request (one they may see), a province or a deliverer; alerts start now."""
    from django.core.exceptions import PermissionDenied

    if not user.is_authenticated:
        raise PermissionDenied(_("Log in to follow."))
    field = _target_field(target)
    if field == "request" and not Request.objects.visible_to(user).filter(pk=target.pk).exists():
        raise PermissionDenied
    latest = RequestEvent.objects.aggregate(latest=Max("pk"))["latest"] or 0
    follow, _created = Follow.objects.get_or_create(
        user=user, **{field: target}, defaults={"last_event_id": latest}
    )
    return follow


@transaction.atomic
def follow_remove(*, user, target) -> None:
    Follow.objects.filter(user=user, **{_target_field(target): target}).delete()


def followed_events(user, *, follows=None):
    """The history rows of everything ``user`` follows that they may read, newest first."""
    follows = list(follows if follows is not None else user.follows.all())
    if not follows:
        return RequestEvent.objects.none()
    scope = Q()
    for follow in follows:
        scope |= follow.target_q
    return RequestEvent.objects.readable_by(user).filter(scope).order_by("-created_at", "-pk")


def follow_alerts_send() -> int:
    """E-mail each follower the new rows of what they follow (that they may read and did not write
    themselves), one e-mail per person; each row once. Returns the number of e-mails queued.

    Safe twice and on two servers at once: each person's e-mail is written to the outbox in the
    transaction that moves their cursors (their follows locked), under a key naming the newest
    row it reports.
    """
    sent = 0
    followers = (
        get_user_model().objects.filter(is_active=True, follows__isnull=False).exclude(email="").distinct()
    )
    for person in followers.select_related("province", "regional_centre", "deliverer"):
        with transaction.atomic():
            sent += _follow_alert_send(person)
    return sent


def _follow_alert_send(person) -> int:
    follows = list(person.follows.select_for_update().order_by("pk"))
    latest = RequestEvent.objects.aggregate(latest=Max("pk"))["latest"] or 0
    scope = Q()
    for follow in follows:
        scope |= follow.target_q & Q(pk__gt=follow.last_event_id)
    events = list(
        RequestEvent.objects.readable_by(person)
        .filter(scope, pk__lte=latest)
        .exclude(actor=person)
        .select_related("request__province", "assignment__deliverer")
        .order_by("pk")[:200]
    )
    delivered = 0
    if events:
        groups: dict[int, list] = defaultdict(list)
        for event in events:
            groups[event.request_id].append(event)
        with translation.override(settings.LANGUAGE_CODE):
            subject = _("MOST Portal: news of what you follow (%(count)d requests)") % {"count": len(groups)}
            delivered = mail_send(
                subject=subject,
                template="email/follow_alert.txt",
                context={
                    "groups": [(rows[0].request, rows) for rows in groups.values()],
                    "site_url": _site_url(),
                },
                recipients=[person.email],
                key=f"follow:{person.pk}:{events[0].pk}-{events[-1].pk}",
            )
        latest = min(latest, events[-1].pk) if len(events) == 200 else latest
    Follow.objects.filter(pk__in=[f.pk for f in follows], last_event_id__lt=latest).update(
        last_event_id=latest
    )
    return delivered


def feed_token_for(user, *, renew: bool = False) -> FeedToken:
    """The person's feed token, made on first use; ``renew`` replaces it (the old address stops)."""
    token, created = FeedToken.objects.get_or_create(user=user)
    if renew and not created:
        token.delete()
        token = FeedToken.objects.create(user=user)
    return token


# --- Answer templates -------------------------------------------------------------------------------


def _may_use_templates(user, request: Request) -> bool:
    from requests_app.services import is_desk_user

    return is_desk_user(user, request)


def answer_templates_for(user, request: Request) -> list[AnswerTemplate]:
    """The templates staff and the centre's coordinators may start from for ``request`` now."""
    if not _may_use_templates(user, request):
        return []
    return list(AnswerTemplate.objects.filter(Q(status="") | Q(status=request.status), is_active=True))


def answer_render(template: AnswerTemplate, request: Request) -> str:
    """The template's text with its placeholders filled in for ``request`` (unknown ones are left)."""
    open_due = [a.due_date for a in request.assignments.all() if a.is_open and a.due_date]
    values = {
        "reference": request.reference or "",
        "title": request.title,
        "province": request.province.name,
        "status": request.get_status_display(),
        "deliverers": ", ".join(
            sorted({a.deliverer.short_name for a in request.assignments.select_related("deliverer")})
        ),
        "due_date": format_date(min(open_due), (translation.get_language() or "th")[:2]) if open_due else "",
        "link": f"{_site_url()}{request.get_absolute_url()}" if request.reference else "",
    }
    return PLACEHOLDER_PATTERN.sub(
        lambda match: str(values.get(match.group(1), match.group(0))), template.body
    )


def answer_template_for(http_request, request: Request) -> str:
    """The text of the template chosen with ``?answer=<id>``, filled in; "" when none or not allowed."""
    value = http_request.GET.get("answer", "")
    if not (value.isascii() and value.isdigit()) or not _may_use_templates(http_request.user, request):
        return ""
    template = AnswerTemplate.objects.filter(pk=int(value), is_active=True).first()
    if template is None or template.status not in ("", request.status):
        return ""
    return answer_render(template, request)
