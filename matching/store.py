"""Past requests for the matching assistant, indexed in the database (not in each worker).

Each request's features (segmented words and word pairs, title counted twice) are rows of
``RequestTerm`` with the request's length; ``RequestDocument`` records which version was indexed.
A suggestion:

1. brings the index up to date: the requests whose ``updated_at`` is at or after the newest
   indexed one (less a margin for transactions that commit late) are compared with what was
   indexed, and only those that changed are segmented again, at most ``SYNC_BATCH`` per call
   (``manage.py matching_index`` does a whole history at once); deleted requests leave the index
   by the foreign key's cascade;
2. scores past requests by BM25 in one SQL aggregate over the postings of the query's rarest
   words (at most ``MAX_QUERY_TERMS``, each used by at most ``MAX_DOCUMENT_FREQUENCY`` of them:
   a word most requests use says nothing about similarity).

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
from django.db.models import Avg, Count, Max

from matching.models import RequestDocument, RequestTerm
from requests_app.models import Assignment, Request

REQUEST_K1, REQUEST_B = 1.2, 0.75
TITLE_WEIGHT = 2
SYNC_BATCH = 500
SYNC_MARGIN = dt.timedelta(seconds=60)
MAX_QUERY_TERMS = 12
MAX_DOCUMENT_FREQUENCY_SHARE = 0.05
MIN_DOCUMENT_FREQUENCY_CAP = 2000
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

    # -- keeping up to date ----------------------------------------------------------------------

    def sync(self) -> None:
        """Index the requests changed since the last look (two small queries when none did)."""
        with self.lock:
            if self.watermark is None:
                self.watermark = RequestDocument.objects.aggregate(newest=Max("indexed_at"))["newest"]
            changed = Request.objects.order_by("updated_at", "pk")
            if self.watermark is not None:
                changed = changed.filter(updated_at__gte=self.watermark - SYNC_MARGIN)
            stamps = dict(changed.values_list("pk", "updated_at")[: SYNC_BATCH * 4])
            if not stamps:
                return
            indexed = dict(
                RequestDocument.objects.filter(request_id__in=list(stamps)).values_list(
                    "request_id", "indexed_at"
                )
            )
            stale = [pk for pk, stamp in stamps.items() if indexed.get(pk) != stamp][:SYNC_BATCH]
            if stale:
                self.index(
                    Request.objects.filter(pk__in=stale).values_list(
                        "pk", "title", "description", "updated_at"
                    )
                )
            newest = max(stamps.values())
            if self.watermark is None or newest > self.watermark or stale:
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
            counted = dict(
                RequestTerm.objects.filter(term__in=missing)
                .values_list("term")
                .annotate(n=Count("pk"))
                .values_list("term", "n")
            )
            for term in missing:
                found[term] = counted.get(term, 0)
                self._df[term] = (now, found[term])
                self._df.move_to_end(term)
            while len(self._df) > DF_CACHE_SIZE:
                self._df.popitem(last=False)
        return found

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
        cap = max(MIN_DOCUMENT_FREQUENCY_CAP, int(count * MAX_DOCUMENT_FREQUENCY_SHARE))
        used = sorted((t for t in query if frequencies[t] <= cap), key=lambda t: frequencies[t])
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
            f"SELECT request_id, score FROM (SELECT request_id, "  # noqa: S608 (placeholders only)
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
    rows = Assignment.objects.filter(request_id__in=list(request_ids), agency__isnull=False).values_list(
        "request_id", "agency_id", "mechanism_id", "status"
    )
    for request_id, agency_id, mechanism_id, status in rows:
        sign = 1 if status in POSITIVE_STATUSES else -1 if status in NEGATIVE_STATUSES else 0
        if sign:
            evidence.setdefault(request_id, []).append((agency_id, mechanism_id, sign))
    return evidence
