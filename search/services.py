"""Keeping the search index current, and searching it with the pages' visibility rules."""

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator
from django.db import connection, transaction
from django.db.models import Prefetch, QuerySet, Value
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
from search.models import SearchDocument
from search.text import fold_document, highlight, matches, terms
from workshops.models import Workshop

BATCH = 2000


# --- Building documents ------------------------------------------------------------------


def _join(*parts: str | None) -> str:
    return " \n ".join(part for part in parts if part)


def request_text(request: Request) -> str:
    """Everything a person may search a request by: its text, its province and the agencies' answers.

    Not the category: its long names ("…และการบรรจุภัณฑ์") would make every request of the
    category match a word of it and bury the requests that are really about that word.
    """
    answers = []
    for assignment in request.assignments.all():
        mechanism = assignment.mechanism
        answers += [
            assignment.response,
            assignment.deliverer.short_name_th,
            assignment.deliverer.name_th,
            assignment.deliverer.name_en,
        ]
        if mechanism:
            answers += [mechanism.name_th, mechanism.name_en]
    return _join(
        request.reference,
        request.title,
        request.description,
        request.beneficiaries,
        request.desired_outcome,
        request.province.name_th,
        request.province.name_en,
        *answers,
    )


def workshop_text(workshop: Workshop) -> str:
    return _join(
        workshop.title,
        workshop.title_en,
        workshop.theme,
        workshop.venue,
        workshop.summary,
        workshop.host_province.name_th,
        workshop.host_province.name_en,
    )


def article_text(article: Article) -> str:
    return _join(article.title, article.title_en, article.lead, strip_tags(article.body))


def _request_queryset() -> QuerySet[Request]:
    return Request.objects.select_related("province", "category").prefetch_related(
        Prefetch("assignments", queryset=Assignment.objects.select_related("deliverer", "mechanism"))
    )


_SOURCES = {
    SearchDocument.Kind.REQUEST: (_request_queryset, request_text),
    SearchDocument.Kind.WORKSHOP: (lambda: Workshop.objects.select_related("host_province"), workshop_text),
    SearchDocument.Kind.ARTICLE: (lambda: Article.objects.all(), article_text),
}


@transaction.atomic
def document_update(*, kind: str, object_id: int) -> SearchDocument | None:
    """(Re)index one record; removes its document when the record is gone."""
    queryset, text_of = _SOURCES[kind]
    record = queryset().filter(pk=object_id).first()
    if record is None:
        SearchDocument.objects.filter(kind=kind, object_id=object_id).delete()
        return None
    document = SearchDocument.objects.filter(kind=kind, object_id=object_id).first() or SearchDocument(
        kind=kind, object_id=object_id
    )
    document.text = fold_document(text_of(record))
    document.full_clean(validate_unique=False)
    document.save()
    return document


@transaction.atomic
def document_delete(*, kind: str, object_id: int) -> None:
    SearchDocument.objects.filter(kind=kind, object_id=object_id).delete()


@transaction.atomic
def index_rebuild(*, kinds: Iterable[str] | None = None) -> dict[str, int]:
    """Rebuild the documents of ``kinds`` (all when omitted) from the records; returns counts.

    For data loaded without signals (``bulk_create``, raw SQL, fixtures) and after a restore.
    """
    counts = {}
    for kind in kinds or SearchDocument.Kind.values:
        queryset, text_of = _SOURCES[kind]
        SearchDocument.objects.filter(kind=kind).delete()
        batch: list[SearchDocument] = []
        counts[kind] = 0
        for record in queryset().order_by("pk").iterator(chunk_size=BATCH):
            batch.append(SearchDocument(kind=kind, object_id=record.pk, text=fold_document(text_of(record))))
            if len(batch) >= BATCH:
                SearchDocument.objects.bulk_create(batch)
                counts[kind] += len(batch)
                batch = []
        SearchDocument.objects.bulk_create(batch)
        counts[kind] += len(batch)
    return counts


# --- Searching ---------------------------------------------------------------------------


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


def _document_ids(kind: str, query_terms: list[str], *, through_trigrams: bool = False) -> QuerySet:
    if through_trigrams:
        # ``kind || ''``: a condition no btree index answers, so that the trigram index is the
        # planner's only way in. Given ``kind = …`` it read every document of the kind through
        # the (kind, object_id) index and matched each: 91 ms on 2,000 documents, against 1 ms.
        documents = SearchDocument.objects.alias(kind_unindexed=Concat("kind", Value(""))).filter(
            kind_unindexed=kind
        )
    else:
        documents = SearchDocument.objects.filter(kind=kind)
    for term in query_terms:
        documents = documents.filter(text__contains=term)
    return documents.values("object_id")


def _request_hit(request: Request, query_terms: list[str]) -> Hit:
    texts = [request.description, request.desired_outcome, request.beneficiaries]
    for assignment in request.assignments.all():
        texts.append(_join(assignment.deliverer.name, assignment.response, str(assignment.mechanism or "")))
    snippet_source = next((text for text in texts if text and matches(text, query_terms[:1])), texts[0])
    return Hit(
        title=highlight(f"{request.reference or ''} {request.title}".strip(), query_terms),
        url=request.get_absolute_url()
        if request.reference
        else reverse("requests:draft_edit", kwargs={"pk": request.pk}),
        snippet=highlight(snippet_source, query_terms, context=SNIPPET),
        meta=f"{request.province.name} · {request.get_status_display()}",
    )


def _workshop_hit(workshop: Workshop, query_terms: list[str]) -> Hit:
    return Hit(
        title=highlight(workshop.localized_title, query_terms),
        url=workshop.get_absolute_url(),
        snippet=highlight(workshop.summary or workshop.theme, query_terms, context=SNIPPET),
        meta=f"{workshop.host_province.name} · {workshop.venue}",
    )


def _article_hit(article: Article, query_terms: list[str]) -> Hit:
    text = article.lead or strip_tags(article.body)
    if not matches(text, query_terms[:1]):
        text = strip_tags(article.body)
    return Hit(
        title=highlight(article.localized_title, query_terms),
        url=article.get_absolute_url(),
        snippet=highlight(text, query_terms, context=SNIPPET),
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


def _find(kind: str, user, query_terms: list[str], n: int) -> _Found:
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
    documents = _document_ids(DOCUMENT_KINDS[kind], query_terms)
    queryset, to_hit = _indexed(kind, user, documents)
    newest = queryset.model.objects.visible_to(user).order_by(*queryset.query.order_by).values("pk")[: n * 8]
    first_ids = list(queryset.filter(pk__in=newest).values_list("pk", flat=True)[:n])
    if len(first_ids) == n:
        found = _count_up_to(queryset, MAX_COUNT + 1)
        first = list(_indexed(kind, user, first_ids)[0])
        return _Found(queryset, to_hit, first, min(found, MAX_COUNT), found > MAX_COUNT)
    ids = _through_trigram_index(
        _document_ids(DOCUMENT_KINDS[kind], query_terms, through_trigrams=True), MAX_COUNT + 1
    )
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


def _reference_hits(kind: str, query_terms: list[str]) -> list[Hit]:
    """Provinces, agencies and mechanisms: small public reference tables, matched in memory."""
    hits = []
    if kind == "provinces":
        for province in Province.objects.all():
            if matches(_join(province.name_th, province.name_en, province.iso_code), query_terms):
                hits.append(
                    Hit(
                        title=highlight(province.name, query_terms),
                        url=province.get_absolute_url(),
                        meta=province.get_region_display(),
                    )
                )
    elif kind == "agencies":
        for agency in Agency.objects.all():
            if matches(_join(agency.code, agency.name_th, agency.name_en), query_terms):
                hits.append(
                    Hit(
                        title=highlight(agency.name, query_terms),
                        url=agency.get_absolute_url(),
                        meta=agency.code,
                    )
                )
    else:
        for mechanism in Mechanism.objects.active().select_related("agency"):
            text = _join(
                mechanism.name_th, mechanism.name_en, mechanism.description_th, mechanism.description_en
            )
            if matches(text, query_terms):
                hits.append(
                    Hit(
                        title=highlight(mechanism.name, query_terms),
                        url=mechanism.agency.get_absolute_url(),
                        snippet=highlight(mechanism.description, query_terms, context=SNIPPET),
                        meta=mechanism.agency.name,
                    )
                )
    return hits


def search(
    *, user, query: str, kind: str | None = None, page: int | str = 1, per_kind: int = 5, per_page: int = 20
) -> list[KindResults]:
    """Records ``user`` may see that contain every term of ``query``, grouped by kind.

    With ``kind``, that kind alone, paginated ``per_page``; without, the first ``per_kind`` hits
    of each kind and its count. Nothing is found for a query without a term of two characters.
    """
    query_terms = terms(query)
    groups = []
    for key, label in KINDS:
        if kind and key != kind:
            continue
        group = KindResults(kind=key, label=str(label))
        groups.append(group)
        if not query_terms:
            continue
        if key in ("requests", "workshops", "news"):
            found = _find(key, user, query_terms, per_page if kind else per_kind)
            group.count, group.more = found.count, found.more
            if kind:
                paginator = _CountedPaginator(found.queryset, per_page, count=found.count)
                group.page = paginator.get_page(page)
                records = found.first if group.page.number == 1 else group.page.object_list
            else:
                records = found.first
            group.hits = [found.to_hit(record, query_terms) for record in records]
        else:
            hits = _reference_hits(key, query_terms)
            group.count = len(hits)
            if kind:
                group.page = Paginator(hits, per_page).get_page(page)
                group.hits = list(group.page.object_list)
            else:
                group.hits = hits[:per_kind]
    return groups


def index_fill_missing() -> dict[str, int]:
    """Rebuild the kinds whose document count differs from their record count (after migrate)."""
    stale = [
        kind
        for kind, (queryset, _text_of) in _SOURCES.items()
        if queryset().count() != SearchDocument.objects.filter(kind=kind).count()
    ]
    return index_rebuild(kinds=stale) if stale else {}
