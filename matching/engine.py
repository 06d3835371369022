"""The matching index: mechanism profiles in the process, past requests in the database.

Mechanisms (a few dozen) are scored with BM25 over their profile (names, descriptions and the
vocabulary staff keep on the record); the profiles are rebuilt in the process when a mechanism,
a product's needs or a generic word changes. Past requests live in the database
(:mod:`matching.store`), so a worker's memory and its first call do not grow with the history.
"""

import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db import connections, router

from agencies.models import Mechanism
from matching.keywords import AGENCY_CATEGORIES
from matching.models import GenericWord, ProductNeed, lines
from matching.store import RequestStore, bm25_idf, request_features  # noqa: F401 (re-exported)
from matching.text import features
from requests_app.models import Request

# Profile weights: a mechanism's own name and keywords say most, its agency's words less.
NAME_WEIGHT = 2.0
KEYWORD_WEIGHT = 2.0
PHRASE_WEIGHT = 3.0  # a need phrase staff wrote says more than a keyword
AGENCY_WEIGHT = 1.0
DESCRIPTION_WEIGHT = 1.0

# BM25 parameters: profiles are short keyword bags.
PROFILE_K1, PROFILE_B = 1.2, 0.3


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

    store: RequestStore = field(default_factory=RequestStore)
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

    def refresh(self) -> "Index":
        """Bring the index up to date with the database (a few small queries when nothing changed)."""
        with self.lock:
            self._refresh_mechanisms()
        self.store.sync()
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

    def request_idf(self, feature: str) -> float:
        return self.store.idf(feature)

    def score_requests(
        self,
        query: Counter[str],
        *,
        exclude: set[int] = frozenset(),
        threshold: float = 0.0,
        limit: int | None = None,
    ) -> list[tuple[int, float]]:
        """Past requests by similarity to ``query``, best first: [(request id, similarity 0..1)]."""
        ranked = self.store.score(query, exclude=exclude, threshold=threshold, limit=limit or 40)
        return [(pk, similarity) for pk, similarity, _parts in ranked]


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


def warm(notify=lambda: None) -> None:
    """Load the Thai segmenter and build the mechanism profiles: what a new worker does before it
    serves (gunicorn's ``post_worker_init``), so that its first suggestion pays for neither."""
    from django.db import connection

    features("สอบเทียบ")
    notify()  # a gunicorn worker tells the arbiter it is alive between the two steps
    alias = router.db_for_read(Request)
    key = f"{alias}:{connections[alias].settings_dict['NAME']}"
    with _indexes_lock:
        index = _indexes.setdefault(key, Index())
    with index.lock:
        index._refresh_mechanisms()
    connection.close()
