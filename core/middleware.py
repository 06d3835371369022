"""Request/response hardening shared by every page."""

import time

from django.conf import settings
from django.contrib.auth import logout
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


class SessionLimitMiddleware:
    """Every logged-in session ends after its role's idle limit and, however busy, its absolute limit.

    The limits are the settings ``SESSION_IDLE_SECONDS`` and ``SESSION_ABSOLUTE_SECONDS`` (by role;
    superusers count as staff). The session records when it began and when it was last used; the
    last use is written at most once a minute, so a busy page does not write its session each time.
    A session past either limit is ended (logged out) before the view runs.
    """

    STARTED, SEEN = "_session_started", "_session_seen"
    TOUCH_EVERY = 60

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            self._check(request, user)
        return self.get_response(request)

    def _check(self, request, user) -> None:
        role = "staff" if user.is_superuser else (user.role or "")
        idle = settings.SESSION_IDLE_SECONDS.get(role, settings.SESSION_IDLE_SECONDS[""])
        absolute = settings.SESSION_ABSOLUTE_SECONDS.get(role, settings.SESSION_ABSOLUTE_SECONDS[""])
        session = request.session
        now = int(time.time())
        started = session.setdefault(self.STARTED, now)
        seen = session.get(self.SEEN, now)
        if now - started > absolute or now - seen > idle:
            logout(request)  # flushes the session: the person is anonymous from here on
            return
        if self.SEEN not in session or now - seen >= self.TOUCH_EVERY:
            session[self.SEEN] = now
            session.set_expiry(idle)
