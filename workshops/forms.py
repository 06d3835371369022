"""The staff form for a workshop: Thai dates, and the rules a workshop must keep."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import ThaiDateField
from workshops.models import Workshop


class WorkshopAdminForm(forms.ModelForm):
    """A workshop as staff enter it: B.E. dates accepted, end not before start, no negative counts."""

    start_date = ThaiDateField(label=_("start date"))
    end_date = ThaiDateField(label=_("end date"))
    participant_count = forms.IntegerField(
        label=_("participants"),
        required=False,
        min_value=0,
        error_messages={"min_value": _("The number of participants cannot be negative.")},
    )

    class Meta:
        model = Workshop
        fields = [
            "title",
            "title_en",
            "slug",
            "theme",
            "status",
            "start_date",
            "end_date",
            "venue",
            "host_province",
            "organising_centre",
            "target_cluster",
            "target_provinces",
            "chair",
            "officials",
            "participant_count",
            "summary",
        ]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end date cannot be before the start date."))
        return cleaned
