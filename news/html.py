"""Rich-text bodies: what HTML an article may contain, and how it becomes plain text.

Every stored body goes through :func:`clean_html` (``Article.save``), and pages run it again when
they render (the ``clean_html`` filter), so a row written around the model — ``update()``, raw
SQL, a restored dump — still cannot put a script, an event handler or a ``javascript:`` link on a
page. nh3 is a Rust sanitiser: a news body takes well under a millisecond.
"""

import functools
import html
import re

import nh3

ALLOWED_TAGS = {
    "p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup", "h2", "h3", "h4",
    "ul", "ol", "li", "blockquote", "a", "hr", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}

_BLOCK_END = re.compile(r"</(p|h2|h3|h4|li|blockquote|tr)>|<br\s*/?>|<hr\s*/?>", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n{3,}")


def clean_html(text: str | None) -> str:
    """The HTML of ``text`` reduced to the tags, attributes and URL schemes an article may use."""
    if not text:
        return ""
    return _clean(str(text))


# A pure function of the text: the few bodies a busy process shows are cleaned once, not per view.
@functools.lru_cache(maxsize=64)
def _clean(text: str) -> str:
    return nh3.clean(
        text,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    )


@functools.lru_cache(maxsize=64)
def html_to_text(text: str | None) -> str:
    """Plain text of a body, one paragraph per line (for the PDF and feed summaries)."""
    marked = _BLOCK_END.sub(lambda match: match.group(0) + "\n", clean_html(text)).replace("<li>", "<li>• ")
    plain = html.unescape(nh3.clean(marked, tags=set()))
    lines = [line.strip() for line in plain.splitlines()]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
