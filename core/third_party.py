"""The third-party apps in Thai: labels their code leaves untranslatable, and their admins.

django-otp names its models, fields, help texts and admin sections in plain English strings
(not ``gettext``), and django-axes writes English sentences with Common-Era times as its records'
names. :func:`install` (called from ``CoreConfig.ready``) wraps those plain strings in
``gettext_lazy`` — their English text is the msgid, listed in ``core.catalogue.third_party`` so
that ``makemessages`` keeps it and our Thai catalogue translates it — and gives the axes records
names written in the page's language with B.E. dates. Migrations are unaffected: ``makemigrations``
runs without translation, so a wrapped label deconstructs to the same English text.
"""

from django.apps import apps
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import get_language, gettext, gettext_lazy

from core.dates import format_date

#: Apps whose models' labels are plain English strings.
_PLAIN_LABEL_APPS = ("otp_totp", "axes", "otp_static", "otp_email", "otp_hotp")

_APP_MODULES = {"axes": "axes", "otp_totp": "django_otp.plugins.otp_totp"}

#: What the apps themselves are called in the admin's index and sidebar.
APP_NAMES = {
    "axes": gettext_lazy("Log-in attempts"),
    "otp_totp": gettext_lazy("Two-step log-in devices"),
}


def _lazy(text):
    return text if isinstance(text, Promise) or not text else gettext_lazy(text)


def _translate_models() -> None:
    for label in _PLAIN_LABEL_APPS:
        try:
            config = apps.get_app_config(label)
        except LookupError:
            continue
        for model in config.get_models():
            opts = model._meta
            if "verbose_name_plural" not in opts.original_attrs and not isinstance(
                opts.verbose_name, Promise
            ):
                # Django made the plural by adding an "s" to the English name: one msgid of its own.
                opts.verbose_name_plural = _lazy(f"{opts.verbose_name}s")
            opts.verbose_name = _lazy(opts.verbose_name)
            opts.verbose_name_plural = _lazy(opts.verbose_name_plural)
            for field in opts.get_fields():
                if hasattr(field, "verbose_name") and not field.auto_created:
                    field.verbose_name = _lazy(field.verbose_name)
                    field.help_text = _lazy(field.help_text)


def _when(moment) -> str:
    """A record's time as the page writes it: B.E. on Thai pages, C.E. on English ones."""
    if moment is None:
        return "—"
    local = timezone.localtime(moment) if timezone.is_aware(moment) else moment
    language = "th" if (get_language() or "th").startswith("th") else "en"
    return f"{format_date(local.date(), language)} {local:%H:%M}"


def _axes_names() -> None:
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    def attempt(self):
        return gettext("Log-in attempts by %(username)s, last %(when)s") % {
            "username": self.username or "—",
            "when": _when(self.attempt_time),
        }

    def failure(self):
        return gettext("Failed log-in by %(username)s from %(address)s, %(when)s") % {
            "username": self.username or "—",
            "address": self.ip_address or "—",
            "when": _when(self.attempt_time),
        }

    def log(self):
        return gettext("Log-in of %(username)s, %(when)s") % {
            "username": self.username or "—",
            "when": _when(self.attempt_time),
        }

    AccessAttempt.__str__, AccessFailureLog.__str__, AccessLog.__str__ = attempt, failure, log


def _boolean_icons() -> None:
    """The admin's yes/no icons say "True"/"False" to a screen reader in every language: say it in the page's."""
    from django.contrib.admin.templatetags import admin_list
    from django.templatetags.static import static
    from django.utils.html import format_html

    def boolean_icon(value):
        icon, text = {
            True: ("yes", gettext("Yes")),
            False: ("no", gettext("No")),
            None: ("unknown", gettext("Unknown")),
        }[value]
        return format_html('<img src="{}" alt="{}">', static(f"admin/img/icon-{icon}.svg"), text)

    admin_list._boolean_icon = boolean_icon


def install() -> None:
    """Make the third-party apps' labels translatable (once, at start-up)."""
    _translate_models()
    _boolean_icons()
    for label, name in APP_NAMES.items():
        if apps.is_installed(_APP_MODULES[label]):
            apps.get_app_config(label).verbose_name = name
    if apps.is_installed("axes"):
        _axes_names()
