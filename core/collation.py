"""Lists in the order their readers expect: Thai dictionary order on Thai pages, English
alphabetical order on English ones.

PostgreSQL sorts with ICU's Thai collation (``th-x-icu``) and its root collation for English
(``und-x-icu``). SQLite has no ICU, so the same two names are registered on every SQLite
connection as Python collations built on :func:`thai_key` and :func:`english_key`; one
``Collate(field, THAI)`` in an ``ORDER BY`` then works on both databases. Lists sorted in Python
(small reference lists already in memory) use the same keys through :func:`sort_by_name`.

Thai order is not code-point order: a leading vowel (เ แ โ ใ ไ) is written before the consonant
it follows in speech, and dictionaries order by the consonant (เชียงราย among the ช, ยโสธร
before ยะลา); tone marks only break ties (ร้อยเอ็ด before ราชบุรี).
"""

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from django.db.models import F
from django.db.models.functions import Collate
from django.utils.translation import get_language

THAI = "th-x-icu"
ENGLISH = "und-x-icu"

_LEADING_VOWEL = re.compile(r"([\u0e40-\u0e44])([\u0e01-\u0e2e])")
_MARKS = re.compile(r"[\u0e47-\u0e4e]")  # maitaikhu, the four tone marks, thanthakhat, nikhahit, yamakkan

T = TypeVar("T")


def thai_key(text: str) -> tuple[str, str]:
    """A key that orders Thai words as a Thai dictionary (and ICU's Thai collation) does."""
    text = text or ""
    primary = _LEADING_VOWEL.sub(r"\2\1", _MARKS.sub("", text))
    return primary, _LEADING_VOWEL.sub(r"\2\1", text)


def english_key(text: str) -> tuple[str, str]:
    """Alphabetical, ignoring case first ("Ang Thong" before "Bangkok" before "bangkok")."""
    text = text or ""
    return text.casefold(), text


def _compare(key: Callable[[str], tuple]) -> Callable[[str, str], int]:
    def compare(a: str, b: str) -> int:
        left, right = key(a), key(b)
        return (left > right) - (left < right)

    return compare


def register_sqlite_collations(sender, connection, **kwargs) -> None:
    """Give a new SQLite connection the ICU collations' names (``connection_created`` receiver)."""
    if connection.vendor != "sqlite":
        return
    connection.connection.create_collation(THAI, _compare(thai_key))
    connection.connection.create_collation(ENGLISH, _compare(english_key))


def is_thai() -> bool:
    return (get_language() or "th").startswith("th")


def by_name(prefix: str = "", *, thai: str = "name_th", english: str = "name_en") -> list:
    """``order_by`` arguments: the Thai name in Thai order on Thai pages, the English name in
    English order on English ones. ``prefix`` reaches a related model (``"province__"``)."""
    if is_thai():
        return [Collate(F(f"{prefix}{thai}"), THAI).asc(), f"{prefix}pk"]
    return [Collate(F(f"{prefix}{english}"), ENGLISH).asc(), f"{prefix}pk"]


def sort_by_name(items: Iterable[T], name: Callable[[T], str] = lambda item: item.name) -> list[T]:
    """``items`` sorted by their name (in the active language) as :func:`by_name` orders them."""
    key = thai_key if is_thai() else english_key
    return sorted(items, key=lambda item: key(name(item)))
