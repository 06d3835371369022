"""The admin's preview: how a sample request would rank, seen from one mechanism."""

from __future__ import annotations

from dataclasses import dataclass

from agencies.models import Mechanism
from matching.services import Suggestion, desk_suggestions, ranked_suggestions
from requests_app.models import Request


@dataclass(frozen=True)
class Preview:
    """What the desk would show for a sample text, and where ``mechanism`` stands in the full ranking."""

    text: str
    desk: list[Suggestion]
    mechanism: Mechanism
    rank: int | None  # 1-based place among every mechanism with some evidence; None: no evidence
    count: int
    own: Suggestion | None

    @property
    def on_desk(self) -> bool:
        return any(suggestion.mechanism.pk == self.mechanism.pk for suggestion in self.desk)


def ranking_preview(*, text: str, mechanism: Mechanism, user) -> Preview:
    """Rank ``text`` as the desk would (with the vocabulary as saved), only with requests ``user`` sees."""
    visible = Request.objects.visible_to(user)
    ranked = ranked_suggestions(title=text, description="", category=None, visible=visible)
    place = next((n for n, s in enumerate(ranked, 1) if s.mechanism.pk == mechanism.pk), None)
    desk = desk_suggestions(title=text, description="", category=None, visible=visible)
    return Preview(
        text=text,
        desk=desk,
        mechanism=mechanism,
        rank=place,
        count=len(ranked),
        own=ranked[place - 1] if place else None,
    )
