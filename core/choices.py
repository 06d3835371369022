"""Select boxes of reference data (provinces, clusters, agencies…) built once per language and content.

The filter forms above the public lists offer 77 provinces, 18 clusters, 16 agencies, the
regional centres and the categories. Django re-reads them and builds a model instance and a
label for each on every request; they change a few times a year. Here each select box's options
are built once per language and content version and kept in the process: any save of programme
content (core.cache) gives a new version, on every server, so a renamed province shows at once.
Only a submitted value is still looked up in the database, as Django validates it.
"""

from django import forms
from django.utils.translation import get_language
from django_filters import ModelChoiceFilter
from django_filters.fields import ModelChoiceField

from core.cache import content_version

# (version, language, field) → options, and (that, name, value, attributes) → the select's HTML;
# each emptied when it grows past this (entries of old versions).
_OPTIONS: dict[tuple, list[tuple[str, str]]] = {}
_HTML: dict[tuple, str] = {}
_MAX_ENTRIES = 500


def _keep(store: dict, key: tuple, value):
    if len(store) >= _MAX_ENTRIES:
        store.clear()
    store[key] = value
    return value


class CachedSelect(forms.Select):
    """A select box whose HTML, for given options, name, value and attributes, is written once."""

    options_key: tuple | None = None

    def render(self, name, value, attrs=None, renderer=None):
        if self.options_key is None:
            return super().render(name, value, attrs, renderer)
        final = self.build_attrs(self.attrs, attrs)
        key = (self.options_key, name, str(value), tuple((k, str(v)) for k, v in final.items()))
        html = _HTML.get(key)
        if html is None:
            html = _keep(_HTML, key, super().render(name, value, attrs, renderer))
        return html


class CachedChoicesField(ModelChoiceField):
    """A model choice field whose options (and select box) come from the per-process stores above."""

    widget = CachedSelect

    def _get_choices(self):
        if hasattr(self, "_choices"):
            return self._choices
        if not hasattr(self, "to_field_name"):  # still in __init__: each form's copy gets the store's
            return self.iterator(self)
        queryset = self.queryset
        key = (
            content_version(),
            get_language(),
            queryset.model._meta.label,
            self.to_field_name,
            tuple(str(order) for order in queryset.query.order_by),
            str(queryset.query.where),
            str(self.empty_label),
            str(self.null_label),
        )
        options = _OPTIONS.get(key)
        if options is None:
            options = _keep(_OPTIONS, key, [(str(value), str(label)) for value, label in self.iterator(self)])
        if isinstance(self.widget, CachedSelect):
            self.widget.options_key = key
        return options

    choices = property(_get_choices, ModelChoiceField.choices.fset)


class CachedModelChoiceFilter(ModelChoiceFilter):
    """``ModelChoiceFilter`` with its options built once per language and content version."""

    field_class = CachedChoicesField
