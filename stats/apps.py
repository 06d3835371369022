from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StatsConfig(AppConfig):
    name = "stats"
    verbose_name = _("Programme figures")

    def ready(self) -> None:
        from stats import signals  # noqa: F401  (connects the cache invalidation)
