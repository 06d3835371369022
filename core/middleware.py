"""Request/response hardening shared by every page."""

from django.conf import settings
from django.http import HttpResponseNotAllowed

# Methods no page of the portal answers; TRACE in particular would echo cookies back.
_REFUSED_METHODS = {"TRACE", "TRACK", "CONNECT"}

_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


class SecurityHeadersMiddleware:
    """Refuses TRACE-like methods and sends a strict Content-Security-Policy (no inline script).

    The admin keeps Django's own (script files, no inline script) and gets the same policy with
    inline styles allowed, which some admin widgets set.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/" + settings.ADMIN_URL

    def __call__(self, request):
        if request.method in _REFUSED_METHODS:
            return HttpResponseNotAllowed(["GET", "HEAD", "POST", "OPTIONS"])
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            policy = _CSP
            if request.path.startswith(self.admin_prefix):
                policy = policy.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
            response["Content-Security-Policy"] = policy
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")
        response.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response


class StaffSessionLimitMiddleware:
    """Staff sessions end after ``STAFF_SESSION_SECONDS`` of inactivity (ordinary ones last longer)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.is_staff:
            request.session.set_expiry(settings.STAFF_SESSION_SECONDS)
        return self.get_response(request)
