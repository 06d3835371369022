"""The form renderer: Django's own, with select boxes written out in Python.

Django renders a ``<select>`` through a template that includes another template for every
option. The filter forms above the public lists hold 77 provinces, 18 clusters, 16 agencies and
the fiscal years, and rendering their options that way was half the time of a list page. Here the
select box is written by :func:`render_select`, to the same markup as Django's templates
(``django/forms/widgets/select.html``, ``select_option.html`` and ``attrs.html``); every other
widget, and any select whose options use another template, is rendered by Django as before.
"""

from django.forms.renderers import DjangoTemplates
from django.utils.html import conditional_escape, escape, format_html
from django.utils.safestring import SafeString, mark_safe

from core.wording import EMPTY_CHOICE

SELECT_TEMPLATE = "django/forms/widgets/select.html"
OPTION_TEMPLATE = "django/forms/widgets/select_option.html"


def _attrs(attrs: dict) -> str:
    """Attributes as ``django/forms/widgets/attrs.html`` writes them: in order, False left out."""
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        parts.append(f" {name}" if value is True else f' {name}="{escape(value)}"')
    return "".join(parts)


def render_select(widget: dict) -> SafeString:
    """A select widget's context (``context["widget"]``) as HTML."""
    lines = []
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            lines.append(format_html('\n  <optgroup label="{}">', group_name))
        for option in options:
            lines.append(
                f'\n  <option value="{escape(option["value"])}"{_attrs(option["attrs"])}>'
                f"{conditional_escape(option['label'])}</option>"
            )
        if group_name:
            lines.append("\n  </optgroup>")
    name = conditional_escape(widget["name"])
    return mark_safe(f'<select name="{name}"{_attrs(widget["attrs"])}>{"".join(lines)}\n</select>')  # noqa: S308  # nosec B308, B703


#: The blank option's label, in the page's language (not Django's "---------": core.wording).
BLANK_LABEL = EMPTY_CHOICE


def with_blank_option(widget: dict) -> dict:
    """An admin autocomplete box (single choice) led by a blank option with a visible label.

    Django writes it with no blank option when the field is required and an empty one otherwise;
    HTML wants a required select to start with an option of empty value, and no option empty.
    """
    groups = list(widget["optgroups"])
    name, options, index = groups[0] if groups else (None, [], 0)
    options = list(options)
    if options and options[0]["value"] in ("", None):
        options[0] = {**options[0], "value": "", "label": options[0]["label"] or BLANK_LABEL}
    else:
        options.insert(0, {"value": "", "label": BLANK_LABEL, "attrs": {}, "template_name": OPTION_TEMPLATE})
    return {**widget, "optgroups": [(name, options, index), *groups[1:]]}


class PortalFormRenderer(DjangoTemplates):
    """Django's template form renderer, except for select boxes (see the module's docstring)."""

    def render(self, template_name, context, request=None):
        widget = context.get("widget")
        if template_name == SELECT_TEMPLATE and all(
            option["template_name"] == OPTION_TEMPLATE
            for _, options, _ in widget["optgroups"]
            for option in options
        ):
            classes = str(widget["attrs"].get("class", "")).split()
            if "admin-autocomplete" in classes and not widget["attrs"].get("multiple"):
                widget = with_blank_option(widget)
            return render_select(widget)
        return super().render(template_name, context, request)
