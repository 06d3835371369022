import contextlib

from django.apps import AppConfig
from django.db import DatabaseError
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _fill_index(sender, **kwargs) -> None:
    # Records loaded by other apps' data migrations or bulk loads never sent a save signal.
    from search.services import index_fill_missing

    # A partial migrate: the indexed tables may not exist yet.
    with contextlib.suppress(DatabaseError):
        index_fill_missing()


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self) -> None:
        from search import signals  # noqa: F401  (keeps the search documents up to date)

        post_migrate.connect(_fill_index, sender=self)
