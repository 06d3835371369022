"""The in-process matching index: mechanism profiles and past requests, refreshed when stale.

Mechanisms are scored with BM25 over their profile (names, descriptions, domain keywords); past
requests with BM25 over their title and description. The index lives in the process and is
brought up to date at each use with three small queries (the mechanism texts; the requests and
the assignments changed since the last look, each with the table's row count, which reveals
deletions); only changed requests are segmented again.
"""

import heapq
import math
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from operator import itemgetter

from django.db import connections, router
from django.db.models import F, Func, IntegerField, Subquery

from agencies.models import Mechanism
from matching.keywords import AGENCY_CATEGORIES
from matching.models import GenericWord, ProductNeed, lines
from matching.text import features
from requests_app.models import Assignment, Request

POSITIVE_STATUSES = (Assignment.Status.ACCEPTED, Assignment.Status.IN_PROGRESS, Assignment.Status.DONE)
NEGATIVE_STATUSES = (Assignment.Status.DECLINED, Assignment.Status.NOT_OURS)

# Profile weights: a mechanism's own name and keywords say most, its agency's words less.
NAME_WEIGHT = 2.0
KEYWORD_WEIGHT = 2.0
PHRASE_WEIGHT = 3.0  # a need phrase staff wrote says more than a keyword
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
class Vocabulary:
    """The staff-kept tables the reading of a request uses: product → needs, generic words' weights."""

    #: a product's feature → the features of what it usually needs
    product_needs: dict[str, Counter[str]] = field(default_factory=dict)
    #: a generic word → how much it counts (0..1)
    generic: dict[str, float] = field(default_factory=dict)

    @classmethod
    def build(cls, products, generic) -> "Vocabulary":
        product_needs: dict[str, Counter[str]] = {}
        for names, needs in products:
            need_features: Counter[str] = Counter()
            for need in lines(needs):
                need_features.update(dict.fromkeys(features(need), 1))
            for name in lines(names):
                for word in features(name):
                    if " " not in word:
                        product_needs.setdefault(word, Counter()).update(need_features)
        weights = {}
        for word, weight in generic:
            for feature in features(word):
                if " " not in feature:
                    weights[feature] = weight
        return cls(product_needs=product_needs, generic=weights)


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
    vocabulary: "Vocabulary" = field(default_factory=lambda: Vocabulary())
    profiles: dict[int, MechanismProfile] = field(default_factory=dict)
    profile_postings: dict[str, dict[int, float]] = field(default_factory=dict)
    profile_idf: dict[str, float] = field(default_factory=dict)
    profile_average_length: float = 1.0

    request_stamps: dict[int, object] = field(default_factory=dict)
    request_features: dict[int, Counter[str]] = field(default_factory=dict)
    request_lengths: dict[int, int] = field(default_factory=dict)
    request_updated_at: object = None
    postings: dict[str, dict[int, int]] = field(default_factory=dict)
    total_length: int = 0
    # request id → BM25's length normalisation K for it, recomputed when requests change
    request_norms: dict[int, float] = field(default_factory=dict)

    assignment_updated_at: object = None
    # assignment id → (request id, agency id, mechanism id or None, +1/-1/0, last change)
    assignments: dict[int, tuple] = field(default_factory=dict)
    # request id → [(agency id, mechanism id or None, +1 accepted/done or -1 declined)]
    evidence: dict[int, list[tuple[int, int | None, int]]] = field(default_factory=dict)

    _lengths_changed: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)

    # -- mechanisms ----------------------------------------------------------------------------

    def _refresh_mechanisms(self) -> None:
        rows = list(
            Mechanism.objects.values_list(
                "pk",
                "agency_id",
                "name_th",
                "name_en",
                "description_th",
                "description_en",
                "is_active",
                "need_phrases",
                "products",
                "keywords",
                "agency__keywords",
            ).order_by("pk")
        )
        products = list(ProductNeed.objects.values_list("products", "needs").order_by("pk"))
        generic = list(GenericWord.objects.values_list("word", "weight").order_by("word"))
        signature = hash((tuple(rows), tuple(products), tuple(generic)))
        if signature == self.mechanism_signature:
            return
        self.vocabulary = Vocabulary.build(products, generic)
        mechanisms = Mechanism.objects.filter(is_active=True).select_related("agency")
        profiles = {}
        for mechanism in mechanisms:
            code = mechanism.agency.code
            weights: Counter[str] = Counter()
            for text in (mechanism.name_th, mechanism.name_en):
                _add(weights, features(text), NAME_WEIGHT)
            for text in (mechanism.description_th, mechanism.description_en):
                _add(weights, features(text), DESCRIPTION_WEIGHT)
            for phrase in lines(mechanism.need_phrases):
                _add(weights, features(phrase), PHRASE_WEIGHT, cap=True)
            for word in lines(mechanism.keywords) + lines(mechanism.products):
                _add(weights, features(word), KEYWORD_WEIGHT, cap=True)
            for word in lines(mechanism.agency.keywords):
                _add(weights, features(word), AGENCY_WEIGHT, cap=True)
            profiles[mechanism.pk] = MechanismProfile(
                mechanism=mechanism,
                weights=weights,
                length=sum(weights.values()),
                category_codes=frozenset(AGENCY_CATEGORIES.get(code, ())),
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
        # One query: the requests changed since the last look (normally just the last one again)
        # and the total, which reveals deletions and rows written with an earlier clock.
        rows = Request.objects.order_by().annotate(total=_count_of(Request))
        if self.request_updated_at is not None:
            rows = rows.filter(updated_at__gte=self.request_updated_at)
        rows = list(rows.values_list("pk", "title", "description", "updated_at", "total"))
        total = rows[0][4] if rows else Request.objects.count()
        for pk, title, description, updated_at, _total in rows:
            self._take_request(pk, title, description, updated_at)
        if len(self.request_features) != total:
            existing = set(Request.objects.values_list("pk", flat=True))
            for pk in set(self.request_features) - existing:
                self._drop_request(pk)
            missing = existing - set(self.request_features)
            for pk, title, description, updated_at in Request.objects.filter(pk__in=missing).values_list(
                "pk", "title", "description", "updated_at"
            ):
                self._take_request(pk, title, description, updated_at)
        if self.request_norms.keys() != self.request_lengths.keys() or self._lengths_changed:
            average = (self.total_length / len(self.request_lengths)) if self.request_lengths else 1.0
            self.request_norms = {
                pk: REQUEST_K1 * (1 - REQUEST_B + REQUEST_B * length / (average or 1.0))
                for pk, length in self.request_lengths.items()
            }
            self._lengths_changed = False

    def _take_request(self, pk: int, title: str, description: str, updated_at) -> None:
        if self.request_stamps.get(pk) != updated_at:
            self._put_request(pk, request_features(title, description))
            self.request_stamps[pk] = updated_at
            self._lengths_changed = True
        if self.request_updated_at is None or updated_at > self.request_updated_at:
            self.request_updated_at = updated_at

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
        self.request_stamps.pop(pk, None)
        self._lengths_changed = True
        self.total_length -= self.request_lengths.pop(pk)
        for feature in counts:
            posting = self.postings.get(feature)
            if posting is not None:
                posting.pop(pk, None)
                if not posting:
                    del self.postings[feature]

    # -- assignments ---------------------------------------------------------------------------

    def _refresh_assignments(self) -> None:
        # As for requests: one query for what changed and the total.
        rows = Assignment.objects.order_by().annotate(total=_count_of(Assignment))
        if self.assignment_updated_at is not None:
            rows = rows.filter(updated_at__gte=self.assignment_updated_at)
        columns = ("pk", "request_id", "agency_id", "mechanism_id", "status", "updated_at")
        rows = list(rows.values_list(*columns, "total"))
        total = rows[0][-1] if rows else Assignment.objects.count()
        changed = self._take_assignments(row[:-1] for row in rows)
        if len(self.assignments) != total:
            self.assignments = {}
            self.assignment_updated_at = None
            self._take_assignments(Assignment.objects.values_list(*columns))
            changed = True
        if changed:
            evidence: dict[int, list[tuple[int, int | None, int]]] = defaultdict(list)
            for request_id, agency_id, mechanism_id, sign, _updated_at in self.assignments.values():
                if sign and agency_id is not None:  # only agencies have mechanisms to suggest
                    evidence[request_id].append((agency_id, mechanism_id, sign))
            self.evidence = dict(evidence)

    def _take_assignments(self, rows) -> bool:
        changed = False
        for pk, request_id, agency_id, mechanism_id, status, updated_at in rows:
            sign = 1 if status in POSITIVE_STATUSES else -1 if status in NEGATIVE_STATUSES else 0
            entry = (request_id, agency_id, mechanism_id, sign, updated_at)
            if self.assignments.get(pk) != entry:
                self.assignments[pk] = entry
                changed = True
            if self.assignment_updated_at is None or updated_at > self.assignment_updated_at:
                self.assignment_updated_at = updated_at
        return changed

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


def _count_of(model) -> Subquery:
    """The number of rows of ``model``'s table, as a subquery (COUNT without GROUP BY)."""
    counted = model.objects.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")
    return Subquery(counted, output_field=IntegerField())


def _add(weights: Counter[str], counts: Counter[str], weight: float, *, cap: bool = False) -> None:
    for feature, count in counts.items():
        weights[feature] += weight * (1 if cap else count)


def _saturate(count: float) -> float:
    """A word said twice counts more than once, but not twice as much; a down-weighted word
    (under 1: a generic word, a letter's context clause) counts its weight."""
    return count if count <= 1 else 2 * count / (count + 1)


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
