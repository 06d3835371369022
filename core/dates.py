"""Buddhist-Era dates and Thai fiscal years.

The Thai fiscal year runs from 1 October to 30 September and is named by the B.E. year it ends
in: 2013-11-01 falls in fiscal year 2557, 2009-09-30 in 2552.
"""

import datetime as dt
import re

BE_OFFSET = 543

THAI_MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
THAI_MONTHS_SHORT = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip
ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_ARABIC_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def to_thai_digits(text: str) -> str:
    """Write the Arabic digits of ``text`` as Thai digits (2556 -> ๒๕๕๖)."""
    return str(text).translate(_THAI_DIGITS)


def to_arabic_digits(text: str) -> str:
    """Write the Thai digits of ``text`` as Arabic digits (๒๕๕๖ -> 2556)."""
    return str(text).translate(_ARABIC_DIGITS)


def fiscal_year(day: dt.date) -> int:
    """The Thai fiscal year (B.E.) that ``day`` falls in."""
    return day.year + BE_OFFSET + (1 if day.month >= 10 else 0)


def fiscal_year_label(year_be: int, language: str | None = None) -> str:
    """A fiscal year as its readers name it: "2557" in Thai (B.E.), "FY 2014" in English (the
    C.E. year it ends in: 1 October 2013 – 30 September 2014). Default: the active language."""
    if language is None:
        from django.utils.translation import get_language

        language = "th" if (get_language() or "th").startswith("th") else "en"
    if language == "th":
        return str(year_be)
    return f"FY {year_be - BE_OFFSET}"


def fiscal_year_bounds(year_be: int) -> tuple[dt.date, dt.date]:
    """First and last day of Thai fiscal year ``year_be``."""
    ce = year_be - BE_OFFSET
    return dt.date(ce - 1, 10, 1), dt.date(ce, 9, 30)


def format_date(day: dt.date, language: str = "th", *, short: bool = False, thai_digits: bool = False) -> str:
    """A date as people write it: "1 พฤศจิกายน 2556" in Thai, "1 November 2013" in English."""
    if isinstance(day, dt.datetime):
        day = day.date()
    if language == "th":
        months = THAI_MONTHS_SHORT if short else THAI_MONTHS
        text = f"{day.day} {months[day.month - 1]} {day.year + BE_OFFSET}"
        return to_thai_digits(text) if thai_digits else text
    month = ENGLISH_MONTHS[day.month - 1]
    return f"{day.day} {month[:3] if short else month} {day.year}"


def format_date_range(
    start: dt.date, end: dt.date | None, language: str = "th", *, short: bool = False
) -> str:
    """A span of days written compactly: "9–11 พฤศจิกายน 2551", "30 ก.ย. – 2 ต.ค. 2556"."""
    if end is None or end == start:
        return format_date(start, language, short=short)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_date(end, language, short=short)}"
    first = format_date(start, language, short=short)
    if start.year == end.year:
        first = first.rsplit(" ", 1)[0]
    return f"{first} – {format_date(end, language, short=short)}"


_NUMERIC = re.compile(r"^\s*(\d{1,4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,4})\s*$")
_WORDS = re.compile(r"^\s*(\d{1,2})\s+(\S+)\s+(\d{4})\s*$")


def _year_to_ce(year: int) -> int:
    # Years past 2400 can only be Buddhist Era: B.E. 2400 is C.E. 1857.
    return year - BE_OFFSET if year > 2400 else year


def two_digit_year_choices(text: str) -> tuple[dt.date, dt.date] | None:
    """The two dates a day-first date with a two-digit year may mean, or None for other text.

    ``1/11/57`` is 1/11/2557 (B.E., C.E. 2014) to most Thai writers but 1/11/2057 to others, and
    a year 57 would be stored as C.E. 57; the form asks which (the first date is the B.E. reading).
    """
    match = _NUMERIC.match(to_arabic_digits(text or "").strip())
    if not match or len(match.group(1)) == 4 or len(match.group(3)) > 2:
        return None
    day, month, year = (int(part) for part in match.groups())
    try:
        return dt.date(2500 + year - BE_OFFSET, month, day), dt.date(2000 + year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> dt.date | None:
    """Read a date typed in Thai or English habits; B.E. years are recognised and converted.

    Accepts ``1/11/2556``, ``01-11-2013``, ``2556-11-01``, ``1 พ.ย. 2556``, ``1 พฤศจิกายน 2556``,
    ``1 November 2013`` and Thai digits. Returns None when the text is not a valid date, and for
    a year of fewer than four digits (``1/11/57`` is not the year 57; see two_digit_year_choices).
    """
    text = to_arabic_digits(text or "").strip()
    if not text:
        return None
    try:
        if match := _NUMERIC.match(text):
            a, b, c = (int(part) for part in match.groups())
            if len(match.group(1)) == 4:  # year first: 2556-11-01
                return dt.date(_year_to_ce(a), b, c)
            if len(match.group(3)) != 4:
                return None
            return dt.date(_year_to_ce(c), b, a)  # day first: 1/11/2556
        if match := _WORDS.match(text):
            day, month_name, year = match.groups()
            month = _month_number(month_name)
            if month:
                return dt.date(_year_to_ce(int(year)), month, int(day))
    except ValueError:
        return None
    return None


def _month_number(name: str) -> int | None:
    lowered = name.lower().rstrip(".")
    for index in range(12):
        candidates = (
            THAI_MONTHS[index],
            THAI_MONTHS_SHORT[index].rstrip("."),
            ENGLISH_MONTHS[index].lower(),
            ENGLISH_MONTHS[index][:3].lower(),
        )
        if lowered in candidates:
            return index + 1
    return None
