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
from matching.ask import Ask, understand
from matching.engine import Index, get_index, request_features
from matching.models import DuplicateMark, RequestGroup, RequestGroupMember
from matching.store import evidence_for
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
#: How many suggestions the matching desk shows.
DESK_LIMIT = 5
MAX_PER_AGENCY = 2
#: What the best mechanism of one numbered ask scores, against 1.0 for the best of the whole request.
PART_SHARE = 0.9
#: A numbered ask's best match counts in full only when it scores this share of the whole's best.
PART_FLOOR = 0.35
#: Suggestions scoring under this share of the best one are not shown (unless a precedent backs them).
MIN_SHOWN_SHARE = 0.4
#: The desk's first places: up to this many distinct agencies (see ``_diversify``).
DISTINCT_AGENCIES = 3
#: An agency scoring this share of the best takes one of the first places by its score alone.
AGENCY_SHARE = 0.4
#: An agency answering words no agency above it answers takes a first place down to this share.
COVER_SHARE = 0.3
#: A word carries a suggestion when it makes this share of the suggestion's word match.
STRONG_WORD_SHARE = 0.1
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
    #: feature → its part of the word match (what the diversity rule compares)
    features: dict[str, float] = field(default_factory=dict, repr=False)

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
                    "agency": match.agency.code,
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


def _content(index: Index, ask: Ask) -> dict[int, tuple[float, dict[str, float]]]:
    """Each mechanism's word match, 1.0 for the best: the whole request, and each numbered ask.

    A mechanism that best answers one numbered ask scores ``PART_SHARE`` even when the whole
    request's words point elsewhere, so every ask can bring its agency to the desk.
    """
    whole = index.score_mechanisms(ask.features)
    best = max((score for score, _parts in whole.values()), default=0.0)
    content = {pk: (score / best, parts) for pk, (score, parts) in whole.items()} if best else {}
    for part in ask.parts:
        scores = index.score_mechanisms(part)
        part_best = max((score for score, _parts in scores.values()), default=0.0)
        # An ask that matches little (a word in passing) does not make its best match a peer of
        # the whole request's best: it is measured against PART_FLOOR of the whole's best score.
        part_best = max(part_best, PART_FLOOR * best)
        if not part_best:
            continue
        for pk, (score, parts) in scores.items():
            share = PART_SHARE * score / part_best
            if share > content.get(pk, (0.0, {}))[0]:
                content[pk] = (share, parts)
    return content


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
    ask = understand(title, description, index.vocabulary)
    query = ask.features
    content = _content(index, ask)
    best = 1.0 if content else 0.0

    history: dict[int, float] = defaultdict(float)
    agency_history: dict[int, float] = defaultdict(float)
    precedents: dict[int, list[PastMatch]] = defaultdict(list)
    agencies = {profile.mechanism.agency_id: profile.mechanism.agency for profile in index.profiles.values()}
    similar = _similar(index, ask.own, visible, exclude=exclude, threshold=MIN_SIMILARITY)
    evidence_of = evidence_for(past.pk for past, _similarity in similar)
    for past, similarity in similar:
        for agency_id, mechanism_id, sign in evidence_of.get(past.pk, ()):
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
                features=parts,
            )
        )
    suggestions.sort(key=lambda s: (-s.score, s.agency.order, s.mechanism.order, s.mechanism.pk))
    return suggestions


def _diversify(suggestions: list[Suggestion], limit: int) -> list[Suggestion]:
    """What the desk shows: distinct agencies first (up to ``DISTINCT_AGENCIES``), then second mechanisms.

    The rule that keeps a needed second or third agency: the first places go to the best
    mechanism of each agency, in score order, and an agency is kept there when it scores at
    least ``AGENCY_SHARE`` of the best, **or** when it answers words of the request that no agency
    already shown answers (it covers another part of the need) and scores at least
    ``COVER_SHARE`` of the best, or when a similar past request backs it. The remaining places go
    to second mechanisms and further agencies scoring at least ``MIN_SHOWN_SHARE`` of the best,
    at most ``MAX_PER_AGENCY`` per agency. A weak suggestion that only repeats words already
    answered is left out: it would be noise on the desk.
    """
    if not suggestions:
        return []
    best = suggestions[0].score
    chosen: list[Suggestion] = []
    covered: set[str] = set()
    seen_agencies: set[int] = set()
    for suggestion in suggestions:
        if len(seen_agencies) == DISTINCT_AGENCIES or len(chosen) == limit:
            break
        if suggestion.agency.pk in seen_agencies:
            continue
        seen_agencies.add(suggestion.agency.pk)  # only an agency's best mechanism competes here
        new_words = _strong(suggestion) - covered
        if (
            suggestion.score >= best * AGENCY_SHARE
            or suggestion.past_matches
            or (new_words and suggestion.score >= best * COVER_SHARE)
        ):
            chosen.append(suggestion)
            covered |= _strong(suggestion)
    per_agency = Counter(suggestion.agency.pk for suggestion in chosen)
    shown = {id(suggestion) for suggestion in chosen}
    for suggestion in suggestions:
        if len(chosen) == limit:
            break
        if id(suggestion) in shown or per_agency[suggestion.agency.pk] >= MAX_PER_AGENCY:
            continue
        if suggestion.score < best * MIN_SHOWN_SHARE and not suggestion.past_matches:
            continue
        per_agency[suggestion.agency.pk] += 1
        chosen.append(suggestion)
    return chosen


def _strong(suggestion: Suggestion) -> set[str]:
    """The single words that carry a suggestion's match (a tenth of it or more)."""
    total = sum(suggestion.features.values()) or 1.0
    return {
        feature
        for feature, part in suggestion.features.items()
        if " " not in feature and part >= total * STRONG_WORD_SHARE
    }


def ranked_suggestions(
    *, title: str, description: str, category: Category | None, visible: QuerySet[Request]
) -> list[Suggestion]:
    """Every mechanism with some evidence for ``title``/``description``, best first (the admin's preview)."""
    return _rank(title=title, description=description, category=category, visible=visible)


def desk_suggestions(
    *,
    title: str,
    description: str,
    category: Category | None,
    visible: QuerySet[Request],
    exclude: set[int] = frozenset(),
    skip: Iterable[tuple[int, int | None]] = (),
    limit: int = DESK_LIMIT,
) -> list[Suggestion]:
    """Exactly what the matching desk shows for a request's text (and what the evaluation counts)."""
    ranked = _rank(
        title=title, description=description, category=category, visible=visible, exclude=exclude, skip=skip
    )
    return _diversify(ranked, limit)


def suggest_mechanisms(
    *,
    request: Request | None = None,
    text: str | None = None,
    category: Category | str | int | None = None,
    user,
    limit: int = DESK_LIMIT,
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
        return desk_suggestions(
            title=request.title,
            description=request.description,
            category=request.category,
            visible=visible,
            exclude={request.pk},
            skip=skip,
            limit=limit,
        )
    return desk_suggestions(
        title=text or "", description="", category=_category(category), visible=visible, limit=limit
    )


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
        words = index.store.terms_of(past.pk, query)
        shared = {feature: index.request_idf(feature) for feature in query if feature in words}
        results.append(SimilarRequest(past, round(similarity, 3), _words(index, query, shared)))
    return results


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
