"""``{% follow_button target %}``: follow or stop following a request, a province, an agency or
another deliverer (nothing for visitors who are not logged in, and no query for them either)."""

from django import template

from agencies.models import Agency, Deliverer
from followup.models import Follow
from provinces.models import Province
from requests_app.models import Request

register = template.Library()


@register.inclusion_tag("followup/includes/follow_button.html", takes_context=True)
def follow_button(context, target) -> dict:
    # Not context["request"]: a DetailView of a Request puts the request *object* under that name.
    http_request = getattr(context, "request", None)
    user = getattr(http_request, "user", None)
    if user is None or not user.is_authenticated or target is None:
        return {"show": False}
    if isinstance(target, Agency):
        target = Deliverer.objects.filter(agency=target).first()  # only for people who are logged in
    if isinstance(target, Request):
        kind, key, field = "request", target.reference, "request"
    elif isinstance(target, Province):
        kind, key, field = "province", target.slug, "province"
    elif isinstance(target, Deliverer):
        kind, key, field = "deliverer", str(target.pk), "deliverer"
    else:
        return {"show": False}
    return {
        "show": True,
        "kind": kind,
        "key": key,
        "following": Follow.objects.filter(user=user, **{field: target}).exists(),
        "next": http_request.get_full_path(),
        "csrf_token": context.get("csrf_token"),
    }
