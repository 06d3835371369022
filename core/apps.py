from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Portal")

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from core import buddhist_era, third_party
        from core.cache import connect_signals
        from core.collation import register_sqlite_collations

        buddhist_era.install()
        third_party.install()
        # SQLite learns the names of PostgreSQL's ICU collations, so ORDER BY reads the same on both.
        connection_created.connect(register_sqlite_collations, dispatch_uid="sqlite_icu_collations")

        # Cache invalidation is a decoupled concern: any content change forgets cached pages.
        connect_signals()

        from django.contrib.auth.signals import user_logged_in, user_login_failed

        from core import throttle

        user_login_failed.connect(throttle.on_login_failed, dispatch_uid="core.throttle.failed")
        user_logged_in.connect(throttle.on_logged_in, dispatch_uid="core.throttle.logged_in")
