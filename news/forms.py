"""The staff form for a news article: rich-text body, Thai date and time of publication."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import ThaiDateTimeField
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
            "reported_workshops",
            "writer",
            "photographers",
            "pr_contact",
            "status",
            "published_at",
            "undated",
        ]
        widgets = {"body": RichTextarea(), "lead": forms.Textarea(attrs={"rows": 3})}
