"""Read an admin page's form the way a browser would send it back, unchanged.

``form_data(html)`` collects the fields of the page's main form: the values of inputs, checked
boxes and radios, selected options and textareas, without the inline formsets' empty templates
(``__prefix__``) and without file inputs (a browser sends an empty file part for those, which the
test client models by leaving them out).
"""

from html.parser import HTMLParser


class _FormReader(HTMLParser):
    def __init__(self, form_id: str | None):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.in_form = False
        self.depth = 0
        self.data: list[tuple[str, str]] = []
        self._select: str | None = None
        self._select_chosen = False
        self._first_option: str | None = None
        self._option: tuple[str, bool] | None = None
        self._option_text: list[str] = []
        self._textarea: str | None = None
        self._textarea_text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and not self.in_form:
            if self.form_id is None or attrs.get("id") == self.form_id:
                self.in_form = True
            return
        if not self.in_form:
            return
        name = attrs.get("name")
        if tag == "input" and name and "disabled" not in attrs:
            kind = (attrs.get("type") or "text").lower()
            if kind in ("submit", "button", "reset", "image", "file"):
                return
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.data.append((name, attrs.get("value") or "on"))
                return
            self.data.append((name, attrs.get("value") or ""))
        elif tag == "select" and name and "disabled" not in attrs:
            self._select, self._select_chosen, self._first_option = name, False, None
            self._multiple = "multiple" in attrs
        elif tag == "option" and self._select:
            self._option = (attrs.get("value"), "selected" in attrs)
            self._option_text = []
        elif tag == "textarea" and name and "disabled" not in attrs:
            self._textarea, self._textarea_text = name, []

    def handle_data(self, data):
        if self._option is not None:
            self._option_text.append(data)
        if self._textarea is not None:
            self._textarea_text.append(data)

    def handle_endtag(self, tag):
        if tag == "form" and self.in_form:
            self.in_form = False
        elif tag == "option" and self._option is not None:
            self._end_option()
        elif tag == "select" and self._select:
            if self._option is not None:
                self._end_option()
            if not self._select_chosen and not self._multiple and self._first_option is not None:
                self.data.append((self._select, self._first_option))
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            text = "".join(self._textarea_text)
            # HTML drops one newline right after <textarea>.
            self.data.append((self._textarea, text[1:] if text.startswith("\n") else text))
            self._textarea = None

    def _end_option(self):
        value, selected = self._option
        if value is None:
            value = "".join(self._option_text).strip()
        if self._first_option is None:
            self._first_option = value
        if selected:
            self.data.append((self._select, value))
            self._select_chosen = True
        self._option = None


def form_data(html: str, form_id: str | None = None) -> dict[str, str | list[str]]:
    """The fields a browser would post back from the page's form (the first, or ``form_id``)."""
    reader = _FormReader(form_id)
    reader.feed(html)
    data: dict[str, str | list[str]] = {}
    for name, value in reader.data:
        if "__prefix__" in name:
            continue
        if name in data:
            existing = data[name]
            data[name] = [*existing, value] if isinstance(existing, list) else [existing, value]
        else:
            data[name] = value
    return data
