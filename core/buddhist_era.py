"""Buddhist-Era years in everything Django formats for a Thai admin page.

Django writes dates through ``django.utils.dateformat`` (the ``date`` filter, ``localize``, the
admin's list cells, read-only fields, history pages, filters and date hierarchy), whose year is
always the Common Era. Our own pages use ``core.dates`` and the ``thaidate`` filters; the admin
and the third-party apps' templates cannot. So, while :func:`buddhist_era` is active (the admin
middleware below turns it on for admin requests) and the language is Thai, the year format
characters ``Y``, ``y`` and ``o`` write the B.E. year. ISO formats (``c``, ``U``, ``r``), inputs
(``strftime``) and every other page keep the Common Era, so machine-readable dates never shift.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.utils import dateformat
from django.utils.translation import get_language

from core.dates import BE_OFFSET

_ACTIVE: ContextVar[bool] = ContextVar("buddhist_era", default=False)


def active() -> bool:
    """True when dates are being written for a Thai reader of the admin."""
    return _ACTIVE.get() and (get_language() or "").startswith("th")


@contextmanager
def buddhist_era():
    """Years written by Django's date formatting are B.E. inside this block (on Thai pages)."""
    token = _ACTIVE.set(True)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def be_year(value) -> str:
    """A bare C.E. year ("2013", as the admin's date hierarchy writes it) in B.E. on Thai admin pages."""
    text = str(value)
    if active() and text.isdigit() and len(text) == 4:
        return str(int(text) + BE_OFFSET)
    return text


_original = {name: getattr(dateformat.DateFormat, name) for name in ("Y", "y", "o")}


def _shifted(name: str):
    original = _original[name]

    def year(self):
        if not active():
            return original(self)
        if name == "y":
            return f"{(self.data.year + BE_OFFSET) % 100:02d}"
        return f"{(self.data.isocalendar().year if name == 'o' else self.data.year) + BE_OFFSET:04d}"

    year.__doc__ = f"{original.__doc__} (B.E. on Thai admin pages: core.buddhist_era)"
    return year


def install() -> None:
    """Teach Django's date formatting the Buddhist Era (called once, from CoreConfig.ready)."""
    for name in _original:
        setattr(dateformat.DateFormat, name, _shifted(name))


class AdminBuddhistEraMiddleware:
    """Admin pages (and their template rendering) write B.E. years when the language is Thai."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = "/" + settings.ADMIN_URL

    def __call__(self, request):
        if not request.path.startswith(self.prefix):
            return self.get_response(request)
        with buddhist_era():
            return self.get_response(request)
