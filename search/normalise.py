"""One normalisation of Thai and English text, shared by site search, the similar-request check,
matching and the API filters, so that each of them treats the same spellings alike.

Three levels, each built on the one before:

* :func:`normalise` — the canonical form of what was written; no letter is changed: Unicode NFKC,
  no zero-width characters or soft hyphens, Thai digits as Arabic digits, ำ composed (typed as
  nikhahit + sara aa, with or without a tone mark between them, or with the tone mark after it),
  PyThaiNLP's repairs of mistyped order ("ก่ี" → "กี่", "เเ" → "แ"), lower case, one space for any run of white space, and the "ฯ" and "ๆ" forms unified
  ("กรุงเทพ ฯ" → "กรุงเทพฯ", "ต่าง ๆ" → "ต่างๆ").
* :func:`key` — the form two texts are compared in: also ใ folded into ไ ("ลำใย" is a common
  misspelling of "ลำไย") and without the dot of a Thai abbreviation ("สวทช." = "สวทช"); with ``loose=True`` also without tone marks ("ลำไย" typed "ลําไย" or
  "ลำไย" typed without ไม้เอก: "เครื่องชัง" finds "เครื่องชั่ง"), without ฯ and without the thanthakhat.
  :func:`key_positions` gives, for every character of a key, the position of the character of
  the original text it came from, so a match in the key can be highlighted in the original.
* :func:`tokens` — the words of a text: PyThaiNLP's ``newmm`` segmenter with its bundled word list
  plus the portal's domain words (so compounds such as "สอบเทียบ" and "เครื่องชั่ง" stay
  whole), run on the ใ/ไ-folded text with a folded dictionary, so that both spellings segment
  alike; each word is returned in its dictionary spelling ("ลำใย" → "ลำไย").

Everything runs offline: the word list is a file inside the PyThaiNLP package.
"""

import re
import unicodedata
from functools import lru_cache

from pythainlp.util import normalize as thai_normalize

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
TONE_MARKS = "\u0e48\u0e49\u0e4a\u0e4b"
NIKHAHIT, SARA_AA, SARA_AM = "\u0e4d", "\u0e32", "\u0e33"
THANTHAKHAT = "\u0e4c"
PAIYANNOI, MAIYAMOK = "\u0e2f", "\u0e46"
_THAI_CHAR = re.compile("[\u0e01-\u0e4e]")
_THAI_LETTER = "\u0e01-\u0e4e"
# Sara am typed as nikhahit + sara aa (often with the tone mark in between): "นํ้า" → "น้ำ".
_SARA_AM_SPLIT = re.compile(f"{NIKHAHIT}([{TONE_MARKS}]?){SARA_AA}")
# A tone mark typed after sara am: "นำ้" → "น้ำ".
_TONE_AFTER_SARA_AM = re.compile(f"{SARA_AM}([{TONE_MARKS}])")
# "กรุงเทพ ฯ", "ต่าง ๆ": the space some writers put before ฯ and ๆ.
_SPACE_BEFORE_MARK = re.compile(f"(?<=[{_THAI_LETTER}])\\s+(?=[{PAIYANNOI}{MAIYAMOK}])")
# A doubled tone mark or vowel sign ("ก่่"): typing slips that render as one.
_SIGNS = TONE_MARKS + "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47" + THANTHAKHAT
_DOUBLED_SIGN = re.compile(f"([{_SIGNS}])\\1+")
_WHITESPACE = re.compile(r"\s+")
# The dot of a Thai abbreviation ("สวทช.", "ก.พ."): left out of the keys.
_THAI_DOT = re.compile(f"(?<=[{_THAI_LETTER}])\\.")
# A hyphen between two Latin letters ("satellite-image", "start-up") is a space in the keys.
_LATIN = re.compile("[a-z]")
_HYPHEN = re.compile("(?<=[a-z])-(?=[a-z])")
_FOLD = str.maketrans({"ใ": "ไ"})


def normalise(text: str | None) -> str:
    """``text`` in its canonical written form (see the module's notes); no letter is changed."""
    # NFKC decomposes sara am into nikhahit + sara aa, so it runs before the sara am repair.
    text = unicodedata.normalize("NFKC", text or "")
    text = text.translate(_ZERO_WIDTH).translate(_THAI_DIGITS)
    text = _SARA_AM_SPLIT.sub(f"\\1{SARA_AM}", text)
    text = _TONE_AFTER_SARA_AM.sub(f"\\1{SARA_AM}", text)
    text = _DOUBLED_SIGN.sub("\\1", text)
    if _THAI_CHAR.search(text):
        # PyThaiNLP's repairs: a tone mark typed before the vowel sign ("ก่ี" → "กี่"), "เเ" → "แ".
        text = thai_normalize(text)
    text = _SPACE_BEFORE_MARK.sub("", text)
    return _WHITESPACE.sub(" ", text.lower()).strip()


# Left out of the loose key: tone marks, the thanthakhat (forgotten as often) and ฯ.
_LOOSE_DROPPED = frozenset(TONE_MARKS + THANTHAKHAT + PAIYANNOI)


def key_positions(text: str | None, *, loose: bool = False) -> tuple[str, list[int]]:
    """:func:`key` of ``text`` and, for each of its characters, its position in ``text``."""
    text = text or ""
    chars: list[str] = []
    positions: list[int] = []
    for index, char in enumerate(text):
        if ord(char) in _ZERO_WIDTH:
            continue
        expanded = unicodedata.normalize("NFKC", char).lower().translate(_THAI_DIGITS).translate(_FOLD)
        for piece in expanded:
            if piece.isspace():
                if not chars or chars[-1] == " ":
                    continue
                piece = " "
            chars.append(piece)
            positions.append(index)
    # Join sara am typed as two characters (the composed one is kept as it is).
    joined_chars: list[str] = []
    joined_positions: list[int] = []
    i = 0
    while i < len(chars):
        char = chars[i]
        if char == NIKHAHIT:
            tone = chars[i + 1] if i + 1 < len(chars) and chars[i + 1] in TONE_MARKS else ""
            after = i + 1 + len(tone)
            if after < len(chars) and chars[after] == SARA_AA:
                if tone:
                    joined_chars.append(tone)
                    joined_positions.append(positions[i + 1])
                joined_chars.append(SARA_AM)
                joined_positions.append(positions[i])
                i = after + 1
                continue
        if char in TONE_MARKS and joined_chars and joined_chars[-1] == SARA_AM:
            # A tone mark typed after sara am goes before it.
            joined_chars.insert(len(joined_chars) - 1, char)
            joined_positions.insert(len(joined_positions) - 1, positions[i])
            i += 1
            continue
        if joined_chars and char == joined_chars[-1] and char in _SIGNS:
            i += 1
            continue
        if (
            char == " "
            and i + 1 < len(chars)
            and chars[i + 1] in (PAIYANNOI, MAIYAMOK)
            and joined_chars
            and _THAI_CHAR.match(joined_chars[-1])
        ):
            i += 1
            continue
        joined_chars.append(char)
        joined_positions.append(positions[i])
        i += 1
    for n in range(1, len(joined_chars) - 1):
        if joined_chars[n] == "-" and _LATIN.match(joined_chars[n - 1]) and _LATIN.match(joined_chars[n + 1]):
            joined_chars[n] = " "
    kept = [
        (char, position)
        for n, (char, position) in enumerate(zip(joined_chars, joined_positions, strict=True))
        if not (loose and char in _LOOSE_DROPPED)
        and not (char == "." and n and _THAI_CHAR.match(joined_chars[n - 1]))
    ]
    joined_chars = [char for char, _ in kept]
    joined_positions = [position for _, position in kept]
    while joined_chars and joined_chars[-1] == " ":
        joined_chars.pop()
        joined_positions.pop()
    return "".join(joined_chars), joined_positions


def key(text: str | None, *, loose: bool = False) -> str:
    """The form ``text`` is compared in: :func:`normalise`, then ใ folded into ไ and no dot after a
    Thai letter; ``loose`` also drops tone marks, thanthakhat and ฯ."""
    folded = _HYPHEN.sub(" ", _THAI_DOT.sub("", normalise(text).translate(_FOLD)))
    if not loose:
        return folded
    return re.sub(f"[{TONE_MARKS}{THANTHAKHAT}{PAIYANNOI}]", "", folded)


def loose(text: str | None) -> str:
    """The tone-mark-insensitive key of ``text`` (``key(text, loose=True)``)."""
    return key(text, loose=True)


# --- Words --------------------------------------------------------------------------------------

#: Compounds the bundled word list lacks, so the segmenter keeps them whole (besides matching's
#: domain words). Spelling variants are listed too: each is its own dictionary word, and the
#: search's variants table (staff-editable) says which words mean the same.
EXTRA_WORDS = [
    "เซรามิก",
    "เซรามิค",
    "สตาร์ตอัป",
    "สตาร์ทอัพ",
    "ปฎิบัติ",
    "ลำไย",
    "วิทยาศาสตร์",
    "นวัตกรรม",
]


@lru_cache(maxsize=1)
def _dictionary() -> tuple[frozenset[str], dict[str, str]]:
    """The folded word list, and each folded word's dictionary spelling."""
    from pythainlp.corpus import thai_words

    from matching.keywords import DOMAIN_WORDS

    spelling: dict[str, str] = {}
    for word in [*thai_words(), *DOMAIN_WORDS, *EXTRA_WORDS]:
        word = normalise(word)
        folded = word.translate(_FOLD)
        # When both ใ and ไ spellings are words ("ใย" fibre, "ไย" why), the ใ word (one of the
        # twenty) is the everyday one.
        if folded not in spelling or "ใ" in word:
            spelling[folded] = word
    return frozenset(spelling), spelling


@lru_cache(maxsize=1)
def _tokenizer():
    from pythainlp.tokenize import Tokenizer

    words, _ = _dictionary()
    return Tokenizer(custom_dict=words, engine="newmm", keep_whitespace=False)


def tokens(text: str | None) -> list[str]:
    """The words of ``text`` (normalised, white space and punctuation-only pieces left out), each
    in its dictionary spelling: "ลำใยอบแห้ง" and "ลำไยอบแห้ง" give the same words."""
    folded = key(text)
    if not folded:
        return []
    _, spelling = _dictionary()
    words = []
    for token in _tokenizer().word_tokenize(folded):
        token = token.strip()
        if not token or not any(char.isalnum() for char in token):
            continue
        words.append(spelling.get(token, token))
    return words


def has_thai(text: str | None) -> bool:
    return bool(_THAI_CHAR.search(text or ""))
