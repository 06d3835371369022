"""What a person reads on an admin page: its text and the words in its attributes.

``visible_text(html)`` keeps the text of the page (not scripts, styles or the contents of text
areas, which hold the records' own words) and the attributes a person sees or hears: placeholders,
titles, ARIA labels, alternative texts and the labels of buttons.
"""

import re
from html.parser import HTMLParser

SHOWN_ATTRIBUTES = ("placeholder", "title", "aria-label", "alt")
_HIDDEN = {"script", "style", "textarea", "template"}


class _TextReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in _HIDDEN:
            self.hidden += 1
        for name in SHOWN_ATTRIBUTES:
            if attrs.get(name):
                self.parts.append(attrs[name])
        if (
            tag == "input"
            and (attrs.get("type") or "") in ("submit", "button", "reset")
            and attrs.get("value")
        ):
            self.parts.append(attrs["value"])

    def handle_endtag(self, tag):
        if tag in _HIDDEN and self.hidden:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden and data.strip():
            self.parts.append(data.strip())


def visible_text(html: str) -> str:
    reader = _TextReader()
    reader.feed(html)
    return "\n".join(reader.parts)


# Not a year inside an identifier such as a slug (2013-11-01-chiang-mai).
_CE_YEAR = re.compile(r"(?<![\d/.-])(19\d\d|20\d\d)(?![\d/-])")


def common_era_years(text: str) -> list[str]:
    """Four-digit years of the Common Era (1900–2099) in ``text``; B.E. years are 24xx–26xx."""
    return _CE_YEAR.findall(text)


def english_words(text: str, words: list[str]) -> list[str]:
    """The phrases of ``words`` that occur in ``text`` as whole words (case-sensitive)."""
    return [word for word in words if re.search(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", text)]
