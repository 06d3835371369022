"""A log-in starts the clock of the session's absolute limit (core.middleware.SessionLimitMiddleware)."""

import time

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from core.middleware import SessionLimitMiddleware


@receiver(user_logged_in, dispatch_uid="privacy.session_started")
def session_started(sender, request, user, **kwargs) -> None:
    if request is not None and hasattr(request, "session"):
        now = int(time.time())
        request.session[SessionLimitMiddleware.STARTED] = now
        request.session[SessionLimitMiddleware.SEEN] = now
