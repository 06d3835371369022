"""E-mails about requests, written to the outbox in the transaction of the change that causes them.

Each function takes primary keys and reads what it needs again. A failure to write a message is
logged, never raised (in a savepoint, so the change itself is still saved); the worker sends the
outbox after commit (core.mail, background.outbox).
"""

import logging
from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import translation

from core.mail import mail_send

logger = logging.getLogger(__name__)


def _send(*, subject: str, template: str, context: dict, recipients: Iterable[str], key: str) -> int:
    return mail_send(subject=subject, template=template, context=context, recipients=recipients, key=key)


def _site_url() -> str:
    # Links in e-mails need the full address; DJANGO_SITE_URL may set it per deployment.
    return getattr(settings, "SITE_URL", "http://localhost:8000").rstrip("/")


def _users(**filters):
    return (
        get_user_model()
        .objects.filter(is_active=True, **filters)
        .exclude(email="")
        .values_list("email", flat=True)
    )


def _safely(function):
    def wrapper(*args, **kwargs):
        try:
            with transaction.atomic(), translation.override(settings.LANGUAGE_CODE):
                return function(*args, **kwargs)
        except Exception:
            logger.exception("Notification %s failed", function.__name__)
            return 0

    wrapper.__name__ = function.__name__
    wrapper.__doc__ = function.__doc__
    return wrapper


@_safely
def status_changed(event_id: int) -> int:
    """Tell the province's PCSOs that their request changed status."""
    from requests_app.models import RequestEvent

    event = RequestEvent.objects.select_related("request__province").get(pk=event_id)
    request = event.request
    subject = translation.gettext("[%(reference)s] Status: %(status)s") % {
        "reference": request.reference or "-",
        "status": event.to_status_label,
    }
    return _send(
        subject=subject,
        template="email/request_status_changed.txt",
        context={"event": event, "request": request, "site_url": _site_url()},
        recipients=_users(role="pcso", province_id=request.province_id),
        key=f"event:{event.pk}",
    )


def deliverer_recipients(assignment) -> list[str]:
    """Who hears about an assignment: its named officer when there is one (and active, with an
    e-mail), otherwise every active focal point of its deliverer."""
    officer = assignment.officer
    if officer is not None and officer.is_active and officer.email:
        return [officer.email]
    return list(_users(role="focal_point", deliverer_id=assignment.deliverer_id))


@_safely
def request_submitted(request_id: int) -> int:
    """Tell the coordinators of the province's regional centre about a new submission."""
    from requests_app.models import Request

    request = Request.objects.select_related("province", "category").get(pk=request_id)
    if not request.province.regional_centre_id:
        return 0
    subject = translation.gettext("[%(reference)s] New request from %(province)s") % {
        "reference": request.reference,
        "province": request.province.title,
    }
    return _send(
        subject=subject,
        template="email/request_submitted.txt",
        context={"request": request, "site_url": _site_url()},
        recipients=_users(role="coordinator", regional_centre_id=request.province.regional_centre_id),
        key=f"submitted:{request.pk}",
    )


@_safely
def assignment_created(assignment_id: int) -> int:
    """Tell the deliverer about a new assignment: its named officer, else all its focal points."""
    from requests_app.models import Assignment

    assignment = Assignment.objects.select_related(
        "request__province", "deliverer", "mechanism", "officer"
    ).get(pk=assignment_id)
    subject = translation.gettext("[%(reference)s] New assignment for %(agency)s") % {
        "reference": assignment.request.reference,
        "agency": assignment.deliverer.short_name,
    }
    return _send(
        subject=subject,
        template="email/assignment_created.txt",
        context={"assignment": assignment, "request": assignment.request, "site_url": _site_url()},
        recipients=deliverer_recipients(assignment),
        key=f"assignment:{assignment.pk}",
    )


def digest_send(*, hours: int = 24) -> int:
    """Send each person with a role a digest of the events they may see from the last ``hours``.

    Grouped by request, the most recently active request first, each request's events newest
    first. People with nothing new get nothing. Returns the number of e-mails sent.
    """
    import datetime as dt

    from django.utils import timezone

    from requests_app.models import Request, RequestEvent, event_levels_for

    since = timezone.now() - dt.timedelta(hours=hours)
    recent = (
        RequestEvent.objects.filter(created_at__gte=since)
        .select_related("request__province", "assignment__deliverer")
        .order_by("-created_at", "-pk")
    )
    if not recent.exists():
        return 0
    sent = 0
    people = get_user_model().objects.filter(is_active=True).exclude(email="").exclude(role="")
    for person in people.select_related("province", "regional_centre", "deliverer"):
        visible = set(
            _involved(person, Request.objects.visible_to(person))
            .filter(events__created_at__gte=since)
            .values_list("pk", flat=True)
        )
        groups: dict[int, list] = {}
        levels: dict[int, list[str]] = {}
        for event in recent:
            if event.request_id not in visible:
                continue
            if event.request_id not in levels:
                levels[event.request_id] = event_levels_for(person, event.request)
            if event.visibility in levels[event.request_id]:
                groups.setdefault(event.request_id, []).append(event)
        if not groups:
            continue
        ordered = [(events[0].request, events) for events in groups.values()]
        with translation.override(settings.LANGUAGE_CODE):
            subject = translation.gettext("MOST Portal: today's activity on %(count)d requests") % {
                "count": len(ordered)
            }
            sent += _send(
                subject=subject,
                template="email/digest.txt",
                context={"groups": ordered, "site_url": _site_url()},
                recipients=[person.email],
                key=f"digest:{person.pk}:{timezone.localdate().isoformat()}:{hours}",
            )
    return sent


def _involved(person, queryset):
    """The requests a person takes part in (the digest is not a feed of the whole country)."""
    from requests_app.models import Assignment

    if person.role == "staff" or person.is_superuser:
        return queryset
    if person.role == "pcso":
        return queryset.filter(province_id=person.province_id)
    if person.role == "coordinator":
        return queryset.filter(province__regional_centre_id=person.regional_centre_id)
    if person.role == "focal_point":
        return queryset.filter(pk__in=Assignment.objects.answered_by(person).values("request_id"))
    return queryset.none()
