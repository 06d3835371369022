"""Thai and English text handling for matching: normalisation, word segmentation, stop words.

Everything here runs offline: PyThaiNLP's ``newmm`` tokenizer and its Thai word list and stop
words are files bundled in the package; no corpus is downloaded.
"""

import re
from collections import Counter
from functools import lru_cache

from pythainlp.corpus import thai_stopwords

from search import normalise as _shared

_THAI_CHAR = re.compile("[\u0e01-\u0e4e]")
_LATIN_WORD = re.compile("[a-z][a-z0-9]*")
# Nominalising prefixes: "การเกษตร" and "เกษตร", "ความปลอดภัย" and "ปลอดภัย" are the same idea.
_NOMINAL_PREFIX = re.compile("^(?:การ|ความ)(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
_KEEP_PREFIX = frozenset({"การเมือง", "การบ้าน", "การค้า", "ความรู้", "ความเห็น"})
# The segmenter is the shared one (search.normalise): its dictionary holds the domain words.
_tokenizer = _shared._tokenizer

ENGLISH_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "our",
        "the",
        "their",
        "this",
        "to",
        "was",
        "were",
        "will",
        "with",
        "we",
        "you",
        "your",
        "us",
        "need",
        "needs",
        "request",
        "requests",
        "support",
        "project",
        "province",
        "provincial",
        "please",
        "want",
        "would",
        "like",
        "help",
    ]
)
# Words every request uses ("we ask for support for a project in the province"): they say
# nothing about which mechanism fits.
THAI_DOMAIN_STOPWORDS = frozenset(
    [
        "ขอ",
        "ขอรับ",
        "ต้องการ",
        "สนับสนุน",
        "การสนับสนุน",
        "โครงการ",
        "จังหวัด",
        "อำเภอ",
        "ตำบล",
        "หมู่บ้าน",
        "หมู่",
        "บ้าน",
        "เรื่อง",
        "ดำเนินการ",
        "ช่วยเหลือ",
        "ช่วย",
        "เพื่อให้",
        "ให้ความ",
        "ประสงค์",
        "จึง",
        "เนื่องจาก",
        "ทั้งนี้",
        "อย่างไรก็ตาม",
        "ปัจจุบัน",
        "ยัง",
        "พบว่า",
        "ได้รับ",
        "มากขึ้น",
        "ต่อไป",
        "ด้วย",
        "สำหรับ",
        "เกี่ยวกับ",
        "โดย",
        "จาก",
        "แต่",
        "หรือ",
    ]
)


def normalize(text: str) -> str:
    """Text in one canonical form: the portal's shared normalisation (:func:`search.normalise.normalise`)."""
    return _shared.normalise(text)


@lru_cache(maxsize=1)
def _thai_stopwords() -> frozenset[str]:
    return frozenset(thai_stopwords()) | THAI_DOMAIN_STOPWORDS


def stem_english(word: str) -> str:
    """A light English stemmer: plural and verb endings, enough for "scales" to meet "scale"."""
    if len(word) <= 3:
        return word
    for suffix, replacement, minimum in (
        ("ies", "y", 5),
        ("sses", "ss", 5),
        ("ing", "", 6),
        ("ed", "", 5),
        ("es", "e", 5),
        ("s", "", 4),
    ):
        if word.endswith(suffix) and len(word) >= minimum and not word.endswith("ss"):
            return word[: -len(suffix)] + replacement
    return word


def tokenize(text: str) -> list[str]:
    """The content words of ``text`` in order: Thai words segmented, English words stemmed."""
    stopwords = _thai_stopwords()
    words: list[str] = []
    # The shared segmentation: ใ/ไ spellings alike ("ลำใย" is "ลำไย"), compounds whole.
    for token in _shared.tokens(text):
        if _THAI_CHAR.search(token):
            token = token.strip(" .,;:!?()[]\"'“”‘’-/")
            if token not in _KEEP_PREFIX:
                stripped = _NOMINAL_PREFIX.sub("", token)
                token = stripped if len(stripped) >= 2 else token
            if len(token) >= 2 and token not in stopwords:
                words.append(token)
            continue
        for word in _LATIN_WORD.findall(token):
            if word not in ENGLISH_STOPWORDS:
                word = stem_english(word)
                if len(word) >= 2:
                    words.append(word)
    return words


def features(text: str) -> Counter[str]:
    """Words and adjacent word pairs of ``text`` with their counts: the unit the scorers compare.

    Pairs make a phrase ("ภาพถ่าย ดาวเทียม") count more than its words found far apart.
    """
    words = tokenize(text)
    counts = Counter(words)
    counts.update(f"{first} {second}" for first, second in zip(words, words[1:], strict=False))
    return counts


def display_feature(feature: str) -> str:
    """A feature as a reader would write it: Thai pairs joined without the space."""
    first, _, second = feature.partition(" ")
    if second and _THAI_CHAR.search(first) and _THAI_CHAR.search(second):
        return first + second
    return feature
