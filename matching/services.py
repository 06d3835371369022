"""The matching assistant's public API: mechanism suggestions, similar requests, duplicates, groups.

Ranking (see :mod:`matching.engine`): a mechanism's score is its BM25 match with the request's
words, scaled so the best-matching mechanism has 1.0, plus what answered similar past requests
(accepted, in progress or done adds, declined subtracts; weighted by similarity and squashed so
a few strong precedents count without swamping the words), plus a small bonus when its agency
usually answers the request's category. Every past request that takes part is one the user may
see: candidates are fetched through ``Request.objects.visible_to(user)``.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from agencies.models import Agency, Mechanism
from matching.engine import Index, get_index, request_features
from matching.models import DuplicateMark, RequestGroup, RequestGroupMember
from matching.text import display_feature
from requests_app.models import Assignment, Category, Request

HISTORY_WEIGHT = 1.2
CATEGORY_WEIGHT = 0.1
#: Evidence about an agency (an assignment without mechanism) counts this much for its mechanisms.
AGENCY_EVIDENCE_SHARE = 0.5
#: Past requests less similar than this are not "similar".
MIN_SIMILARITY = 0.2
#: How many of the most similar past requests are checked for visibility and evidence.
SIMILAR_CANDIDATES = 40
MAX_PER_AGENCY = 2
#: Suggestions scoring under this share of the best one are not shown (unless a precedent backs them).
MIN_SHOWN_SHARE = 0.4
MAX_MATCHED_WORDS = 6
MAX_PAST_MATCHES = 3
#: Requests not shown as "similar": not yet filed, or taken back.
HIDDEN_STATUSES = (Request.Status.DRAFT, Request.Status.WITHDRAWN)


@dataclass(frozen=True)
class PastMatch:
    """A similar past request and how the suggested agency answered it."""

    request: Request
    agency: Agency
    similarity: float
    accepted: bool


@dataclass
class Suggestion:
    """One (agency, mechanism) suggestion with the evidence for it."""

    agency: Agency
    mechanism: Mechanism
    score: float
    matched_words: list[str] = field(default_factory=list)
    category: Category | None = None
    past_matches: list[PastMatch] = field(default_factory=list)

    @property
    def reasons(self) -> list[str]:
        """The evidence as sentences in the active language."""
        reasons = []
        if self.matched_words:
            reasons.append(_("Matched words: %(words)s") % {"words": ", ".join(self.matched_words)})
        if self.category is not None:
            reasons.append(
                _("The agency usually answers requests in the category “%(category)s”.")
                % {"category": self.category.name}
            )
        for match in self.past_matches:
            template = (
                _("%(agency)s answered the similar request %(reference)s “%(title)s”.")
                if match.accepted
                else _("%(agency)s declined the similar request %(reference)s “%(title)s”.")
            )
            reasons.append(
                template
                % {
                    "agency": match.agency.short_name,
                    "reference": match.request.reference,
                    "title": match.request.title,
                }
            )
        return reasons


@dataclass(frozen=True)
class SimilarRequest:
    """A request that uses the same words as the text at hand."""

    request: Request
    similarity: float
    matched_words: list[str]


@dataclass(frozen=True)
class EvaluationResult:
    """How well the suggestions ranked the expected agencies of a labelled set."""

    count: int
    top1: float
    top3: float
    mrr: float
    ranks: list[int | None]


# --- Ranking ------------------------------------------------------------------------------------


def _category(category: Category | str | int | None) -> Category | None:
    if category is None or isinstance(category, Category):
        return category
    if isinstance(category, int):
        return Category.objects.get(pk=category)
    return Category.objects.get(code=category)


def _words(index: Index, query: Counter[str], parts: dict[str, float]) -> list[str]:
    """The matched features, strongest first, without words already shown inside a matched pair."""
    ranked = sorted(parts, key=lambda feature: -parts[feature])
    in_pairs = {word for feature in ranked if " " in feature for word in feature.split(" ")}
    words = []
    for feature in ranked:
        if " " not in feature and feature in in_pairs:
            continue
        shown = display_feature(feature)
        if shown not in words:
            words.append(shown)
    return words[:MAX_MATCHED_WORDS]


def _similar(
    index: Index, query: Counter[str], visible: QuerySet[Request], *, exclude: set[int], threshold: float
) -> list[tuple[Request, float]]:
    """The most similar past requests that ``visible`` holds, with their similarity, best first."""
    ranked = index.score_requests(query, exclude=exclude, threshold=threshold, limit=SIMILAR_CANDIDATES)
    if not ranked:
        return []
    found = (
        visible.exclude(status__in=HIDDEN_STATUSES)
        .select_related("province", "category")
        .in_bulk([pk for pk, _ in ranked])
    )
    return [(found[pk], sim) for pk, sim in ranked if pk in found]


def _rank(
    *,
    title: str,
    description: str,
    category: Category | None,
    visible: QuerySet[Request],
    exclude: set[int] = frozenset(),
    skip: Iterable[tuple[int, int | None]] = (),
) -> list[Suggestion]:
    """Every mechanism with some evidence for it, best first."""
    index = get_index()
    query = request_features(title, description)
    content = index.score_mechanisms(query)
    best = max((score for score, _parts in content.values()), default=0.0)

    history: dict[int, float] = defaultdict(float)
    agency_history: dict[int, float] = defaultdict(float)
    precedents: dict[int, list[PastMatch]] = defaultdict(list)
    agencies = {profile.mechanism.agency_id: profile.mechanism.agency for profile in index.profiles.values()}
    for past, similarity in _similar(index, query, visible, exclude=exclude, threshold=MIN_SIMILARITY):
        for agency_id, mechanism_id, sign in index.evidence.get(past.pk, ()):
            if mechanism_id is not None:
                history[mechanism_id] += sign * similarity
            agency_history[agency_id] += sign * similarity
            if agency_id in agencies:
                match = PastMatch(past, agencies[agency_id], similarity, sign > 0)
                precedents[mechanism_id if mechanism_id is not None else -agency_id].append(match)

    skip_mechanisms = {mechanism_id for _agency, mechanism_id in skip if mechanism_id is not None}
    skip_agencies = {agency_id for agency_id, mechanism_id in skip if mechanism_id is None}
    suggestions = []
    for pk, profile in index.profiles.items():
        mechanism = profile.mechanism
        if pk in skip_mechanisms or mechanism.agency_id in skip_agencies:
            continue
        score, parts = content.get(pk, (0.0, {}))
        evidence = history.get(pk, 0.0) + AGENCY_EVIDENCE_SHARE * (
            agency_history.get(mechanism.agency_id, 0.0) - history.get(pk, 0.0)
        )
        if not score and not evidence:
            continue
        fits = category is not None and category.code in profile.category_codes
        total = (score / best if best else 0.0) + HISTORY_WEIGHT * math.tanh(evidence)
        total += CATEGORY_WEIGHT if fits else 0.0
        matches = precedents.get(pk, []) + precedents.get(-mechanism.agency_id, [])
        matches.sort(key=lambda match: -match.similarity)
        suggestions.append(
            Suggestion(
                agency=mechanism.agency,
                mechanism=mechanism,
                score=round(total, 3),
                matched_words=_words(index, query, parts),
                category=category if fits else None,
                past_matches=matches[:MAX_PAST_MATCHES],
            )
        )
    suggestions.sort(key=lambda s: (-s.score, s.agency.order, s.mechanism.order, s.mechanism.pk))
    return suggestions


def _diversify(suggestions: list[Suggestion], limit: int) -> list[Suggestion]:
    """The best ``limit`` suggestions with at most ``MAX_PER_AGENCY`` mechanisms of one agency.

    A suggestion far weaker than the best (one common word, no precedent) is left out: it
    would only be noise on the desk.
    """
    per_agency: Counter[int] = Counter()
    chosen = []
    floor = suggestions[0].score * MIN_SHOWN_SHARE if suggestions else 0.0
    for suggestion in suggestions:
        if per_agency[suggestion.agency.pk] >= MAX_PER_AGENCY:
            continue
        if suggestion.score < floor and not suggestion.past_matches:
            continue
        per_agency[suggestion.agency.pk] += 1
        chosen.append(suggestion)
        if len(chosen) == limit:
            break
    return chosen


def suggest_mechanisms(
    *,
    request: Request | None = None,
    text: str | None = None,
    category: Category | str | int | None = None,
    user,
    limit: int = 5,
) -> list[Suggestion]:
    """Ranked (agency, mechanism) suggestions for ``request`` (or for free ``text``), with reasons.

    For a request, mechanisms already assigned to it are left out (an assignment without a
    mechanism leaves its whole agency out), and the request itself is not its own precedent.
    Only past requests ``user`` may see are used, so no reason names a request they may not see.
    """
    visible = Request.objects.visible_to(user)
    if request is not None:
        if not visible.filter(pk=request.pk).exists():
            raise PermissionDenied
        skip = list(request.assignments.exclude(agency=None).values_list("agency_id", "mechanism_id"))
        suggestions = _rank(
            title=request.title,
            description=request.description,
            category=request.category,
            visible=visible,
            exclude={request.pk},
            skip=skip,
        )
    else:
        suggestions = _rank(title=text or "", description="", category=_category(category), visible=visible)
    return _diversify(suggestions, limit)


def similar_requests(
    *, text: str, user, exclude: Request | int | Iterable[int] | None = None, limit: int = 5
) -> list[SimilarRequest]:
    """Filed requests ``user`` may see whose wording is close to ``text``, most similar first."""
    if isinstance(exclude, Request):
        excluded = {exclude.pk}
    elif isinstance(exclude, int):
        excluded = {exclude}
    else:
        excluded = set(exclude or ())
    index = get_index()
    query = request_features(text, "")
    results = []
    for past, similarity in _similar(
        index, query, Request.objects.visible_to(user), exclude=excluded, threshold=MIN_SIMILARITY
    )[:limit]:
        words = index.request_features[past.pk]
        shared = {feature: index.request_idf(feature) for feature in query if feature in words}
        results.append(SimilarRequest(past, round(similarity, 3), _words(index, query, shared)))
    return results


def matching_evaluate(*, rows: Iterable[dict[str, str]]) -> EvaluationResult:
    """Rank the expected agencies of labelled requests, learning only from the database.

    Each row has ``title``, ``description``, ``category`` (a category code) and
    ``expected_agencies`` (agency codes separated by ``;``). A row's rank is the position of the
    first expected agency among the suggested agencies (each agency counted at its best
    mechanism); None when none of them is suggested.
    """
    categories = {category.code: category for category in Category.objects.all()}
    everything = Request.objects.all()
    ranks: list[int | None] = []
    for row in rows:
        expected = {code.strip().upper() for code in row["expected_agencies"].split(";") if code.strip()}
        suggestions = _rank(
            title=row["title"],
            description=row.get("description", ""),
            category=categories.get(row.get("category", "").strip()),
            visible=everything,
        )
        agencies: list[str] = []
        for suggestion in suggestions:
            if suggestion.agency.code not in agencies:
                agencies.append(suggestion.agency.code)
        rank = next((position for position, code in enumerate(agencies, 1) if code in expected), None)
        ranks.append(rank)
    count = len(ranks)
    if not count:
        return EvaluationResult(0, 0.0, 0.0, 0.0, [])
    return EvaluationResult(
        count=count,
        top1=sum(1 for rank in ranks if rank == 1) / count,
        top3=sum(1 for rank in ranks if rank is not None and rank <= 3) / count,
        mrr=sum(1 / rank for rank in ranks if rank) / count,
        ranks=ranks,
    )


# --- Assigning a suggestion ---------------------------------------------------------------------


def suggestion_assign(*, request: Request, mechanism: Mechanism, user) -> Assignment:
    """Assign a suggested mechanism to ``request`` through the requests workflow."""
    from requests_app.services import assignment_create

    if not mechanism.is_active:
        raise ValidationError(_("This mechanism is no longer offered."), code="inactive")
    return assignment_create(request=request, actor=user, agency=mechanism.agency, mechanism=mechanism)


# --- Duplicates and groups ----------------------------------------------------------------------


def _require_staff(user) -> None:
    if not (user.is_authenticated and user.is_ministry_staff):
        raise PermissionDenied(_("Only ministry staff mark duplicates and group requests."))


def _require_visible(user, requests: Iterable[Request]) -> None:
    pks = {request.pk for request in requests}
    if Request.objects.visible_to(user).filter(pk__in=pks).count() != len(pks):
        raise PermissionDenied


@transaction.atomic
def request_mark_duplicate(*, request: Request, duplicate_of: Request, user, note: str = "") -> DuplicateMark:
    """Record that ``request`` repeats ``duplicate_of`` (which must not itself be a duplicate)."""
    _require_staff(user)
    _require_visible(user, [request, duplicate_of])
    if request.pk == duplicate_of.pk:
        raise ValidationError(_("A request cannot duplicate itself."), code="itself")
    if DuplicateMark.objects.filter(request=duplicate_of).exists():
        raise ValidationError(
            _("%(reference)s is itself a duplicate: mark this one as a duplicate of the original.")
            % {"reference": duplicate_of.reference},
            code="chain",
        )
    if DuplicateMark.objects.filter(duplicate_of=request).exists():
        raise ValidationError(
            _("Other requests are marked as duplicates of this one."), code="has_duplicates"
        )
    mark = DuplicateMark.objects.filter(request=request).first() or DuplicateMark(request=request)
    mark.duplicate_of = duplicate_of
    mark.note = note.strip()
    mark.marked_by = user
    mark.full_clean()
    mark.save()
    return mark


@transaction.atomic
def request_unmark_duplicate(*, request: Request, user) -> None:
    """Withdraw the finding that ``request`` is a duplicate."""
    _require_staff(user)
    _require_visible(user, [request])
    DuplicateMark.objects.filter(request=request).delete()


def _cluster_of(requests: list[Request]):
    clusters = {request.province.cluster_on() for request in requests}
    if len(clusters) != 1 or None in clusters:
        raise ValidationError(
            _("Only requests from provinces of the same cluster can be grouped."), code="cluster"
        )
    return clusters.pop()


@transaction.atomic
def request_group_create(*, requests: Iterable[Request], user, title: str = "") -> RequestGroup:
    """Group near-identical requests from several provinces of one cluster."""
    _require_staff(user)
    requests = list({request.pk: request for request in requests}.values())
    if len(requests) < 2:
        raise ValidationError(_("A group needs at least two requests."), code="too_few")
    _require_visible(user, requests)
    cluster = _cluster_of(requests)
    taken = RequestGroupMember.objects.filter(request__in=requests).select_related("request")
    if taken:
        raise ValidationError(
            _("Already in a group: %(references)s.")
            % {"references": ", ".join(member.request.reference or "" for member in taken)},
            code="taken",
        )
    group = RequestGroup(title=(title.strip() or requests[0].title)[:300], cluster=cluster, created_by=user)
    group.full_clean()
    group.save()
    for request in requests:
        member = RequestGroupMember(group=group, request=request, added_by=user)
        member.full_clean()
        member.save()
    return group


@transaction.atomic
def request_group_add(*, group: RequestGroup, request: Request, user) -> RequestGroupMember:
    """Add ``request`` to ``group``; it must come from a province of the group's cluster."""
    _require_staff(user)
    _require_visible(user, [request])
    if request.province.cluster_on() != group.cluster:
        raise ValidationError(
            _("Only requests from provinces of the same cluster can be grouped."), code="cluster"
        )
    if RequestGroupMember.objects.filter(request=request).exists():
        raise ValidationError(
            _("Already in a group: %(references)s.") % {"references": request.reference}, code="taken"
        )
    member = RequestGroupMember(group=group, request=request, added_by=user)
    member.full_clean()
    member.save()
    return member


@transaction.atomic
def request_group_remove(*, group: RequestGroup, request: Request, user) -> None:
    """Take ``request`` out of ``group``; a group left with one request is dissolved."""
    _require_staff(user)
    RequestGroupMember.objects.filter(group=group, request=request).delete()
    if group.members.count() < 2:
        group.delete()


def group_candidates(*, request: Request, user, limit: int = 5) -> list[SimilarRequest]:
    """Requests similar to ``request`` from the other provinces of its cluster, not yet grouped."""
    cluster = request.province.cluster_on()
    if cluster is None:
        return []
    provinces = set(cluster.members_on().exclude(pk=request.province_id).values_list("pk", flat=True))
    grouped = set(RequestGroupMember.objects.values_list("request_id", flat=True))
    found = similar_requests(
        text=f"{request.title}\n{request.description}",
        user=user,
        exclude={request.pk} | grouped,
        limit=limit * 4,
    )
    return [item for item in found if item.request.province_id in provinces][:limit]
