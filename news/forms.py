"""The staff form for a news article: rich-text body, Thai date and time of publication."""

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.forms import ThaiDateField, ThaiDateInput
from news.models import Article


class RichTextarea(forms.Textarea):
    """A textarea the admin turns into a small rich-text editor (static/js/richtext.js).

    Without JavaScript it stays a plain HTML textarea; either way the model sanitises the body.
    """

    template_name = "django/forms/widgets/textarea.html"

    class Media:
        css = {"all": ["css/richtext.css"]}
        js = ["js/richtext.js"]

    def __init__(self, attrs=None):
        super().__init__({"data-richtext": "true", "rows": 18, **(attrs or {})})


class ThaiDateTimeWidget(forms.MultiWidget):
    """Date (B.E. on Thai pages) and time side by side."""

    def __init__(self, attrs=None):
        super().__init__([ThaiDateInput(), forms.TimeInput(attrs={"size": 6, "placeholder": "09:30"})], attrs)

    def decompress(self, value):
        if value:
            local = timezone.localtime(value) if timezone.is_aware(value) else value
            return [local.date(), local.time().replace(second=0, microsecond=0)]
        return [None, None]


class ThaiDateTimeField(forms.MultiValueField):
    """A date typed the Thai way (B.E. accepted) and a time of day; the time defaults to 00:00."""

    widget = ThaiDateTimeWidget

    def __init__(self, **kwargs):
        fields = [ThaiDateField(), forms.TimeField(required=False)]
        super().__init__(fields, require_all_fields=False, **kwargs)

    def compress(self, data_list):
        if not data_list or not data_list[0]:
            return None
        day, time = data_list[0], data_list[1] or dt.time(0, 0)
        return timezone.make_aware(dt.datetime.combine(day, time))


class ArticleAdminForm(forms.ModelForm):
    """A news article as staff enter it."""

    published_at = ThaiDateTimeField(
        label=_("publish time"),
        required=False,
        help_text=_("Leave empty to publish now. A time in the future schedules the article."),
    )

    class Meta:
        model = Article
        fields = [
            "title",
            "title_en",
            "slug",
            "lead",
            "body",
            "workshop",
            "writer",
            "photographers",
            "pr_contact",
            "status",
            "published_at",
        ]
        widgets = {"body": RichTextarea(), "lead": forms.Textarea(attrs={"rows": 3})}
