from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    """The matching assistant: suggests agency mechanisms for requests and finds similar requests."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "matching"
    verbose_name = _("Matching assistant")
