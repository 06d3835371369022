"""Thai text helpers."""

import re

# Thai leading vowels are written before the consonant they follow in speech; dictionaries
# (and Thai readers) order words by the consonant, so the vowel must not lead the sort key.
_LEADING_VOWELS = "เแโใไ"


def sort_key(text: str) -> str:
    """A key that orders Thai words as a Thai dictionary does (เชียงใหม่ among the ช)."""
    text = text or ""
    if len(text) > 1 and text[0] in _LEADING_VOWELS:
        return text[1] + text[0] + text[2:]
    return text


ZERO_WIDTH_SPACE = "\u200b"
_THAI = re.compile(r"[\u0e00-\u0e7f]")


def with_word_breaks(text: str) -> str:
    """``text`` with a zero-width space between Thai words, where a line may break.

    Thai is written without spaces between words, so a layout engine that breaks lines only at
    spaces either overflows or cuts a word apart (even a consonant from its vowel). PyThaiNLP's
    dictionary segmenter (offline) finds the words.
    """
    if not _THAI.search(text or ""):
        return text
    from pythainlp.tokenize import word_tokenize

    pieces = word_tokenize(text, engine="newmm", keep_whitespace=True)
    out: list[str] = []
    for piece in pieces:
        if out and _THAI.search(piece) and _THAI.search(out[-1]) and not out[-1].isspace():
            out.append(ZERO_WIDTH_SPACE)
        out.append(piece)
    return "".join(out)
