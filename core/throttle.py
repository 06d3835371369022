"""Log-in and password-reset limits beside django-axes (issue 12 item 4).

django-axes refuses a username from one address after 5 failures. That alone misses password
spraying (many usernames from one address) and one account tried from many addresses, and
password reset had no limit. Here, counted in the shared cache over ``AXES_COOLOFF_TIME``:

- failed log-ins per client address (``LOGIN_LIMIT_PER_ADDRESS``) and per username
  (``LOGIN_LIMIT_PER_USERNAME``), the client address read through the trusted proxies;
- a username's limit is lifted by a correct password together with a second-factor code on the
  admin log-in (the code field lets the attempt through; success clears the count), or by
  setting a new password through a reset link (which also clears axes' lock for it);
- password-reset requests per address and per e-mail address.

Refused requests answer 429 with the lock-out page, like django-axes.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.urls import Resolver404, resolve

from core.client_ip import client_ip

# Which limit counts a view's attempts (names of limits, not passwords).
LOGIN_VIEWS = {"login": "login", "admin:login": "admin_login", "password_reset": "reset"}  # nosec B105


def _window() -> int:
    return max(60, int(settings.AXES_COOLOFF_TIME * 3600))


def _key(kind: str, value: str) -> str:
    return f"throttle:{kind}:" + hashlib.sha256(value.strip().lower().encode()).hexdigest()


def count(kind: str, value: str) -> int:
    return cache.get(_key(kind, value), 0)


def bump(kind: str, value: str) -> None:
    key = _key(kind, value)
    cache.add(key, 0, _window())
    try:
        cache.incr(key)
    except ValueError:  # expired in between
        cache.set(key, 1, _window())


def clear(kind: str, value: str) -> None:
    cache.delete(_key(kind, value))


def on_login_failed(sender, credentials, request=None, **kwargs) -> None:
    if request is None or not settings.AXES_ENABLED:
        return
    bump("login-address", client_ip(request) or "")
    username = str(credentials.get("username") or "")
    if username:
        bump("login-username", username)


def on_logged_in(sender, request, user, **kwargs) -> None:
    clear("login-username", user.get_username())


def password_was_reset(user) -> None:
    """A new password through a reset link lifts this account's locks (ours and django-axes')."""
    from axes.utils import reset

    clear("login-username", user.get_username())
    reset(username=user.get_username())


class LoginThrottleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.AXES_ENABLED
            and request.method == "POST"
            and (kind := self._kind(request))
            and self._refused(request, kind)
        ):
            return render(request, "registration/locked_out.html", status=429)
        return self.get_response(request)

    @staticmethod
    def _kind(request) -> str | None:
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return None
        return LOGIN_VIEWS.get(match.view_name)

    @staticmethod
    def _refused(request, kind: str) -> bool:
        address = client_ip(request) or ""
        if kind == "reset":
            email = request.POST.get("email", "")[:254]
            if (
                count("reset-address", address) >= settings.PASSWORD_RESET_LIMIT_PER_ADDRESS
                or count("reset-account", email) >= settings.PASSWORD_RESET_LIMIT_PER_ACCOUNT
            ):
                return True
            bump("reset-address", address)
            bump("reset-account", email)
            return False
        if count("login-address", address) >= settings.LOGIN_LIMIT_PER_ADDRESS:
            return True
        username = request.POST.get("username", "")[:255]
        if count("login-username", username) < settings.LOGIN_LIMIT_PER_USERNAME:
            return False
        # Locked username: only a password together with a second-factor code gets through.
        with_code = kind == "admin_login" and settings.STAFF_REQUIRE_OTP and request.POST.get("otp_token")
        return not with_code


def axes_username(request, credentials) -> str | None:
    """The username django-axes records, cut to its column (a longer one was a 500, issue 12 item 7)."""
    username = (credentials or {}).get("username") or request.POST.get("username") if request else None
    return str(username)[:255] if username else None
