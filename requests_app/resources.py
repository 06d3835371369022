"""The provinces' requests in and out of a spreadsheet: a workshop's outcomes typed once, in Excel.

One row per request. Import records the requests a workshop produced (its 8–16 outcomes): a new
row goes through ``request_record_from_workshop`` (reference number, history, under review, as if
typed in the workshop's screen); a row found again — by its ``reference``, or by the same
workshop, province and title — has its text updated and the change written in its history. A
re-import of the same file therefore changes nothing. Statuses and agency answers are not
imported: they move only through the workflow. Export (of the list as filtered) adds the status,
fiscal year, date and the agencies assigned with their answers (the outcome so far).

Columns: reference, workshop (its slug), province, category (number, code or Thai name), title,
description, beneficiaries, desired_outcome; export only: status, fiscal_year, submitted,
agencies, outcome.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from import_export import fields, widgets

from core.resources import AgencyWidget, PortalResource, ProvinceWidget, ReferenceWidget, ThaiDateWidget
from requests_app import services
from requests_app.models import Category, Request, RequestEvent
from workshops.models import Workshop


class WorkshopWidget(widgets.ForeignKeyWidget):
    """A workshop by its slug (the address of its page)."""

    def __init__(self):
        super().__init__(Workshop, field="slug")

    def clean(self, value, row=None, **kwargs):
        if value in (None, ""):
            return None
        try:
            return super().clean(str(value).strip(), row, **kwargs)
        except Workshop.DoesNotExist as error:
            raise ValueError(
                gettext("No workshop “%(value)s”: write the workshop's slug.") % {"value": value}
            ) from error


class CategoryWidget(ReferenceWidget):
    """A request category by its number (1–3), code or Thai or English name."""

    def __init__(self, **kwargs):
        super().__init__(Category, **kwargs)
        self.not_found = gettext("No request category “%(value)s”: write its number (1, 2 or 3) or its name.")

    def names(self, record):
        return [str(record.number), record.code, record.name_th, record.name_en]

    def label(self, record):
        return str(record.number)


class RequestResource(PortalResource):
    """A workshop's outcomes (requests) per row; see the module's docstring."""

    column_labels = {
        "submitted": _("submitted"),
        "agencies": _("agencies assigned"),
        "outcome": _("answers of the agencies"),
    }

    reference = fields.Field(attribute="reference", column_name="reference", readonly=True)
    workshop = fields.Field(attribute="workshop", column_name="workshop", widget=WorkshopWidget())
    province = fields.Field(attribute="province", column_name="province", widget=ProvinceWidget())
    category = fields.Field(attribute="category", column_name="category", widget=CategoryWidget())
    status = fields.Field(column_name="status", readonly=True)
    fiscal_year = fields.Field(attribute="fiscal_year", column_name="fiscal_year", readonly=True)
    submitted = fields.Field(column_name="submitted", readonly=True)
    agencies = fields.Field(column_name="agencies", readonly=True)
    outcome = fields.Field(column_name="outcome", readonly=True)

    class Meta:
        model = Request
        fields = [
            "reference", "workshop", "province", "category", "title", "description", "beneficiaries",
            "desired_outcome", "status", "fiscal_year", "submitted", "agencies", "outcome",
        ]  # fmt: skip

    def __init__(self, user=None, **kwargs):
        super().__init__(**kwargs)
        self.user = user

    def get_import_id_fields(self):
        # A row is found by its reference, or by workshop, province and title (get_instance): the
        # reference column may be missing from a file of new outcomes.
        return []

    def get_queryset(self):
        return Request.objects.select_related("province", "category", "workshop").prefetch_related(
            "assignments__agency"
        )

    def get_instance(self, instance_loader, row):
        reference = str(row.get(self.fields["reference"].column_name) or "").strip()
        if reference:
            found = Request.objects.filter(reference=reference).first()
            if found is None:
                raise ValidationError(
                    {
                        "reference": gettext("No request with the reference number “%(value)s”.")
                        % {"value": reference}
                    }
                )
            return found
        columns = {name: self.fields[name].column_name for name in ("workshop", "province", "title")}
        if columns["workshop"] not in row or columns["province"] not in row:
            return None
        try:
            workshop = self.fields["workshop"].clean(row)
            province = self.fields["province"].clean(row)
        except ValueError:
            return None  # the row's checks name the problem
        title = str(row.get(columns["title"]) or "").strip()
        if workshop and province and title:
            return Request.objects.filter(workshop=workshop, province=province, title=title).first()
        return None

    def dehydrate_status(self, request):
        return request.get_status_display()

    def dehydrate_submitted(self, request):
        return ThaiDateWidget().render(request.submitted_at.date()) if request.submitted_at else ""

    def dehydrate_agencies(self, request):
        widget = AgencyWidget()
        return ", ".join(widget.label(assignment.agency) for assignment in request.assignments.all())

    def dehydrate_outcome(self, request):
        widget = AgencyWidget()
        return "\n".join(
            f"{widget.label(a.agency)}: {a.get_status_display()}" + (f" — {a.response}" if a.response else "")
            for a in request.assignments.all()
        )

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        errors = dict(import_validation_errors or {})
        if (
            instance.pk is None
            and not instance.workshop_id
            and self.fields["workshop"].column_name not in errors
        ):
            errors[self.fields["workshop"].column_name] = ValidationError(
                gettext("A new request needs the workshop it was stated at (the workshop's slug).")
            )
        instance.source = Request.Source.WORKSHOP if instance.pk is None else instance.source
        super().validate_instance(instance, errors, validate_unique)

    def do_instance_save(self, instance, is_create):
        if is_create:
            recorded = services.request_record_from_workshop(
                workshop=instance.workshop,
                province=instance.province,
                category=instance.category,
                title=instance.title,
                description=instance.description,
                recorded_by=self.user,
            )
            recorded.beneficiaries, recorded.desired_outcome = (
                instance.beneficiaries,
                instance.desired_outcome,
            )
            recorded.save(update_fields=["beneficiaries", "desired_outcome", "updated_at"])
            instance.pk, instance.reference = recorded.pk, recorded.reference
            instance._state.adding = False
            return
        changed = [
            str(Request._meta.get_field(name).verbose_name)
            for name in ("province", "category", "title", "description", "beneficiaries", "desired_outcome")
            if getattr(instance, name) != getattr(self._original(instance), name)
        ]
        if not changed:
            return
        instance.version += 1
        instance.save()
        RequestEvent.objects.create(
            request=instance,
            kind=RequestEvent.Kind.EDIT,
            actor=self.user,
            actor_role=services.actor_role(self.user),
            message=gettext("Changed by an import: %(fields)s.") % {"fields": ", ".join(changed)},
            visibility=RequestEvent.Visibility.INTERNAL,
        )

    def _original(self, instance) -> Request:
        return Request.objects.get(pk=instance.pk)
