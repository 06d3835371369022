"""Pagination that does not count a large table on every page view."""

import hashlib

from django.core.paginator import Paginator
from django.db import connections
from django.db.models import QuerySet
from django.utils.functional import cached_property

from core.cache import cached_content


class CachedCountPaginator(Paginator):
    """A paginator whose total is kept in the shared cache until programme content changes.

    ``COUNT(*)`` reads every matching row: on a list of 200,000 requests that is most of the cost
    of a page. The total only changes when content does, so with a ``count_key`` (the same for
    every visitor who sees the same rows) it is counted once per content version.
    """

    def __init__(self, *args, count_key: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.count_key = count_key

    @cached_property
    def count(self) -> int:
        if self.count_key is None:
            return Paginator.count.func(self)
        key = hashlib.sha256(self.count_key.encode()).hexdigest()
        return cached_content(f"count:{key}", lambda: Paginator.count.func(self))


class CachedCountMixin:
    """For list views: anonymous visitors' totals come from the cache (see CachedCountPaginator).

    The key is the view and its filters without the page number; signed-in people may each see
    different rows (their province's drafts, staff previews), so their totals are counted.
    """

    paginator_class = CachedCountPaginator

    def get_count_key(self) -> str | None:
        if self.request.user.is_authenticated:
            return None
        query = self.request.GET.copy()
        query.pop("page", None)
        return f"{self.request.resolver_match.view_name}?{query.urlencode()}"

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True, **kwargs):
        return self.paginator_class(
            queryset,
            per_page,
            orphans=orphans,
            allow_empty_first_page=allow_empty_first_page,
            count_key=self.get_count_key(),
            **kwargs,
        )


class EstimatedCountPaginator(Paginator):
    """For admin lists of large tables: the unfiltered total is PostgreSQL's row estimate.

    The estimate (``pg_class.reltuples``, kept by ANALYZE and autovacuum) is used only for a
    list without any condition and only above ``threshold`` rows, where "page 3 of about 2,000"
    is as useful as the exact figure; filtered lists and small tables are counted.
    """

    threshold = 10_000

    @cached_property
    def count(self) -> int:
        queryset = self.object_list
        if (
            isinstance(queryset, QuerySet)
            and connections[queryset.db].vendor == "postgresql"
            and not queryset.query.where
            and not queryset.query.distinct
        ):
            with connections[queryset.db].cursor() as cursor:
                cursor.execute(
                    "SELECT reltuples FROM pg_class WHERE oid = %s::regclass", [queryset.model._meta.db_table]
                )
                row = cursor.fetchone()
            if row and row[0] >= self.threshold:
                return int(row[0])
        return Paginator.count.func(self)
