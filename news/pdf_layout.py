"""Thai line breaking and body blocks for the article PDF, so that its text extracts as written.

Thai has no spaces between words, and fpdf2 breaks lines only at spaces. Rather than insert
zero-width spaces (which end up in the PDF's text: copying or searching it then fails), the
lines are measured and broken here, between the words PyThaiNLP's dictionary segmenter finds,
and each line is drawn as it is: nothing is added to the text.

Some word boundaries are not places to break a line: inside a number range ("3728 - 3732"),
between a number and its classifier or unit ("8 จังหวัด", "25 คน"), before closing or after opening
punctuation, and before ๆ or ฯ.
"""

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from news.html import clean_html

_THAI = re.compile("[\u0e00-\u0e7f]")
_NUMBER = re.compile(r"^[0-9๐-๙][0-9๐-๙,.:/]*$")
_DASH = re.compile(r"^[-–—]$")
_CLOSING = re.compile(r"^[)\]}»”’,.;:!?%ๆฯ]+$")
_OPENING = re.compile(r"^[(\[{«“‘]+$")
# The tail of a Thai abbreviation the segmenter split off ("โทร." → "โท" + "ร.").
_ABBREVIATION_TAIL = re.compile(r"^[\u0e01-\u0e2e]{1,2}\.$")
# Thai combining signs: a line never starts with one.
_COMBINING = frozenset(
    "\u0e31\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
)


def _tokens(text: str) -> list[str]:
    """Words and runs of white space, in order; joined they give ``text`` back exactly."""
    if not _THAI.search(text):
        return re.findall(r"\s+|[^\s]+", text)
    from pythainlp.tokenize import word_tokenize

    pieces = []
    for piece in word_tokenize(text, engine="newmm", keep_whitespace=True):
        # The segmenter may keep a space inside a piece ("8 จังหวัด"): split it off.
        pieces += [part for part in re.split(r"(\s+)", piece) if part]
    return pieces


def units(text: str) -> list[str]:
    """``text`` cut where a line may break: each unit is a word (with what must stay with it) or a
    run of white space. ``"".join(units(text)) == text``."""
    tokens = _tokens(text)
    out: list[str] = []
    glue_next = False
    for index, token in enumerate(tokens):
        is_space = token.isspace()
        previous = out[-1] if out else ""
        before = tokens[index - 1] if index else ""
        before_word = tokens[index - 2] if index >= 2 and before.isspace() else before
        glue = bool(out) and (
            glue_next
            or (
                not is_space
                and not previous.isspace()
                and (_CLOSING.match(token) or token[0] in _COMBINING or _ABBREVIATION_TAIL.match(token))
            )
            # A number and its classifier or unit, a number range: "8 จังหวัด", "3728 - 3732".
            or (
                not is_space
                and _NUMBER.match(before_word.strip())
                and (_THAI.match(token) or _DASH.match(token))
            )
            or (not is_space and _DASH.match(before_word.strip()) and _NUMBER.match(token))
            or (
                is_space
                and len(token) == 1
                and index + 1 < len(tokens)
                and _glued_across_space(before, tokens[index + 1])
            )
        )
        if glue:
            out[-1] += token
        else:
            out.append(token)
        glue_next = bool(_OPENING.match(token))
    return out


def _glued_across_space(before: str, after: str) -> bool:
    """Whether one space between ``before`` and ``after`` is no place to break a line."""
    return bool(
        (_NUMBER.match(before) and (_THAI.match(after) or _DASH.match(after)))
        or (_DASH.match(before) and _NUMBER.match(after))
        or (_NUMBER.match(before) and _DASH.match(after))
    )


def break_lines(text: str, width: float, measure) -> list[str]:
    """``text`` in lines no wider than ``width`` (as ``measure`` says), broken between units.

    The white space at a break is dropped; a unit wider than a line is cut between characters
    (never before a Thai combining sign).
    """
    lines: list[str] = []
    line = ""
    for unit in units(text):
        if unit.isspace():
            if line:
                line += unit
            continue
        if measure(line + unit) <= width or not line.strip():
            if not line.strip() and measure(unit) > width:
                lines += _cut(unit, width, measure)[:-1]
                line = _cut(unit, width, measure)[-1]
                continue
            line += unit
            continue
        lines.append(line.rstrip())
        line = unit
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _cut(unit: str, width: float, measure) -> list[str]:
    pieces = [""]
    for char in unit:
        if pieces[-1] and char not in _COMBINING and measure(pieces[-1] + char) > width:
            pieces.append("")
        pieces[-1] += char
    return pieces


# --- The body's blocks ------------------------------------------------------------------------


@dataclass
class Block:
    """A paragraph, heading or list item of the body: its text and, for a list item, its marker."""

    kind: str  # "p", "h" or "li"
    text: str
    marker: str = ""
    depth: int = 0


class _BodyParser(HTMLParser):
    _BLOCKS = {"p", "h2", "h3", "h4", "li", "blockquote", "tr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.lists: list[list] = []  # [tag, next number]
        self.current: Block | None = None

    def _flush(self):
        if self.current is not None:
            text = re.sub(r"[ \t\r\f\v]+", " ", self.current.text)
            text = "\n".join(line.strip() for line in text.split("\n")).strip()
            if text:
                self.current.text = text
                self.blocks.append(self.current)
        self.current = None

    def handle_starttag(self, tag, attrs):
        if tag in ("ol", "ul"):
            self._flush()
            self.lists.append([tag, 1])
        elif tag == "li":
            self._flush()
            marker = "•"
            if self.lists and self.lists[-1][0] == "ol":
                marker = f"{self.lists[-1][1]}."
                self.lists[-1][1] += 1
            self.current = Block("li", "", marker, max(len(self.lists) - 1, 0))
        elif tag in self._BLOCKS:
            self._flush()
            self.current = Block("h" if tag.startswith("h") else "p", "")
        elif tag == "br" and self.current is not None:
            self.current.text += "\n"
        elif tag in ("td", "th") and self.current is not None and self.current.text:
            self.current.text += "  "

    def handle_endtag(self, tag):
        if tag in ("ol", "ul"):
            self._flush()
            if self.lists:
                self.lists.pop()
        elif tag in self._BLOCKS:
            self._flush()

    def handle_data(self, data):
        if self.current is None:
            if not data.strip():
                return
            self.current = Block("p", "")
        self.current.text += data


def body_blocks(html: str | None) -> list[Block]:
    """The body's paragraphs, headings and list items in order (numbered lists keep numbers)."""
    parser = _BodyParser()
    parser.feed(clean_html(html))
    parser.close()
    parser._flush()
    return parser.blocks
