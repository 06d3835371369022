"""The held-for-personal-data panel on a request page and the desk's list of held requests."""

from django import template

from privacy.holds import KIND_LABELS, TEXT_FIELDS
from privacy.models import PersonalDataHold

register = template.Library()


@register.simple_tag
def personal_data_hold(request_obj, user):
    """The open hold of ``request_obj`` for the desk and the province's PCSO; None for anyone else."""
    from requests_app import services

    if not request_obj.reference or request_obj.status != request_obj.Status.SUBMITTED:
        return None
    if not (services.is_desk_user(user, request_obj) or services.is_province_pcso(user, request_obj)):
        return None
    hold = PersonalDataHold.objects.open().filter(request_id=request_obj.pk).first()
    if hold is not None:
        labels = {field: request_obj._meta.get_field(field).verbose_name for field in TEXT_FIELDS}
        hold.items = [
            {
                "field": labels[item["field"]],
                "kind": KIND_LABELS.get(item["kind"], item["kind"]),
                "text": item["text"],
            }
            for item in hold.found
        ]
        hold.can_release = services.is_desk_user(user, request_obj)
    return hold


@register.simple_tag
def held_requests(user):
    """Requests in the desk user's scope waiting for the personal-data review (newest first, 20 at most)."""
    from requests_app import services
    from requests_app.models import Request

    if not services.is_desk_user(user):
        return []
    scope = Request.objects.visible_to(user)
    if services.actor_role(user) == services.COORDINATOR:
        scope = scope.filter(province__regional_centre_id=user.regional_centre_id)
    return list(
        PersonalDataHold.objects.open()
        .filter(request__in=scope)
        .select_related("request__province")
        .order_by("-created_at")[:20]
    )
