"""Replacing a person by a pseudonym, keeping the programme's records and their history.

Requests, their history (``RequestEvent``), assignments and attachments point at a login with
``PROTECT``: they are the programme's records and stay. What identifies the person goes: the
login's names, e-mail, password and second factors; the PCSO records linked to it; the same in
every simple-history row of those records; log-in records under the old username; and the
person's name or e-mail address wherever it was typed in a request or its history.
"""

import uuid

from axes.models import AccessAttempt, AccessFailureLog
from axes.models import AccessLog as LoginLog
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from accounts.models import User
from provinces.models import PCSO


def _pseudonym() -> str:
    return f"anon-{uuid.uuid4().hex[:12]}"


def _traces(*values: str) -> list[str]:
    """The strings to remove from free text: names, the username, the e-mail (at least 4 characters)."""
    return sorted(
        {value.strip() for value in values if value and len(value.strip()) >= 4}, key=len, reverse=True
    )


def _scrub_text(traces: list[str], pseudonym: str) -> int:
    """Replace each trace in requests' texts and history messages; returns how many rows changed."""
    from requests_app.models import Request, RequestEvent

    changed = 0
    if not traces:
        return 0
    match = Q()
    for trace in traces:
        match |= Q(message__contains=trace)
    for event in RequestEvent.objects.filter(match):
        for trace in traces:
            event.message = event.message.replace(trace, pseudonym)
        RequestEvent.objects.filter(pk=event.pk).update(message=event.message)
        changed += 1
    fields = ("title", "description", "beneficiaries", "desired_outcome")
    match = Q()
    for trace in traces:
        for field in fields:
            match |= Q(**{f"{field}__contains": trace})
    for request in Request.objects.filter(match):
        values = {}
        for field in fields:
            value = getattr(request, field)
            for trace in traces:
                value = value.replace(trace, pseudonym)
            values[field] = value
        Request.objects.filter(pk=request.pk).update(**values)
        changed += 1
    return changed


def _anonymise_pcso_records(records, pseudonym: str) -> list[str]:
    traces = []
    for record in records:
        traces += [record.name, record.email, record.phone]
        PCSO.objects.filter(pk=record.pk).update(name=pseudonym, email="", phone="")
        PCSO.history.filter(id=record.pk).update(name=pseudonym, email="", phone="")
    return traces


@transaction.atomic
def person_anonymise(*, person: User | None = None, pcso: PCSO | None = None, actor) -> str:
    """Replace a login (and its PCSO records), or a PCSO record (and its login), by a pseudonym.

    Only ministry staff may do it. Returns the pseudonym. The records the person filed or acted
    on stay, pointing at the pseudonymous login; nothing is deleted but log-in records and the
    e-mails sent to the person (the outbox).
    """
    if not (actor.is_superuser or getattr(actor, "role", "") == User.Role.STAFF):
        raise PermissionDenied(_("Only ministry staff anonymise a person."))
    if person is None and pcso is not None and pcso.user_id:
        person = pcso.user
    pseudonym = _pseudonym()
    records = list(PCSO.objects.filter(Q(user=person) if person else Q(pk=pcso.pk)))
    if pcso is not None and pcso not in records:
        records.append(pcso)
    traces = _anonymise_pcso_records(records, pseudonym)
    if person is not None:
        person = User.objects.select_for_update().get(pk=person.pk)
        full_name = f"{person.first_name} {person.last_name}".strip()
        traces += [full_name, person.first_name, person.last_name, person.username, person.email]
        old_username = person.username
        person.username = pseudonym
        person.first_name = ""
        person.last_name = ""
        person.email = ""
        person.is_active = False
        person.set_unusable_password()  # ends every session: its hash no longer matches
        person.save_without_historical_record()
        person.history.update(username=pseudonym, first_name="", last_name="", email="")
        from django_otp.plugins.otp_totp.models import TOTPDevice

        TOTPDevice.objects.filter(user=person).delete()
        for model in (LoginLog, AccessFailureLog, AccessAttempt):
            model.objects.filter(username=old_username).delete()
    emails = {email for email in [*(r.email for r in records), person.email if person else ""] if email}
    _forget_mail(emails | {t for t in traces if t and "@" in t})
    _scrub_text(_traces(*traces), pseudonym)
    return pseudonym


def _forget_mail(addresses: set[str]) -> None:
    """The outbox's e-mails to the person (sent or waiting) go: an anonymised person gets no mail,
    and a sent message's address, subject and body are personal data the ministry no longer needs."""
    from background.models import OutboxMessage

    query = Q()
    for address in addresses:
        query |= Q(recipient__iexact=address)
    if query:
        OutboxMessage.objects.filter(query).delete()
