"""The in-process matching index: mechanism profiles and past requests, refreshed when stale.

Mechanisms are scored with BM25 over their profile (names, descriptions, domain keywords); past
requests with BM25 over their title and description. The index lives in the process and is
brought up to date at each use with three cheap queries (mechanism texts, request and assignment
counts/last changes); only changed requests are segmented again.
"""

import heapq
import math
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from operator import itemgetter

from django.db import connections, router
from django.db.models import Count, Max

from agencies.models import Mechanism
from matching import keywords
from matching.text import features
from requests_app.models import Assignment, Request

POSITIVE_STATUSES = (Assignment.Status.ACCEPTED, Assignment.Status.IN_PROGRESS, Assignment.Status.DONE)
NEGATIVE_STATUSES = (Assignment.Status.DECLINED,)

# Profile weights: a mechanism's own name and keywords say most, its agency's words less.
NAME_WEIGHT = 2.0
KEYWORD_WEIGHT = 2.0
AGENCY_WEIGHT = 1.0
DESCRIPTION_WEIGHT = 1.0
TITLE_WEIGHT = 2  # a request's title counts twice its description

# BM25 parameters: profiles are short keyword bags, past requests ordinary prose.
PROFILE_K1, PROFILE_B = 1.2, 0.3
REQUEST_K1, REQUEST_B = 1.2, 0.75


def request_features(title: str, description: str) -> Counter[str]:
    """The features of a request: its title counted ``TITLE_WEIGHT`` times, then its description."""
    counts: Counter[str] = Counter()
    for feature, count in features(title).items():
        counts[feature] += count * TITLE_WEIGHT
    counts.update(features(description))
    return counts


def bm25_idf(document_count: int, document_frequency: int) -> float:
    return math.log(1 + (document_count - document_frequency + 0.5) / (document_frequency + 0.5))


@dataclass
class MechanismProfile:
    """What the index knows of one mechanism."""

    mechanism: Mechanism
    weights: Counter[str]
    length: float
    category_codes: frozenset[str]


@dataclass
class Index:
    """Mechanism profiles and past requests of one database, with what answered each request."""

    mechanism_signature: int | None = None
    profiles: dict[int, MechanismProfile] = field(default_factory=dict)
    profile_postings: dict[str, dict[int, float]] = field(default_factory=dict)
    profile_idf: dict[str, float] = field(default_factory=dict)
    profile_average_length: float = 1.0

    request_signature: tuple | None = None
    request_features: dict[int, Counter[str]] = field(default_factory=dict)
    request_lengths: dict[int, int] = field(default_factory=dict)
    request_updated_at: object = None
    postings: dict[str, dict[int, int]] = field(default_factory=dict)
    total_length: int = 0
    # request id → BM25's length normalisation K for it, recomputed when requests change
    request_norms: dict[int, float] = field(default_factory=dict)

    assignment_signature: tuple | None = None
    # request id → [(agency id, mechanism id or None, +1 accepted/done or -1 declined)]
    evidence: dict[int, list[tuple[int, int | None, int]]] = field(default_factory=dict)

    lock: threading.Lock = field(default_factory=threading.Lock)

    # -- mechanisms ----------------------------------------------------------------------------

    def _refresh_mechanisms(self) -> None:
        rows = list(
            Mechanism.objects.values_list(
                "pk", "agency_id", "name_th", "name_en", "description_th", "description_en", "is_active"
            ).order_by("pk")
        )
        signature = hash(tuple(rows))
        if signature == self.mechanism_signature:
            return
        mechanisms = Mechanism.objects.filter(is_active=True).select_related("agency")
        profiles = {}
        for mechanism in mechanisms:
            code = mechanism.agency.code
            weights: Counter[str] = Counter()
            for text in (mechanism.name_th, mechanism.name_en):
                _add(weights, features(text), NAME_WEIGHT)
            for text in (mechanism.description_th, mechanism.description_en):
                _add(weights, features(text), DESCRIPTION_WEIGHT)
            for word in keywords.MECHANISM_KEYWORDS.get((code, mechanism.name_en), ()):
                _add(weights, features(word), KEYWORD_WEIGHT, cap=True)
            for word in keywords.AGENCY_KEYWORDS.get(code, ()):
                _add(weights, features(word), AGENCY_WEIGHT, cap=True)
            profiles[mechanism.pk] = MechanismProfile(
                mechanism=mechanism,
                weights=weights,
                length=sum(weights.values()),
                category_codes=frozenset(keywords.AGENCY_CATEGORIES.get(code, ())),
            )
        postings: dict[str, dict[int, float]] = defaultdict(dict)
        for pk, profile in profiles.items():
            for feature, weight in profile.weights.items():
                postings[feature][pk] = weight
        self.profiles = profiles
        self.profile_postings = dict(postings)
        self.profile_idf = {f: bm25_idf(len(profiles), len(p)) for f, p in postings.items()}
        self.profile_average_length = (sum(p.length for p in profiles.values()) / len(profiles)) or 1.0
        self.mechanism_signature = signature

    # -- past requests -------------------------------------------------------------------------

    def _refresh_requests(self) -> None:
        signature = tuple(Request.objects.aggregate(n=Count("pk"), last=Max("updated_at")).values())
        if signature == self.request_signature:
            return
        changed = Request.objects.all()
        if self.request_updated_at is not None:
            changed = changed.filter(updated_at__gte=self.request_updated_at)
        for pk, title, description, updated_at in changed.values_list(
            "pk", "title", "description", "updated_at"
        ).order_by():
            self._put_request(pk, request_features(title, description))
            if self.request_updated_at is None or updated_at > self.request_updated_at:
                self.request_updated_at = updated_at
        if len(self.request_features) != signature[0]:
            existing = set(Request.objects.values_list("pk", flat=True))
            for pk in set(self.request_features) - existing:
                self._drop_request(pk)
        average = (self.total_length / len(self.request_lengths)) if self.request_lengths else 1.0
        self.request_norms = {
            pk: REQUEST_K1 * (1 - REQUEST_B + REQUEST_B * length / (average or 1.0))
            for pk, length in self.request_lengths.items()
        }
        self.request_signature = signature

    def _put_request(self, pk: int, counts: Counter[str]) -> None:
        if pk in self.request_features:
            self._drop_request(pk)
        self.request_features[pk] = counts
        length = sum(counts.values())
        self.request_lengths[pk] = length
        self.total_length += length
        for feature, count in counts.items():
            self.postings.setdefault(feature, {})[pk] = count

    def _drop_request(self, pk: int) -> None:
        counts = self.request_features.pop(pk)
        self.total_length -= self.request_lengths.pop(pk)
        for feature in counts:
            posting = self.postings.get(feature)
            if posting is not None:
                posting.pop(pk, None)
                if not posting:
                    del self.postings[feature]

    # -- assignments ---------------------------------------------------------------------------

    def _refresh_assignments(self) -> None:
        signature = tuple(Assignment.objects.aggregate(n=Count("pk"), last=Max("updated_at")).values())
        if signature == self.assignment_signature:
            return
        evidence: dict[int, list[tuple[int, int | None, int]]] = defaultdict(list)
        rows = Assignment.objects.filter(status__in=POSITIVE_STATUSES + NEGATIVE_STATUSES).values_list(
            "request_id", "agency_id", "mechanism_id", "status"
        )
        for request_id, agency_id, mechanism_id, status in rows.order_by():
            evidence[request_id].append((agency_id, mechanism_id, -1 if status in NEGATIVE_STATUSES else 1))
        self.evidence = dict(evidence)
        self.assignment_signature = signature

    def refresh(self) -> "Index":
        """Bring the index up to date with the database (three small queries when nothing changed)."""
        with self.lock:
            self._refresh_mechanisms()
            self._refresh_requests()
            self._refresh_assignments()
        return self

    # -- scoring -------------------------------------------------------------------------------

    def score_mechanisms(self, query: Counter[str]) -> dict[int, tuple[float, dict[str, float]]]:
        """BM25 of ``query`` against each mechanism profile: {mechanism id: (score, {feature: part})}."""
        results: dict[int, tuple[float, dict[str, float]]] = {}
        average = self.profile_average_length
        for feature, query_count in query.items():
            posting = self.profile_postings.get(feature)
            if not posting:
                continue
            idf = self.profile_idf[feature] * _saturate(query_count)
            for pk, weight in posting.items():
                length = self.profiles[pk].length
                part = (
                    idf
                    * weight
                    * (PROFILE_K1 + 1)
                    / (weight + PROFILE_K1 * (1 - PROFILE_B + PROFILE_B * length / average))
                )
                score, parts = results.get(pk, (0.0, {}))
                parts[feature] = part
                results[pk] = (score + part, parts)
        return results

    @staticmethod
    def _request_weight(count: int, document_frequency: int) -> float:
        # One plus the IDF: among few past requests every IDF is small and a word's mere presence
        # should still count; among thousands the IDF dominates as usual.
        return 1.0 + bm25_idf(count, document_frequency)

    def request_idf(self, feature: str) -> float:
        return self._request_weight(len(self.request_features), len(self.postings.get(feature, ())))

    def score_requests(
        self,
        query: Counter[str],
        *,
        exclude: set[int] = frozenset(),
        threshold: float = 0.0,
        limit: int | None = None,
    ) -> list[tuple[int, float]]:
        """Past requests by similarity to ``query``, best first: [(request id, similarity 0..1)].

        Similarity is the BM25 score divided by the score the query would get against itself,
        so that 1.0 means "the same words" and sharing one word of twenty scores little. Only
        requests at ``threshold`` or above are returned, at most ``limit`` of them.
        """
        count = len(self.request_features)
        if not count:
            return []
        norms = self.request_norms
        scores: dict[int, float] = {}
        get = scores.get
        best_possible = 0.0
        for feature, query_count in query.items():
            posting = self.postings.get(feature)
            # A word no past request uses still counts in what a perfect match would score.
            idf = self._request_weight(count, len(posting or ())) * _saturate(query_count)
            best_possible += idf
            if not posting:
                continue
            factor = idf * (REQUEST_K1 + 1)
            for pk, tf in posting.items():
                scores[pk] = get(pk, 0.0) + factor * tf / (tf + norms[pk])
        if not best_possible:
            return []
        cutoff = threshold * best_possible
        candidates = [(pk, score) for pk, score in scores.items() if score >= cutoff and pk not in exclude]
        key = itemgetter(1, 0)
        ranked = (
            heapq.nlargest(limit, candidates, key=key) if limit else sorted(candidates, key=key, reverse=True)
        )
        return [(pk, min(1.0, score / best_possible)) for pk, score in ranked]


def _add(weights: Counter[str], counts: Counter[str], weight: float, *, cap: bool = False) -> None:
    for feature, count in counts.items():
        weights[feature] += weight * (1 if cap else count)


def _saturate(count: float) -> float:
    """A word said twice counts more than once, but not twice as much."""
    return 2 * count / (count + 1)


_indexes: dict[str, Index] = {}
_indexes_lock = threading.Lock()


def get_index() -> Index:
    """The up-to-date index of the default database of requests."""
    alias = router.db_for_read(Request)
    key = f"{alias}:{connections[alias].settings_dict['NAME']}"
    with _indexes_lock:
        index = _indexes.get(key)
        if index is None:
            index = _indexes[key] = Index()
    return index.refresh()
