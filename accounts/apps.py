from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _sync_groups(sender, **kwargs) -> None:
    # post_migrate is sent once per app, in INSTALLED_APPS order, each creating that app's
    # permissions: only after the last one do all permissions exist.
    if sender.label != list(apps.get_app_configs())[-1].label:
        return
    from accounts.roles import sync_groups

    sync_groups()


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts and roles")

    def ready(self) -> None:
        # Permissions exist only after migrations, so groups are set up after them, not in one.
        post_migrate.connect(_sync_groups, dispatch_uid="accounts.sync_groups")
        from django.contrib.auth.signals import user_logged_in

        from accounts.two_factor import record_login_time

        user_logged_in.connect(record_login_time, dispatch_uid="accounts.record_login_time")
