"""Every cookie the portal sets, named from the settings that name them (for the cookie policy)."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Cookie:
    name: str
    purpose: str
    lifetime: str
    who: str


def portal_cookies() -> list[Cookie]:
    """The cookies, as the running settings name them: a renamed cookie stays documented."""
    return [
        Cookie(
            settings.SESSION_COOKIE_NAME,
            _("Keeps a logged-in person logged in (the session number only; the data stays on the server)."),
            _("Until log-out or the session limit of the person's role"),
            _("People who log in"),
        ),
        Cookie(
            settings.CSRF_COOKIE_NAME,
            _("Protects forms against requests forged by other sites."),
            _("One year"),
            _("Everyone who opens a form (log-in, search filters, requests)"),
        ),
        Cookie(
            settings.LANGUAGE_COOKIE_NAME,
            _("Remembers the language chosen with the language switch."),
            _("Until the browser is closed"),
            _("Everyone who switches the language"),
        ),
        Cookie(
            "messages",
            _("Carries a one-time confirmation (such as “saved”) to the next page."),
            _("Until the message is shown"),
            _("People who save a form"),
        ),
    ]
