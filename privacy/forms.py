from django import forms
from django.utils.translation import gettext_lazy as _

from privacy.models import RightsKind


class RightsRequestForm(forms.Form):
    """A person asks for a copy, a correction, an erasure or an objection."""

    kind = forms.ChoiceField(
        label=_("What do you ask for?"), choices=RightsKind.choices, widget=forms.RadioSelect
    )
    details = forms.CharField(
        label=_("Details"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("For a correction: what is wrong and what is right. For an erasure: what and why."),
    )


class HoldReleaseForm(forms.Form):
    note = forms.CharField(
        label=_("Note for the record"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
