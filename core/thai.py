"""Thai text helpers."""

# Thai leading vowels are written before the consonant they follow in speech; dictionaries
# (and Thai readers) order words by the consonant, so the vowel must not lead the sort key.
_LEADING_VOWELS = "เแโใไ"


def sort_key(text: str) -> str:
    """A key that orders Thai words as a Thai dictionary does (เชียงใหม่ among the ช)."""
    text = text or ""
    if len(text) > 1 and text[0] in _LEADING_VOWELS:
        return text[1] + text[0] + text[2:]
    return text
