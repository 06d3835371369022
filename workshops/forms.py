"""The staff form for a workshop: Thai dates, and the rules a workshop must keep."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core import dates
from core.forms import PROGRAMME_START, ThaiDateField
from workshops.models import Workshop
from workshops.services import provinces_outside_cluster


class WorkshopAdminForm(forms.ModelForm):
    """A workshop as staff enter it: B.E. dates accepted, end not before start, no negative counts."""

    start_date = ThaiDateField(label=_("start date"), earliest=PROGRAMME_START, latest=5)
    end_date = ThaiDateField(label=_("end date"), earliest=PROGRAMME_START, latest=5)
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
            "publication",
            "start_date",
            "end_date",
            "venue",
            "host_province",
            "organising_centre",
            "target_cluster",
            "target_clusters",
            "target_provinces",
            "chair",
            "officials",
            "participant_count",
            "inferred",
            "summary",
        ]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end date cannot be before the start date."))
        self._check_cluster(cleaned)
        return cleaned

    def _check_cluster(self, cleaned) -> None:
        """Target provinces must have belonged to the target cluster on the start date.

        Refused before anything is saved, with the ways out named: take the provinces off, pick
        the cluster they belonged to that day, or leave the cluster empty.
        """
        cluster, start, provinces = (
            cleaned.get("target_cluster"),
            cleaned.get("start_date"),
            cleaned.get("target_provinces"),
        )
        if cleaned.get("target_clusters"):
            self._check_clusters(cleaned)
            return
        if not cluster or not start or not provinces:
            return
        outside = provinces_outside_cluster(cluster=cluster, day=start, provinces=provinces)
        if not outside:
            return
        language = "th" if (get_language() or "th").startswith("th") else "en"
        theirs = []
        for province in outside:
            own = province.cluster_on(start)
            theirs.append(
                _("%(province)s: %(cluster)s") % {"province": province.name, "cluster": own.name}
                if own
                else _("%(province)s: no cluster") % {"province": province.name}
            )
        self.add_error(
            "target_provinces",
            _(
                "%(provinces)s did not belong to %(cluster)s on %(date)s. Either remove them from the "
                "target provinces, or choose the cluster they belonged to that day (%(theirs)s), or "
                "leave the target cluster empty for a workshop with provinces of several clusters."
            )
            % {
                "provinces": ", ".join(province.name for province in outside),
                "cluster": cluster.name,
                "date": dates.format_date(start, language),
                "theirs": "; ".join(str(item) for item in theirs),
            },
        )

    def _check_clusters(self, cleaned) -> None:
        """With several target clusters, a target province in a cluster must be in one of them.

        Provinces outside any cluster on the start date (Bangkok) are allowed: they are named alone.
        """
        start, provinces = cleaned.get("start_date"), cleaned.get("target_provinces")
        if not start or not provinces:
            return
        clusters = set(cleaned["target_clusters"]) | (
            {cleaned["target_cluster"]} if cleaned.get("target_cluster") else set()
        )
        outside = []
        for province in provinces:
            own = province.cluster_on(start)
            if own and own not in clusters:
                outside.append(province)
        if outside:
            self.add_error(
                "target_provinces",
                _(
                    "%(provinces)s belonged to a cluster that is not among the target clusters; add that cluster."
                )
                % {"provinces": ", ".join(province.name for province in outside)},
            )
