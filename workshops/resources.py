"""Workshops in and out of a spreadsheet (django-import-export), as staff keep them in Excel.

One row per workshop, found again by its ``slug`` (a re-import updates, never duplicates).
Mapped columns:

=====================  =================================================================
column                 model
=====================  =================================================================
slug                   Workshop.slug (the key)
title, title_en        Workshop.title, Workshop.title_en
theme                  Workshop.theme
start_date, end_date   Workshop.start_date, end_date (1/11/2556, 1 พ.ย. 2556, Excel dates)
venue                  Workshop.venue
host_province          Workshop.host_province (เชียงใหม่, 50, Chiang Mai)
target_cluster         Workshop.target_cluster (Thai name or code)
target_clusters        Workshop.target_clusters (several, comma-separated: every cluster it was for)
target_provinces       Workshop.target_provinces (several, comma-separated)
organising_centre      Workshop.organising_centre (ศวภ.1)
status, publication    Workshop.status, Workshop.publication (value or Thai/English label)
chair, officials       Workshop.chair, Workshop.officials (one per line)
participant_count      Workshop.participant_count
summary                Workshop.summary
inferred               Workshop.inferred (what staff inferred rather than read in a source)
exhibitors,            Participation rows with that role (agencies: วศ., DSS; several per
demonstrators,         cell); the cell replaces the workshop's agencies in that role
speakers
activities             Activity rows, one per line: "kind | title | agency | description"
                       (agency and description optional); the cell replaces the activities
=====================  =================================================================

Columns left out of a file leave those fields as they are. Photos and outcomes are not in the
sheet: outcomes are imported as requests (requests_app/resources.py).
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from import_export import fields, widgets

from core.resources import (
    AgencyWidget,
    CentreWidget,
    ChoiceWidget,
    ClusterWidget,
    PortalResource,
    ProvinceWidget,
    ReferenceListWidget,
    ThaiDateWidget,
)
from workshops.models import Activity, Participation, Workshop
from workshops.services import provinces_outside_cluster

ROLE_COLUMNS = {
    "exhibitors": Participation.Role.EXHIBITOR,
    "demonstrators": Participation.Role.DEMONSTRATOR,
    "speakers": Participation.Role.SPEAKER,
}


class AgencyListWidget(widgets.Widget):
    """Several agencies in one cell (วศ., วว.); a list of Agency records."""

    def __init__(self):
        super().__init__()
        self.item = AgencyWidget()

    def clean(self, value, row=None, **kwargs):
        from core.resources import split_cell

        return [self.item.find(item) for item in split_cell(value)]

    def render(self, value, obj=None, **kwargs):
        return ", ".join(self.item.label(agency) for agency in value or [])


class ActivitiesWidget(widgets.Widget):
    """Activities, one per line: "kind | title | agency | description"."""

    def __init__(self):
        super().__init__()
        self.kind = ChoiceWidget(Activity.Kind)
        self.agency = AgencyWidget()

    def clean(self, value, row=None, **kwargs):
        activities = []
        for number, line in enumerate(str(value or "").splitlines(), start=1):
            if not line.strip():
                continue
            parts = [part.strip() for part in line.split("|")]
            if len(parts) < 2 or not parts[1]:
                raise ValueError(
                    gettext("Activity line %(number)d: write it as “kind | title | agency | description”.")
                    % {"number": number}
                )
            try:
                kind = self.kind.clean(parts[0])
                agency = self.agency.find(parts[2]) if len(parts) > 2 and parts[2] else None
            except ValueError as error:
                raise ValueError(
                    gettext("Activity line %(number)d: %(error)s") % {"number": number, "error": error}
                ) from error
            description = parts[3] if len(parts) > 3 else ""
            activities.append(Activity(kind=kind, title=parts[1], agency=agency, description=description))
        return activities

    def render(self, value, obj=None, **kwargs):
        lines = []
        for activity in value or []:
            agency = self.agency.label(activity.agency) if activity.agency else ""
            lines.append(
                " | ".join(
                    [activity.get_kind_display(), activity.title, agency, activity.description]
                ).rstrip(" |")
            )
        return "\n".join(lines)


class WorkshopResource(PortalResource):
    """A workshop per row, with its provinces, agencies and activities (see the module's table)."""

    column_labels = {
        "exhibitors": _("exhibiting agencies"),
        "demonstrators": _("demonstrating agencies"),
        "speakers": _("speaking agencies"),
        "activities": _("activities (kind | title | agency | description)"),
    }

    start_date = fields.Field(attribute="start_date", column_name="start_date", widget=ThaiDateWidget())
    end_date = fields.Field(attribute="end_date", column_name="end_date", widget=ThaiDateWidget())
    host_province = fields.Field(
        attribute="host_province", column_name="host_province", widget=ProvinceWidget()
    )
    target_cluster = fields.Field(
        attribute="target_cluster", column_name="target_cluster", widget=ClusterWidget()
    )
    target_clusters = fields.Field(
        attribute="target_clusters",
        column_name="target_clusters",
        widget=ReferenceListWidget(ClusterWidget()),
    )
    target_provinces = fields.Field(
        attribute="target_provinces",
        column_name="target_provinces",
        widget=ReferenceListWidget(ProvinceWidget()),
    )
    organising_centre = fields.Field(
        attribute="organising_centre", column_name="organising_centre", widget=CentreWidget()
    )
    status = fields.Field(
        attribute="status",
        column_name="status",
        widget=ChoiceWidget(Workshop.Status, Workshop.Status.PLANNED),
    )
    publication = fields.Field(
        attribute="publication",
        column_name="publication",
        widget=ChoiceWidget(Workshop.Publication, Workshop.Publication.DRAFT),
    )
    exhibitors = fields.Field(
        attribute="import_exhibitors", column_name="exhibitors", widget=AgencyListWidget()
    )
    demonstrators = fields.Field(
        attribute="import_demonstrators", column_name="demonstrators", widget=AgencyListWidget()
    )
    speakers = fields.Field(attribute="import_speakers", column_name="speakers", widget=AgencyListWidget())
    activities = fields.Field(
        attribute="import_activities", column_name="activities", widget=ActivitiesWidget()
    )

    class Meta:
        model = Workshop
        import_id_fields = ["slug"]
        fields = [
            "slug", "title", "title_en", "theme", "start_date", "end_date", "venue", "host_province",
            "target_cluster", "target_clusters", "target_provinces", "organising_centre", "status", "publication",
            "chair", "officials", "participant_count", "summary", "inferred", "exhibitors", "demonstrators",
            "speakers", "activities",
        ]  # fmt: skip
        skip_unchanged = False

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .select_related("host_province", "target_cluster", "organising_centre")
            .prefetch_related(
                "target_provinces", "target_clusters", "participations__agency", "activities__agency"
            )
        )

    def _agencies(self, workshop, role) -> list:
        return [p.agency for p in workshop.participations.all() if p.role == role]

    def dehydrate_exhibitors(self, workshop):
        return self.fields["exhibitors"].widget.render(self._agencies(workshop, Participation.Role.EXHIBITOR))

    def dehydrate_demonstrators(self, workshop):
        return self.fields["demonstrators"].widget.render(
            self._agencies(workshop, Participation.Role.DEMONSTRATOR)
        )

    def dehydrate_speakers(self, workshop):
        return self.fields["speakers"].widget.render(self._agencies(workshop, Participation.Role.SPEAKER))

    def dehydrate_activities(self, workshop):
        return self.fields["activities"].widget.render(list(workshop.activities.all()))

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        errors = dict(import_validation_errors or {})
        start, end = instance.start_date, instance.end_date
        if start and end and end < start:
            errors[self.fields["end_date"].column_name] = ValidationError(
                gettext("The end date cannot be before the start date.")
            )
        provinces = getattr(instance, "_import_target_provinces", None)
        column = self.fields["target_provinces"].column_name
        several = getattr(instance, "_import_several_clusters", False)
        if instance.target_cluster_id and start and provinces and column not in errors and not several:
            outside = provinces_outside_cluster(
                cluster=instance.target_cluster, day=start, provinces=provinces
            )
            if outside:
                errors[column] = ValidationError(
                    gettext("%(provinces)s did not belong to %(cluster)s on %(date)s.")
                    % {
                        "provinces": ", ".join(province.name for province in outside),
                        "cluster": instance.target_cluster.name,
                        "date": self.fields["start_date"].widget.render(start),
                    }
                )
        super().validate_instance(instance, errors, validate_unique)

    def import_instance(self, instance, row, **kwargs):
        # With several target clusters the provinces may come from any of them.
        cell = row.get(self.fields["target_clusters"].column_name)
        instance._import_several_clusters = bool(str(cell or "").strip())
        if self.fields["target_provinces"].column_name in row:
            try:
                instance._import_target_provinces = self.fields["target_provinces"].clean(row)
            except ValueError:
                instance._import_target_provinces = None  # reported by the row's checks
        super().import_instance(instance, row, **kwargs)

    @transaction.atomic
    def after_save_instance(self, instance, row, **kwargs):
        for column, role in ROLE_COLUMNS.items():
            if self.fields[column].column_name not in row:
                continue
            wanted = {agency.pk for agency in getattr(instance, f"import_{column}", None) or []}
            instance.participations.filter(role=role).exclude(agency__in=wanted).delete()
            for agency_pk in wanted:
                participation = Participation(workshop=instance, agency_id=agency_pk, role=role)
                if not instance.participations.filter(agency_id=agency_pk, role=role).exists():
                    participation.full_clean()
                    participation.save()
        if self.fields["activities"].column_name in row:
            instance.activities.all().delete()
            for activity in getattr(instance, "import_activities", None) or []:
                activity.workshop = instance
                activity.full_clean()
                activity.save()
