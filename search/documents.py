"""The search documents: what text of each record is searchable, and keeping it current."""

from collections.abc import Iterable

from django.db import transaction
from django.db.models import Prefetch, QuerySet
from django.utils import translation
from django.utils.html import strip_tags

from news.models import Article
from requests_app.models import Assignment, Request
from search.models import SearchDocument
from search.normalise import key
from workshops.models import Activity, Participation, Workshop

BATCH = 2000


def _join(*parts: str | None) -> str:
    return " \n ".join(part for part in parts if part)


def _agency_names(agency) -> list[str]:
    """An agency as people name it: acronym, Thai abbreviation, names."""
    if agency is None:
        return []
    return [agency.code, agency.abbr_th, agency.name_th, agency.name_en]


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


def _both_languages(label) -> list[str]:
    names = []
    for language in ("th", "en"):
        with translation.override(language):
            names.append(str(label))
    return names


def workshop_text(workshop: Workshop) -> str:
    """A workshop's text, its province, its activities (kind in Thai and English, title, agency)
    and the agencies that took part."""
    activities = []
    for activity in workshop.activities.all():
        activities += [
            *_both_languages(activity.get_kind_display()),
            activity.title,
            activity.description,
            *_agency_names(activity.agency),
        ]
    agencies = [name for part in workshop.participations.all() for name in _agency_names(part.agency)]
    return _join(
        workshop.title,
        workshop.title_en,
        workshop.theme,
        workshop.venue,
        workshop.summary,
        workshop.host_province.name_th,
        workshop.host_province.name_en,
        *activities,
        *agencies,
    )


def article_text(article: Article) -> str:
    return _join(article.title, article.title_en, article.lead, strip_tags(article.body))


def _request_queryset() -> QuerySet[Request]:
    return Request.objects.select_related("province", "category").prefetch_related(
        Prefetch("assignments", queryset=Assignment.objects.select_related("deliverer", "mechanism"))
    )


def _workshop_queryset() -> QuerySet[Workshop]:
    return Workshop.objects.select_related("host_province").prefetch_related(
        Prefetch("activities", queryset=Activity.objects.select_related("agency")),
        Prefetch("participations", queryset=Participation.objects.select_related("agency")),
    )


SOURCES = {
    SearchDocument.Kind.REQUEST: (_request_queryset, request_text),
    SearchDocument.Kind.WORKSHOP: (_workshop_queryset, workshop_text),
    SearchDocument.Kind.ARTICLE: (lambda: Article.objects.all(), article_text),
}


def _document(kind: str, object_id: int, text: str) -> SearchDocument:
    return SearchDocument(kind=kind, object_id=object_id, text=key(text), loose=key(text, loose=True))


@transaction.atomic
def document_update(*, kind: str, object_id: int) -> SearchDocument | None:
    """(Re)index one record; removes its document when the record is gone."""
    queryset, text_of = SOURCES[kind]
    record = queryset().filter(pk=object_id).first()
    if record is None:
        SearchDocument.objects.filter(kind=kind, object_id=object_id).delete()
        return None
    fresh = _document(kind, object_id, text_of(record))
    document = SearchDocument.objects.filter(kind=kind, object_id=object_id).first() or fresh
    document.text, document.loose = fresh.text, fresh.loose
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
        queryset, text_of = SOURCES[kind]
        SearchDocument.objects.filter(kind=kind).delete()
        batch: list[SearchDocument] = []
        counts[kind] = 0
        for record in queryset().order_by("pk").iterator(chunk_size=BATCH):
            batch.append(_document(kind, record.pk, text_of(record)))
            if len(batch) >= BATCH:
                SearchDocument.objects.bulk_create(batch)
                counts[kind] += len(batch)
                batch = []
        SearchDocument.objects.bulk_create(batch)
        counts[kind] += len(batch)
    return counts


def index_fill_missing() -> dict[str, int]:
    """Rebuild the kinds whose document count differs from their record count (after migrate)."""
    stale = [
        kind
        for kind, (queryset, _text_of) in SOURCES.items()
        if queryset().count() != SearchDocument.objects.filter(kind=kind).count()
    ]
    return index_rebuild(kinds=stale) if stale else {}
