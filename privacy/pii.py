"""Finds what looks like personal data in free text: Thai phone numbers, e-mail addresses, national IDs.

Pure functions of the text. Thai digits (๐–๙) count as digits. A 13-digit number is a national
ID only when its check digit is right, so a budget line or a reference does not hold a request.
"""

import re
from dataclasses import dataclass

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

# A number that starts as a Thai phone number does (0… or +66…), digits split by spaces, dots or dashes.
_PHONE = re.compile(r"(?<![\d+])(?:\+66|0)(?:[ .\-]?\d){8,9}(?![\d])")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# 13 digits, written together or as 1-2345-67890-12-3.
_NATIONAL_ID = re.compile(r"(?<![\d])\d(?:[ \-]?\d){12}(?![\d])")


@dataclass(frozen=True)
class Match:
    kind: str  # "phone" | "email" | "national_id"
    text: str


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def is_thai_phone(text: str) -> bool:
    digits = _digits(text)
    if digits.startswith("66"):
        digits = "0" + digits[2:]
    # Mobile numbers: 10 digits, 06/08/09. Fixed lines: 9 digits, 02–07 (Bangkok 02, provinces 03x–07x).
    return (len(digits) == 10 and digits[1] in "689") or (len(digits) == 9 and digits[1] in "234567")


def is_national_id(text: str) -> bool:
    """13 digits whose last is the check digit of the first 12 (weights 13 down to 2, mod 11)."""
    digits = _digits(text)
    if len(digits) != 13 or digits[0] == "0":
        return False
    total = sum(int(digit) * weight for digit, weight in zip(digits[:12], range(13, 1, -1), strict=True))
    return (11 - total % 11) % 10 == int(digits[12])


def find_personal_data(text: str) -> list[Match]:
    """Every phone number, e-mail address and national ID in ``text``, in the order found."""
    if not text:
        return []
    text = text.translate(_THAI_DIGITS)  # one character for one: positions stay the same
    found: list[tuple[int, Match]] = []
    taken: list[range] = []
    for match in _NATIONAL_ID.finditer(text):
        if is_national_id(match.group()):
            found.append((match.start(), Match("national_id", match.group())))
            taken.append(range(match.start(), match.end()))
    for match in _EMAIL.finditer(text):
        found.append((match.start(), Match("email", match.group())))
        taken.append(range(match.start(), match.end()))
    for match in _PHONE.finditer(text):
        if any(match.start() in span for span in taken):
            continue
        if is_thai_phone(match.group()):
            found.append((match.start(), Match("phone", match.group())))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


def mask(text: str) -> str:
    """``081-234-5678`` → ``08•-•••-••78``: enough to recognise, too little to use."""
    kept = 0
    characters = list(text)
    for index in range(len(characters) - 1, -1, -1):
        if characters[index].isalnum():
            kept += 1
            if kept > 2 and index > 1:
                characters[index] = "•"
    return "".join(characters)
