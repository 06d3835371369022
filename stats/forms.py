"""The filters of /stats/."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.dates import fiscal_year_label
from provinces.models import Region


class FiguresFilterForm(forms.Form):
    """Fiscal year and region; both optional, both checked against the known values."""

    fy = forms.TypedChoiceField(label=_("Fiscal year"), required=False, coerce=int, empty_value=None)
    region = forms.ChoiceField(label=_("Region"), required=False)

    def __init__(self, *args, fiscal_years: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["fy"].choices = [("", _("All fiscal years"))] + [
            (y, fiscal_year_label(y)) for y in fiscal_years
        ]
        self.fields["region"].choices = [("", _("All regions"))] + list(Region.choices)
