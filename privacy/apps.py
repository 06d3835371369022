from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "privacy"
    verbose_name = _("Personal data (PDPA)")

    def ready(self) -> None:
        from privacy import checks, signals  # noqa: F401  (registers the system check and the log-in hook)
