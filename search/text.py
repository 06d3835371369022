"""Text folding and highlighting for Thai and English search.

Thai is written without spaces between words, so the search matches substrings, never whole
words: "ลำไย" is found inside "สนับสนุนโครงการลำไยด้านประสิทธิภาพ". Both the stored text and
the query are folded the same way, so that spellings people use interchangeably match:

* case (English);
* ใ (sara ai maimuan) and ไ (sara ai maimalai): "ลำใย" is a common misspelling of "ลำไย";
* ำ written as nikhahit + sara aa (ํา);
* Thai digits (๒๕๕๖ = 2556).
"""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from core.dates import to_arabic_digits

_CHAR_FOLD = str.maketrans({"ใ": "ไ"})
_SPACES = re.compile(r"\s+")
MIN_TERM_LENGTH = 2


def _fold_char(char: str) -> str:
    lowered = char.lower()
    # Keep one character per character, so positions in folded text match the original.
    return (lowered if len(lowered) == 1 else char).translate(_CHAR_FOLD)


def fold(text: str) -> str:
    """The form text is stored and compared in; keeps length (one character per character)."""
    return to_arabic_digits("".join(_fold_char(char) for char in text or ""))


def fold_document(text: str) -> str:
    """Folded text for the search index: also joins ํา into ำ and collapses white space."""
    return _SPACES.sub(" ", fold(text).replace("\u0e4d\u0e32", "\u0e33")).strip()


def terms(query: str) -> list[str]:
    """The folded terms of a query; every term must be found. Terms shorter than two are dropped."""
    words = fold_document(query).split(" ")
    unique = list(dict.fromkeys(word for word in words if len(word) >= MIN_TERM_LENGTH))
    return unique[:6]


def highlight(text: str, query_terms: list[str], *, context: int | None = None) -> SafeString:
    """``text`` escaped, with each occurrence of a term wrapped in ``<mark>``.

    With ``context``, only a window of that many characters around the first match is kept
    (with ellipses); when nothing matches, the start of the text.
    """
    text = text or ""
    folded = fold(text)
    spans: list[tuple[int, int]] = []
    for term in query_terms:
        start = folded.find(term)
        while start != -1:
            spans.append((start, start + len(term)))
            start = folded.find(term, start + len(term))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    window = (0, len(text))
    if context is not None:
        first = merged[0][0] if merged else 0
        begin = max(0, first - context // 3)
        window = (begin, min(len(text), begin + context))
    parts: list[str] = ["…" if window[0] > 0 else ""]
    position = window[0]
    for start, end in merged:
        if end <= window[0] or start >= window[1]:
            continue
        start, end = max(start, window[0]), min(end, window[1])
        parts.append(escape(text[position:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    parts.append(escape(text[position : window[1]]))
    parts.append("…" if window[1] < len(text) else "")
    # Every piece of text is escaped above.
    return mark_safe("".join(parts))  # noqa: S308  # nosec B308, B703


def matches(text: str, query_terms: list[str]) -> bool:
    """Whether every term occurs in ``text`` (the in-memory twin of the database match)."""
    folded = fold_document(text)
    return all(term in folded for term in query_terms)
