"""Past requests for the matching assistant, indexed in the database (not in each worker).

Each request's features (segmented words and word pairs, title counted twice) are rows of
``RequestTerm`` with the request's length; ``RequestDocument`` records which version was indexed.
A suggestion:

1. brings the index up to date: one query finds the requests stamped since the newest indexed
   one (less ``SYNC_MARGIN`` for late commits; every ``FULL_CHECK_SECONDS`` the whole history)
   whose indexed version differs, and only those are segmented again, at most ``SYNC_BATCH`` per
   call (``manage.py matching_index`` does a whole history at once); deleted requests leave the
   index by the foreign key's cascade;
2. scores past requests by BM25 in one SQL aggregate over the postings of the query's rarest
   words (at most ``MAX_QUERY_TERMS``, each used by at most ``MAX_DOCUMENT_FREQUENCY`` requests:
   a word that many requests use says little about similarity).

A worker keeps only bounded caches (document frequencies of recently asked words, the count and
average length for ``STATS_SECONDS``), so its memory does not grow with the history.
"""

from __future__ import annotations

import datetime as dt
import math
import threading
import time
from collections import Counter, OrderedDict

from django.db import connection, transaction
from django.db.models import Avg, Count, Exists, Max, OuterRef

from matching.models import RequestDocument, RequestTerm
from requests_app.models import Assignment, Request

REQUEST_K1, REQUEST_B = 1.2, 0.75
TITLE_WEIGHT = 2
SYNC_BATCH = 500
#: Requests stamped this long before the newest indexed one are still checked (late commits).
SYNC_MARGIN = dt.timedelta(seconds=5)
#: How often a process checks the whole history for requests the margin missed.
FULL_CHECK_SECONDS = 600
MAX_QUERY_TERMS = 12
#: A word more past requests use than this says little about similarity: it is not looked up,
#: and its document frequency is counted only up to here (a bounded index scan).
MAX_DOCUMENT_FREQUENCY = 300
STATS_SECONDS = 60
DF_CACHE_SIZE = 20_000
DF_SECONDS = 60

POSITIVE_STATUSES = (Assignment.Status.ACCEPTED, Assignment.Status.IN_PROGRESS, Assignment.Status.DONE)
NEGATIVE_STATUSES = (Assignment.Status.DECLINED, Assignment.Status.NOT_OURS)


def request_features(title: str, description: str) -> Counter[str]:
    """The features of a request: its title counted ``TITLE_WEIGHT`` times, then its description."""
    from matching.text import features

    counts: Counter[str] = Counter()
    for feature, count in features(title).items():
        counts[feature] += count * TITLE_WEIGHT
    counts.update(features(description))
    return counts


def bm25_idf(document_count: int, document_frequency: int) -> float:
    return math.log(1 + (document_count - document_frequency + 0.5) / (document_frequency + 0.5))


def _weight(count: int, document_frequency: int) -> float:
    # One plus the IDF: among few past requests every IDF is small and a word's mere presence
    # should still count; among thousands the IDF dominates as usual.
    return 1.0 + bm25_idf(count, document_frequency)


def _saturate(count: float) -> float:
    return count if count <= 1 else 2 * count / (count + 1)


class RequestStore:
    """The database-backed index of past requests of one database (small per-process caches)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.watermark: dt.datetime | None = None
        self._stats: tuple[float, int, float] | None = None  # (taken at, count, average length)
        self._df: OrderedDict[str, tuple[float, int]] = OrderedDict()
        self._full_check_at = 0.0
        self._seen_newest: dt.datetime | None = None

    # -- keeping up to date ----------------------------------------------------------------------

    def sync(self) -> None:
        """Index the requests changed since the last look (one index lookup when none did)."""
        with self.lock:
            now = time.monotonic()
            if self.watermark is None:
                self.watermark = RequestDocument.objects.aggregate(newest=Max("indexed_at"))["newest"]
                self._full_check_at = now + FULL_CHECK_SECONDS
            # The newest stamp is one index lookup; unchanged since the last look, nothing to do.
            newest_stamp = Request.objects.aggregate(newest=Max("updated_at"))["newest"]
            if newest_stamp == self._seen_newest and now < self._full_check_at:
                return
            self._seen_newest = newest_stamp
            fresh = RequestDocument.objects.filter(
                request_id=OuterRef("pk"), indexed_at=OuterRef("updated_at")
            )
            stale = Request.objects.filter(~Exists(fresh))
            if now < self._full_check_at and self.watermark is not None:
                stale = stale.filter(updated_at__gte=self.watermark - SYNC_MARGIN)
            else:  # now and then, the whole history: a request committed long after it was stamped
                self._full_check_at = now + FULL_CHECK_SECONDS
            rows = list(
                stale.order_by("updated_at", "pk").values_list("pk", "title", "description", "updated_at")[
                    :SYNC_BATCH
                ]
            )
            if not rows:
                return
            self.index(rows)
            newest = max(row[3] for row in rows)
            # The history changed since this process last looked: its counts are stale.
            self._stats = None
            self._df.clear()
            self.watermark = max(newest, self.watermark or newest)

    def index(self, rows) -> int:
        """(Re)index requests given as (pk, title, description, updated_at) rows."""
        documents, terms, pks = [], [], []
        for pk, title, description, updated_at in rows:
            counts = request_features(title, description)
            length = float(sum(counts.values()))
            pks.append(pk)
            documents.append(RequestDocument(request_id=pk, length=length, indexed_at=updated_at))
            terms.extend(
                RequestTerm(request_id=pk, term=term[:120], tf=count, length=length)
                for term, count in counts.items()
            )
        if not pks:
            return 0
        with transaction.atomic():
            RequestTerm.objects.filter(request_id__in=pks).delete()
            RequestDocument.objects.filter(request_id__in=pks).delete()
            RequestDocument.objects.bulk_create(documents)
            RequestTerm.objects.bulk_create(terms, batch_size=2000)
        return len(pks)

    # -- statistics ------------------------------------------------------------------------------

    def stats(self) -> tuple[int, float]:
        """(number of indexed requests, their average length), refreshed every ``STATS_SECONDS``."""
        now = time.monotonic()
        if self._stats is None or now - self._stats[0] > STATS_SECONDS:
            row = RequestDocument.objects.aggregate(n=Count("pk"), average=Avg("length"))
            self._stats = (now, row["n"] or 0, row["average"] or 1.0)
        return self._stats[1], self._stats[2]

    def document_frequencies(self, terms) -> dict[str, int]:
        """How many indexed requests use each of ``terms`` (one grouped query for the unknown ones)."""
        now = time.monotonic()
        found, missing = {}, []
        for term in terms:
            cached = self._df.get(term)
            if cached is not None and now - cached[0] < DF_SECONDS:
                found[term] = cached[1]
            else:
                missing.append(term)
        if missing:
            counted = self._count(missing)
            for term in missing:
                found[term] = counted.get(term, 0)
                self._df[term] = (now, found[term])
                self._df.move_to_end(term)
            while len(self._df) > DF_CACHE_SIZE:
                self._df.popitem(last=False)
        return found

    @staticmethod
    def _count(terms: list[str]) -> dict[str, int]:
        """Each term's document frequency, counted up to ``MAX_DOCUMENT_FREQUENCY + 1``, in one query."""
        table = connection.ops.quote_name(RequestTerm._meta.db_table)
        part = f"SELECT %s, (SELECT COUNT(*) FROM (SELECT 1 FROM {table} WHERE term = %s LIMIT %s) capped)"  # noqa: S608  # nosec B608 (a quoted table name; values are parameters)
        sql = " UNION ALL ".join(part for _ in terms)
        params = []
        for term in terms:
            params += [term, term, MAX_DOCUMENT_FREQUENCY + 1]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return dict(cursor.fetchall())

    def idf(self, term: str) -> float:
        count, _average = self.stats()
        return _weight(count, self.document_frequencies([term])[term])

    # -- scoring ---------------------------------------------------------------------------------

    def score(
        self,
        query: Counter[str],
        *,
        exclude: set[int] = frozenset(),
        threshold: float = 0.0,
        limit: int = 40,
    ) -> list[tuple[int, float, dict[str, float]]]:
        """Past requests by similarity to ``query``, best first: [(pk, similarity 0..1, {term: part})].

        Similarity is the BM25 score divided by what the query would score against itself.
        """
        query = {term[:120]: count for term, count in query.items() if count > 0}
        count, average = self.stats()
        if not count or not query:
            return []
        frequencies = self.document_frequencies(list(query))
        weights = {term: _weight(count, frequencies[term]) * _saturate(c) for term, c in query.items()}
        best_possible = sum(weights.values())
        used = sorted(
            (t for t in query if frequencies[t] <= MAX_DOCUMENT_FREQUENCY), key=lambda t: frequencies[t]
        )
        used = used[:MAX_QUERY_TERMS]
        if not used or not best_possible:
            return []
        table = connection.ops.quote_name(RequestTerm._meta.db_table)
        cases = " ".join("WHEN %s THEN %s" for _ in used)
        params: list = []
        for term in used:
            params += [term, weights[term] * (REQUEST_K1 + 1)]
        norm = f"{REQUEST_K1} * (1 - {REQUEST_B} + {REQUEST_B} * length / %s)"
        sql = (
            f"SELECT request_id, score FROM (SELECT request_id, "  # noqa: S608  # nosec B608 (placeholders only)
            f"SUM((CASE term {cases} END) * tf / (tf + {norm})) AS score "
            f"FROM {table} WHERE term IN ({', '.join('%s' for _ in used)}) GROUP BY request_id) scored "
            f"WHERE score >= %s ORDER BY score DESC, request_id DESC LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, average, *used, threshold * best_possible, limit + len(exclude)])
            rows = cursor.fetchall()
        return [(pk, min(1.0, score / best_possible), {}) for pk, score in rows if pk not in exclude][:limit]

    def terms_of(self, pk: int, terms) -> set[str]:
        """Which of ``terms`` request ``pk`` uses."""
        return set(
            RequestTerm.objects.filter(request_id=pk, term__in=list(terms)).values_list("term", flat=True)
        )


def evidence_for(request_ids) -> dict[int, list[tuple[int, int | None, int]]]:
    """{request id: [(agency id, mechanism id or None, +1 accepted/done or -1 declined)]} for ``request_ids``."""
    evidence: dict[int, list[tuple[int, int | None, int]]] = {}
    rows = Assignment.objects.filter(request_id__in=list(request_ids), agency_id__isnull=False).values_list(
        "request_id", "agency_id", "mechanism_id", "status"
    )
    for request_id, agency_id, mechanism_id, status in rows:
        sign = 1 if status in POSITIVE_STATUSES else -1 if status in NEGATIVE_STATUSES else 0
        if sign:
            evidence.setdefault(request_id, []).append((agency_id, mechanism_id, sign))
    return evidence
