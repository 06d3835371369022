"""Queries and highlighting for Thai and English search, on the shared normalisation.

Thai is written without spaces between words, so the search matches substrings, never whole
words: "ลำไย" is found inside "สนับสนุนโครงการลำไยด้านประสิทธิภาพ". The stored text and the query
are both in :func:`search.normalise.key` form (case, ใ/ไ, ำ typed in two characters, Thai digits,
the dot of Thai abbreviations), or in its loose form (no tone marks) for the fallback.

A query is a list of :class:`Term`; each term has alternatives, any of which may be found:

* the words of a staff-kept variant group it belongs to ("สวทช." → "NSTDA", the full name;
  "Chonburi" → "Chon Buri", "ชลบุรี"); a multi-word entry ("chon buri") is taken whole;
* inside a longer Thai term, a Thai variant replaced by the others ("ผลิตภัณฑ์เซรามิค" →
  "ผลิตภัณฑ์เซรามิก");
* English words by their stem ("demonstrations" finds "demonstration" and "demonstrated").
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from search.normalise import has_thai, key, key_positions

MIN_TERM_LENGTH = 2
MAX_TERMS = 6
MAX_ALTERNATIVES = 12
_PUNCTUATION = ".,;:!?()[]{}\"'“”‘’«»/\\|"
_LATIN_WORD = re.compile(r"^[a-z]+$")
# Longest first; a stem keeps at least four letters.
_SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "ies", "ied", "es", "ed", "e", "s")
_MIN_STEM = 4
# Thai vowel signs and tone marks written above or below a letter.
_COMBINING = frozenset(
    "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
)


@dataclass(frozen=True)
class Term:
    """One term of a query: found when any of its ``alternatives`` (keys) is in the text."""

    alternatives: tuple[str, ...]

    def __str__(self) -> str:
        return self.alternatives[0]


def fold(text: str) -> str:
    """The form text is stored and compared in (:func:`search.normalise.key`)."""
    return key(text)


def fold_document(text: str) -> str:
    return key(text)


def fold_loose(text: str) -> str:
    return key(text, loose=True)


def stem(word: str) -> str:
    """A light English stemmer for substring search: the stem is a prefix every word form shares."""
    if not _LATIN_WORD.match(word) or len(word) <= _MIN_STEM:
        return word
    if word.endswith("ss"):
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            return word[: -len(suffix)]
    return word


def _stemmed(alternative: str) -> str:
    head, _, last = alternative.rpartition(" ")
    return f"{head} {stem(last)}" if head else stem(last)


def _words(text: str) -> list[str]:
    return [word.strip(_PUNCTUATION) for word in text.split(" ")]


def terms(query: str, *, loose: bool = False) -> list[str]:
    """The keyed words of a query (two characters or more, at most six), without variants."""
    words = _words(key(query, loose=loose))
    return list(dict.fromkeys(word for word in words if len(word) >= MIN_TERM_LENGTH))[:MAX_TERMS]


def _expand(word: str, groups: Sequence[Sequence[str]]) -> tuple[str, ...]:
    alternatives = {word}
    stemmed = _stemmed(word)
    for group in groups:
        if word in group or (stemmed != word and stemmed in {_stemmed(entry) for entry in group}):
            alternatives.update(group)
            continue
        if not has_thai(word):
            continue
        for entry in group:
            if len(entry) >= 3 and has_thai(entry) and entry in word:
                alternatives.update(word.replace(entry, other) for other in group if has_thai(other))
                break
    alternatives = {_stemmed(alternative) for alternative in alternatives if alternative}
    # A text holding "abc" holds "ab": the longer alternative adds nothing.
    minimal = [a for a in alternatives if not any(b != a and b in a for b in alternatives)]
    minimal.sort(key=lambda alternative: (alternative != _stemmed(word), len(alternative), alternative))
    return tuple(minimal[:MAX_ALTERNATIVES])


def parse(query: str, groups: Sequence[Sequence[str]] = (), *, loose: bool = False) -> list[Term]:
    """The terms of ``query`` with their alternatives; ``groups`` are variant groups in the same key
    (:func:`search.services.variant_groups`)."""
    text = key(query, loose=loose)
    found: list[str] = []
    phrases = sorted({entry for group in groups for entry in group if " " in entry}, key=len, reverse=True)
    for phrase in phrases:
        # An English phrase also in another word form ("satellite images").
        ending = "[a-z]*" if phrase[-1].isascii() else ""
        pattern = re.compile(rf"(?<!\S){re.escape(phrase)}{ending}(?!\S)")
        if pattern.search(text):
            text = pattern.sub(" ", text)
            found.append(phrase)
    found += [word for word in _words(text) if len(word) >= MIN_TERM_LENGTH]
    return [Term(_expand(word, groups)) for word in dict.fromkeys(found)][:MAX_TERMS]


def _as_terms(query_terms: Iterable[Term | str]) -> list[Term]:
    return [term if isinstance(term, Term) else Term((term,)) for term in query_terms]


def highlight(
    text: str, query_terms: Iterable[Term | str], *, context: int | None = None, loose: bool = False
) -> SafeString:
    """``text`` escaped, with each occurrence of a term's alternative wrapped in ``<mark>``.

    With ``context``, only a window of that many characters around the first match is kept
    (with ellipses); when nothing matches, the start of the text.
    """
    text = text or ""
    folded, positions = key_positions(text, loose=loose)
    spans: list[tuple[int, int]] = []
    for term in _as_terms(query_terms):
        for alternative in term.alternatives:
            start = folded.find(alternative)
            while start != -1:
                end = start + len(alternative)
                stop = positions[end - 1] + 1
                # Keep the vowel signs and tone marks of the last letter inside the mark.
                while stop < len(text) and text[stop] in _COMBINING:
                    stop += 1
                spans.append((positions[start], stop))
                start = folded.find(alternative, end)
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


def matches(text: str, query_terms: Iterable[Term | str], *, loose: bool = False) -> bool:
    """Whether every term has an alternative in ``text`` (the in-memory twin of the database match)."""
    folded = key(text, loose=loose)
    return all(any(a in folded for a in term.alternatives) for term in _as_terms(query_terms))
