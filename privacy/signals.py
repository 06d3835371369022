"""A log-in starts the clock of the session's absolute limit (core.middleware.SessionLimitMiddleware)."""

import time

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from core.middleware import SessionLimitMiddleware


@receiver(user_logged_in, dispatch_uid="privacy.session_started")
def session_started(sender, request, user, **kwargs) -> None:
    if request is not None and hasattr(request, "session"):
        request.session[SessionLimitMiddleware.STARTED] = int(time.time())
        # The next request records the use and sets the session's expiry to the role's idle limit.
        request.session.pop(SessionLimitMiddleware.SEEN, None)
