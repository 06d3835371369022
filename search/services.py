"""Keeping the search index current, and searching it with the pages' visibility rules."""

from dataclasses import dataclass, field
from functools import lru_cache

from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import Prefetch, Q, QuerySet, Value
from django.db.models.functions import Concat
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from agencies.models import Agency, Mechanism
from news.models import Article
from provinces.models import Province
from requests_app.models import Assignment, Request
from search.documents import (
    _agency_names,
    _join,
    document_delete,
    document_update,
    index_fill_missing,
    index_rebuild,
)
from search.models import SearchDocument, SearchVariant
from search.normalise import key
from search.text import Term, highlight, matches, parse
from workshops.models import Workshop

# The documents (building and keeping them) live in search.documents; their names stay importable here.
__all__ = ["document_delete", "document_update", "index_fill_missing", "index_rebuild", "search"]


# --- Searching ---------------------------------------------------------------------------


def variant_groups(*, loose: bool = False) -> tuple[tuple[str, ...], ...]:
    """The staff's variant groups in use, each as the keys of its words (one query)."""
    words = tuple(SearchVariant.objects.filter(is_active=True).order_by("pk").values_list("words", flat=True))
    return _keyed_groups(words, loose)


@lru_cache(maxsize=4)
def _keyed_groups(words: tuple[str, ...], loose: bool) -> tuple[tuple[str, ...], ...]:
    # Keyed once per version of the table (the table's words are the cache key).
    return tuple(
        tuple(dict.fromkeys(key(word, loose=loose) for word in SearchVariant(words=group).word_list()))
        for group in words
    )


@dataclass(frozen=True)
class Query:
    """A parsed query: its terms with their alternatives, and whether it ignores tone marks."""

    terms: list[Term]
    loose: bool = False

    @classmethod
    def of(
        cls, text: str, groups: tuple[tuple[str, ...], ...] | None = None, *, loose: bool = False
    ) -> "Query":
        groups = variant_groups(loose=loose) if groups is None else groups
        return cls(parse(text, groups, loose=loose), loose)

    def mark(self, text: str, *, context: int | None = None) -> SafeString:
        return highlight(text, self.terms, context=context, loose=self.loose)

    def found_in(self, text: str) -> bool:
        return matches(text, self.terms, loose=self.loose)

    def first_found_in(self, text: str) -> bool:
        return matches(text, self.terms[:1], loose=self.loose)


def matching_ids(kind: str, text: str) -> QuerySet:
    """A subquery of the ids of the records of ``kind`` ("requests", "workshops", "news") whose
    text holds ``text`` with its variants: the list pages' and the API's text filters."""
    return _document_ids(DOCUMENT_KINDS[kind], Query.of(text))


@dataclass
class Hit:
    """One found record, ready for the results page."""

    title: SafeString
    url: str
    snippet: SafeString | str = ""
    meta: str = ""


@dataclass
class KindResults:
    """The hits of one kind of record."""

    kind: str
    label: str
    count: int = 0
    hits: list[Hit] = field(default_factory=list)
    page: Page | None = None
    more: bool = False  # more than ``count`` records match: only the newest ``count`` are listed
    loose: bool = False  # found ignoring tone marks (nothing was found as typed)


KINDS = [
    ("requests", _("S&T requests")),
    ("workshops", _("Workshops")),
    ("news", _("News")),
    ("provinces", _("Provinces")),
    ("agencies", _("Agencies")),
    ("mechanisms", _("Agency mechanisms")),
]
KIND_LABELS = dict(KINDS)
SNIPPET = 180
# Counting every match of a common word ("ลำไย" is in most requests about fruit) reads most of
# the table; above this many, the page says "more than" and lists the newest this many (five
# pages: past them, another word narrows the search better than paging does).
MAX_COUNT = 100


class _CountedPaginator(Paginator):
    """A paginator given its total (counted up to ``MAX_COUNT``) rather than counting again."""

    def __init__(self, object_list, per_page: int, *, count: int):
        super().__init__(object_list, per_page)
        self._count = count

    @cached_property
    def count(self) -> int:
        return self._count


def _count_up_to(queryset: QuerySet, limit: int) -> int:
    """``queryset.count()``, but reading no more than ``limit`` rows."""
    return queryset.order_by()[:limit].count()


def _document_ids(kind: str, q: Query, *, through_trigrams: bool = False) -> QuerySet:
    """The ids of the documents of ``kind`` holding, for every term, one of its alternatives."""
    field = "loose" if q.loose else "text"
    if through_trigrams:
        # ``kind || ''``: a condition no btree index answers, so that the trigram index is the
        # planner's only way in. Given ``kind = …`` it read every document of the kind through
        # the (kind, object_id) index and matched each: 91 ms on 2,000 documents, against 1 ms.
        documents = SearchDocument.objects.alias(kind_unindexed=Concat("kind", Value(""))).filter(
            kind_unindexed=kind
        )
    else:
        documents = SearchDocument.objects.filter(kind=kind)
    for term in q.terms:
        condition = Q()
        for alternative in term.alternatives:
            condition |= Q(**{f"{field}__contains": alternative})
        documents = documents.filter(condition)
    return documents.values("object_id")


def _request_hit(request: Request, q: Query) -> Hit:
    texts = [request.description, request.desired_outcome, request.beneficiaries]
    for assignment in request.assignments.all():
        texts.append(_join(assignment.deliverer.name, assignment.response, str(assignment.mechanism or "")))
    snippet_source = next((text for text in texts if text and q.first_found_in(text)), texts[0])
    return Hit(
        title=q.mark(f"{request.reference or ''} {request.title}".strip()),
        url=request.get_absolute_url()
        if request.reference
        else reverse("requests:draft_edit", kwargs={"pk": request.pk}),
        snippet=q.mark(snippet_source, context=SNIPPET),
        meta=f"{request.province.name} · {request.get_status_display()}",
    )


def _workshop_hit(workshop: Workshop, q: Query) -> Hit:
    return Hit(
        title=q.mark(workshop.localized_title),
        url=workshop.get_absolute_url(),
        snippet=q.mark(workshop.summary or workshop.theme, context=SNIPPET),
        meta=f"{workshop.host_province.name} · {workshop.venue}",
    )


def _article_hit(article: Article, q: Query) -> Hit:
    text = article.lead or strip_tags(article.body)
    if not q.first_found_in(text):
        text = strip_tags(article.body)
    return Hit(
        title=q.mark(article.localized_title),
        url=article.get_absolute_url(),
        snippet=q.mark(text, context=SNIPPET),
    )


DOCUMENT_KINDS = {
    "requests": SearchDocument.Kind.REQUEST,
    "workshops": SearchDocument.Kind.WORKSHOP,
    "news": SearchDocument.Kind.ARTICLE,
}


def _indexed(kind: str, user, ids: QuerySet | list[int]) -> tuple[QuerySet, callable]:
    """The records of ``kind`` with ``ids`` that ``user`` may see, newest first, and their hit maker."""
    if kind == "requests":
        queryset = (
            Request.objects.visible_to(user)
            .filter(pk__in=ids)
            .select_related("province", "category")
            .prefetch_related(
                Prefetch(
                    "assignments",
                    queryset=Assignment.objects.select_related("deliverer", "mechanism__agency"),
                )
            )
            .order_by("-submitted_at", "-pk")
        )
        return queryset, _request_hit
    if kind == "workshops":
        queryset = (
            Workshop.objects.visible_to(user)
            .filter(pk__in=ids)
            .select_related("host_province")
            .order_by("-start_date", "pk")
        )
        return queryset, _workshop_hit
    queryset = Article.objects.visible_to(user).filter(pk__in=ids).order_by("-published_at", "-pk")
    return queryset, _article_hit


@dataclass
class _Found:
    """What one kind of record holds for a query: the records in order, the first few, a bounded count."""

    queryset: QuerySet
    to_hit: callable
    first: list
    count: int
    more: bool


def _find(kind: str, user, q: Query, n: int) -> _Found:
    """Records of ``kind`` holding every term, with work that does not grow with the tables.

    PostgreSQL cannot tell from ``LIKE '%ลำไย%'`` how many documents match, so whatever plan it
    picks is ruinous for some words: walking the newest records until enough match reads the
    whole table for a rare word; collecting every match through the trigram index and sorting
    them reads most of the table for a common one. So we look first:

    * the newest ``8 × n`` records the user may see (in index order) are checked; when ``n`` match,
      the word is common: those are the first hits, and the count stops at ``MAX_COUNT``;
    * otherwise the word is rare: the trigram index finds the documents (at most
      ``MAX_COUNT + 1``), and the records are looked up by id.
    """
    documents = _document_ids(DOCUMENT_KINDS[kind], q)
    queryset, to_hit = _indexed(kind, user, documents)
    newest = queryset.model.objects.visible_to(user).order_by(*queryset.query.order_by).values("pk")[: n * 8]
    first_ids = list(queryset.filter(pk__in=newest).values_list("pk", flat=True)[:n])
    if len(first_ids) == n:
        found = _count_up_to(queryset, MAX_COUNT + 1)
        first = list(_indexed(kind, user, first_ids)[0])
        return _Found(queryset, to_hit, first, min(found, MAX_COUNT), found > MAX_COUNT)
    ids = _through_trigram_index(_document_ids(DOCUMENT_KINDS[kind], q, through_trigrams=True), MAX_COUNT + 1)
    if len(ids) > MAX_COUNT:  # many, but not among the newest: the plain ordered query finds them
        found = _count_up_to(queryset.filter(pk__in=ids), MAX_COUNT + 1)
        return _Found(queryset, to_hit, list(queryset[:n]), min(found, MAX_COUNT), True)
    narrowed, _ = _indexed(kind, user, ids)
    found = narrowed.count()
    return _Found(narrowed, to_hit, list(narrowed[:n]) if found else [], found, False)


def _through_trigram_index(documents: QuerySet, limit: int) -> list[int]:
    """The ``object_id`` of up to ``limit`` ``documents``, read through the trigram index.

    On PostgreSQL the planner is told not to walk the table (or the (kind, id) index) in the
    hope of meeting matches early: for a word it wrongly takes for common, that reads every
    document. ``SET LOCAL`` lasts until the end of the request's transaction, so it is undone
    at once; outside a transaction it does nothing and the planner chooses.
    """
    ids = documents.values_list("object_id", flat=True)[:limit]
    if connection.vendor != "postgresql":
        return list(ids)
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off")
        found = list(ids)  # should this fail, the rollback undoes the SET LOCAL too
        cursor.execute("SET LOCAL enable_seqscan TO DEFAULT; SET LOCAL enable_indexscan TO DEFAULT")
    return found


def _reference_hits(kind: str, q: Query) -> list[Hit]:
    """Provinces, agencies and mechanisms: small public reference tables, matched in memory."""
    hits = []
    if kind == "provinces":
        for province in Province.objects.all():
            if q.found_in(_join(province.name_th, province.name_en, province.iso_code)):
                hits.append(
                    Hit(
                        title=q.mark(province.name),
                        url=province.get_absolute_url(),
                        meta=province.get_region_display(),
                    )
                )
    elif kind == "agencies":
        for agency in Agency.objects.all():
            if q.found_in(_join(*_agency_names(agency))):
                hits.append(
                    Hit(
                        title=q.mark(agency.name),
                        url=agency.get_absolute_url(),
                        meta=agency.short_name,
                    )
                )
    else:
        for mechanism in Mechanism.objects.active().select_related("agency"):
            text = _join(
                mechanism.name_th, mechanism.name_en, mechanism.description_th, mechanism.description_en
            )
            if q.found_in(text):
                hits.append(
                    Hit(
                        title=q.mark(mechanism.name),
                        url=mechanism.agency.get_absolute_url(),
                        snippet=q.mark(mechanism.description, context=SNIPPET),
                        meta=mechanism.agency.name,
                    )
                )
    return hits


def search(
    *, user, query: str, kind: str | None = None, page: int | str = 1, per_kind: int = 5, per_page: int = 20
) -> list[KindResults]:
    """Records ``user`` may see that contain every term of ``query`` (or a variant of it), by kind.

    With ``kind``, that kind alone, paginated ``per_page``; without, the first ``per_kind`` hits
    of each kind and its count. Nothing is found for a query without a term of two characters.
    When nothing at all is found as typed, the search runs again ignoring tone marks, thanthakhat
    and ฯ (each group then says ``loose``).
    """
    strict = Query.of(query)
    groups = _search(strict, user=user, kind=kind, page=page, per_kind=per_kind, per_page=per_page)
    if strict.terms and not any(group.count for group in groups):
        loose = Query.of(query, loose=True)
        groups = _search(loose, user=user, kind=kind, page=page, per_kind=per_kind, per_page=per_page)
    return groups


def _search(q: Query, *, user, kind, page, per_kind: int, per_page: int) -> list[KindResults]:
    groups = []
    for name, label in KINDS:
        if kind and name != kind:
            continue
        group = KindResults(kind=name, label=str(label), loose=q.loose)
        groups.append(group)
        if not q.terms:
            continue
        if name in DOCUMENT_KINDS:
            found = _find(name, user, q, per_page if kind else per_kind)
            group.count, group.more = found.count, found.more
            if kind:
                paginator = _CountedPaginator(found.queryset, per_page, count=found.count)
                group.page = paginator.get_page(page)
                records = found.first if group.page.number == 1 else group.page.object_list
            else:
                records = found.first
            group.hits = [found.to_hit(record, q) for record in records]
        else:
            hits = _reference_hits(name, q)
            group.count = len(hits)
            if kind:
                group.page = Paginator(hits, per_page).get_page(page)
                group.hits = list(group.page.object_list)
            else:
                group.hits = hits[:per_kind]
    return groups
