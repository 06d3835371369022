"""The hold on a request whose text looks like it holds personal data (a rule of the request lifecycle).

A PCSO's request is checked when it is filed and whenever its text changes. When something looks
like a phone number, an e-mail address or a national ID, the request is held: it may be
submitted, but it cannot become public (under review or any later public status) until the desk
has looked at what was found and released it. ``requests_app.services`` asks
:func:`publication_error` before every change of status.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from privacy.models import PersonalDataHold
from privacy.pii import find_personal_data, mask

#: The request fields the province writes and the public would read.
TEXT_FIELDS = ("title", "description", "beneficiaries", "desired_outcome")
KIND_LABELS = {
    "phone": gettext_lazy("phone number"),
    "email": gettext_lazy("e-mail address"),
    "national_id": gettext_lazy("national ID number"),
}


def scan(request) -> list[dict]:
    """What looks like personal data in the request's text: one entry per match, with its field."""
    return [
        {"field": field, "kind": match.kind, "text": match.text}
        for field in TEXT_FIELDS
        for match in find_personal_data(getattr(request, field) or "")
    ]


@transaction.atomic
def hold_check(*, request) -> PersonalDataHold | None:
    """Check the request's text now; hold it when something is found (again, if it was released).

    A hold stays until the desk releases it, even when the province removes what was found:
    the desk confirms the text is clean before the public sees it.
    """
    found = scan(request)
    hold = PersonalDataHold.objects.select_for_update().filter(request=request).first()
    now = timezone.now()
    if hold is None:
        if not found:
            return None
        return PersonalDataHold.objects.create(request=request, found=found, created_at=now, checked_at=now)
    if hold.released_at is not None and not found:
        return hold
    if hold.released_at is not None:
        hold.released_at, hold.released_by, hold.created_at = None, None, now
    hold.found, hold.checked_at = found, now
    hold.save()
    return hold


def is_held(request) -> bool:
    return PersonalDataHold.objects.open().filter(request_id=request.pk).exists()


def publication_error(request, source: str, target: str) -> str | None:
    """Why ``request`` may not go from ``source`` to ``target`` now: it is held and would become public."""
    public = request.PUBLIC_STATUSES
    if target in public and source not in public and is_held(request):
        return _(
            "This request may contain personal data (a phone number, an e-mail address or an ID number). "
            "The desk must review and release it before it is made public."
        )
    return None


@transaction.atomic
def hold_release(*, request, actor, note: str = "") -> PersonalDataHold:
    """The desk has read the text and releases the request; what was found is kept masked only."""
    from requests_app.services import is_desk_user

    if not is_desk_user(actor, request):
        raise PermissionDenied(_("Only ministry staff and the centre's coordinators release a held request."))
    hold = PersonalDataHold.objects.select_for_update().filter(request=request).first()
    if hold is None:
        raise ValidationError(_("This request is not held."), code="not_held")
    if hold.released_at is None:
        hold.found = [{**item, "text": mask(item["text"])} for item in scan(request)]
        hold.released_at, hold.released_by, hold.note = timezone.now(), actor, (note or "").strip()
        hold.full_clean()
        hold.save()
    return hold
