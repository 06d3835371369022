from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Portal")

    def ready(self) -> None:
        from core import buddhist_era, third_party
        from core.cache import connect_signals

        buddhist_era.install()
        third_party.install()

        # Cache invalidation is a decoupled concern: any content change forgets cached pages.
        connect_signals()
