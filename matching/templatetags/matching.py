"""``{% mechanism_suggestions request %}``: the ranked, explained shortlist for a request."""

from django import template

from matching.services import suggest_mechanisms

register = template.Library()


@register.inclusion_tag("matching/suggestions.html", takes_context=True)
def mechanism_suggestions(context, request_object, limit: int = 5) -> dict:
    """Suggestions for the matching desk: shown to the people who may assign the request."""
    from requests_app.services import ASSIGNABLE_STATUSES, is_desk_user

    # Not context["request"]: a DetailView of a Request puts the request *object* under that name.
    http_request = getattr(context, "request", None)
    user = getattr(http_request, "user", None)
    if user is None:
        return {"show": False}
    if request_object is None or not is_desk_user(user, request_object):
        return {"show": False}
    return {
        "show": True,
        "object": request_object,
        "suggestions": suggest_mechanisms(request=request_object, user=user, limit=limit),
        "can_assign": request_object.status in ASSIGNABLE_STATUSES,
        "next": http_request.get_full_path(),
        "csrf_token": context.get("csrf_token"),
    }
