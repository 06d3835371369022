"""Forms of the request pages: filing, editing, reasons, comments, assignments."""

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from agencies.models import Deliverer, Mechanism
from core.collation import by_name
from core.forms import PROGRAMME_START, ThaiDateField
from core.wording import EMPTY_CHOICE
from requests_app.file_types import content_matches
from requests_app.models import Assignment, Attachment, Category, Request
from requests_app.services import ASSIGNMENT_TRANSITIONS, REPORT_FIELDS, SUBMIT_NEEDS_DESCRIPTION


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input; type and size are checked by the service too."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget",
            MultipleFileInput(attrs={"accept": ",".join(f".{e}" for e in Attachment.ALLOWED_EXTENSIONS)}),
        )
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


def check_uploads(files):
    """The attachments' checks (type and size), for the province's files and the deliverers' evidence."""
    for upload in files:
        extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
        if extension not in Attachment.ALLOWED_EXTENSIONS:
            raise forms.ValidationError(
                _("“%(name)s”: only these file types are accepted: %(types)s."),
                params={"name": upload.name, "types": ", ".join(Attachment.ALLOWED_EXTENSIONS)},
            )
        if upload.size > Attachment.MAX_SIZE:
            raise forms.ValidationError(
                _("“%(name)s” is larger than %(limit)s MB."),
                params={"name": upload.name, "limit": Attachment.MAX_SIZE // (1024 * 1024)},
            )
        if not content_matches(upload, extension):
            raise forms.ValidationError(
                _("“%(name)s” is not a real .%(type)s file: its content is of another kind."),
                params={"name": upload.name, "type": extension},
            )
    return files


class RequestForm(forms.ModelForm):
    """What a province says it needs."""

    attachments = MultipleFileField(
        label=_("Attachments"),
        # From the same list as the input's accept= and the checks, so the three never disagree.
        help_text=format_lazy(
            _("Accepted file types: {types}; at most {size} MB each."),
            types=", ".join(f".{extension}" for extension in Attachment.ALLOWED_EXTENSIONS),
            size=Attachment.MAX_SIZE // (1024 * 1024),
        ),
    )

    class Meta:
        model = Request
        fields = ["category", "title", "description", "beneficiaries", "desired_outcome"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 5}),
            "beneficiaries": forms.Textarea(attrs={"rows": 2}),
            "desired_outcome": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "description": _("The problem or opportunity, in the province's own words."),
            "beneficiaries": _("Who benefits: groups, villages, enterprises, how many people."),
            "desired_outcome": _("What should be different once the request is answered."),
        }

    def __init__(self, *args, submitting: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.submitting = submitting
        self.fields["category"].queryset = Category.objects.all()
        self.fields["category"].empty_label = None

    def clean(self):
        cleaned = super().clean()
        # A draft is saved with its title alone; a submitted request says what it needs (the
        # services refuse it too: ``request_submit``, ``request_update``).
        if self.submitting and not (cleaned.get("description") or "").strip():
            self.add_error("description", SUBMIT_NEEDS_DESCRIPTION)
        return cleaned

    def request_fields(self) -> dict:
        """The cleaned request, as the services take it (``request_create``, ``request_update``)."""
        data = self.cleaned_data
        return {name: data[name] for name in self.Meta.fields} | {"files": data["attachments"]}

    def clean_attachments(self):
        return check_uploads(self.cleaned_data.get("attachments") or [])


class VersionForm(forms.Form):
    """Carries the version the person saw, so a stale form is refused."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)


class RequestEditForm(RequestForm):
    """The same, carrying the version the person opened (a stale form is refused)."""

    version = forms.IntegerField(widget=forms.HiddenInput)


class ReasonForm(VersionForm):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)

    def __init__(self, *args, reason_required: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].required = reason_required
        if not reason_required:
            self.fields["reason"].label = _("Message (optional)")


class CommentForm(forms.Form):
    text = forms.CharField(label=_("Comment"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)
    internal = forms.BooleanField(
        label=_("Internal note (not shown to the province or the public)"), required=False
    )


class MechanismChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


def _mechanism_choices():
    groups: dict[str, list] = {}
    for mechanism in Mechanism.objects.active().select_related("agency"):
        groups.setdefault(f"{mechanism.agency.short_name} — {mechanism.agency.name}", []).append(
            (mechanism.pk, mechanism.name)
        )
    return [("", EMPTY_CHOICE), *groups.items()]


def _deliverer_choices():
    """The network grouped by kind: agencies first (in their order), then clinics, centres,
    universities and local partners."""
    groups: dict[str, list] = {str(label): [] for _value, label in Deliverer.Kind.choices}
    deliverers = (
        Deliverer.objects.active().select_related("agency").order_by("kind", "agency__order", *by_name())
    )
    for deliverer in deliverers:
        label = (
            deliverer.name
            if deliverer.short_name == deliverer.name
            else f"{deliverer.short_name} — {deliverer.name}"
        )
        groups[str(deliverer.get_kind_display())].append((deliverer.pk, label))
    return [("", EMPTY_CHOICE), *((kind, items) for kind, items in groups.items() if items)]


def _officer_choices():
    groups: dict[str, list] = {}
    officers = (
        User.objects.filter(role=User.Role.FOCAL_POINT, is_active=True)
        .select_related("deliverer")
        .order_by("deliverer__name_th", "first_name", "username")
    )
    for officer in officers:
        groups.setdefault(officer.deliverer.short_name, []).append((officer.pk, str(officer)))
    return [("", _("— any focal point of the deliverer —")), *groups.items()]


class AssignmentForm(forms.ModelForm):
    """Who delivers (an agency and one of its mechanisms, or a clinic, centre, university or local
    partner), to whom there, by when."""

    deliverer = forms.ModelChoiceField(label=_("Who delivers"), queryset=Deliverer.objects.none())
    due_date = ThaiDateField(
        label=_("Due date"),
        earliest=PROGRAMME_START,
        latest=5,
        help_text=_("The deliverer is reminded before it and on it; the desk after it."),
    )

    class Meta:
        model = Assignment
        fields = ["deliverer", "mechanism", "officer", "response", "due_date", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 2})}
        help_texts = {
            "note": _("For the agency and the ministry only; the province and the public do not see it."),
            "mechanism": _("For an agency: the mechanism through which it answers."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        deliverer = self.fields["deliverer"]
        deliverer.queryset = Deliverer.objects.active()
        deliverer.widget.choices = _deliverer_choices()
        mechanism = self.fields["mechanism"]
        mechanism.queryset = Mechanism.objects.active().select_related("agency")
        mechanism.widget.choices = _mechanism_choices()
        if "officer" in self.fields:
            officer = self.fields["officer"]
            officer.queryset = User.objects.filter(role=User.Role.FOCAL_POINT, is_active=True)
            officer.widget.choices = _officer_choices()

    def clean(self):
        cleaned = super().clean()
        deliverer, mechanism, officer = (
            cleaned.get("deliverer"),
            cleaned.get("mechanism"),
            cleaned.get("officer"),
        )
        if deliverer and deliverer.agency_id and not mechanism and "mechanism" in self.fields:
            self.add_error("mechanism", _("Choose the mechanism through which the agency answers."))
        if deliverer and mechanism and mechanism.agency_id != deliverer.agency_id:
            self.add_error(
                "mechanism",
                _("This mechanism belongs to another agency.")
                if deliverer.agency_id
                else _("Only an agency answers through a mechanism."),
            )
        if deliverer and officer and officer.deliverer_id != deliverer.pk:
            self.add_error("officer", _("This officer answers for another deliverer."))
        return cleaned

    def _post_clean(self):
        # The service builds and checks the assignment; the form only checks its own fields.
        pass


class BulkAssignForm(AssignmentForm):
    """The same assignment for several requests picked on the desk."""

    requests = forms.ModelMultipleChoiceField(
        label=_("Requests"), queryset=Request.objects.none(), widget=forms.MultipleHiddenInput
    )

    class Meta(AssignmentForm.Meta):
        fields = ["deliverer", "mechanism", "due_date", "note"]

    def __init__(self, *args, requests_queryset=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["requests"].queryset = (
            requests_queryset if requests_queryset is not None else Request.objects.none()
        )
        self.fields["requests"].error_messages["required"] = _("Tick at least one request.")


def _status_choices(assignment: Assignment | None) -> list[tuple[str, str]]:
    allowed = ASSIGNMENT_TRANSITIONS.get(assignment.status, ()) if assignment else Assignment.Status.values
    return [(value, label) for value, label in Assignment.Status.choices if value in allowed]


class AssignmentStatusForm(VersionForm):
    status = forms.ChoiceField(label=_("New status"), choices=())
    message = forms.CharField(
        label=_("Message"), required=False, widget=forms.Textarea(attrs={"rows": 2}), max_length=4000
    )

    def __init__(self, *args, assignment: Assignment | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = _status_choices(assignment)


class AssignmentReportForm(VersionForm):
    """The deliverer's answer: status, message, plan and actual period, progress, cost, results,
    milestones and evidence. Every field is optional; what is filled in is reported."""

    status = forms.ChoiceField(label=_("Status"), required=False, choices=())
    message = forms.CharField(
        label=_("Message to the province and the ministry"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=4000,
        help_text=_("Required when you decline. Shown on the request's timeline."),
    )
    progress = forms.IntegerField(label=_("Progress (%)"), required=False, min_value=0, max_value=100)
    cost = forms.DecimalField(
        label=_("Cost so far (baht)"), required=False, min_value=0, max_digits=14, decimal_places=2
    )
    planned_start = ThaiDateField(
        label=_("Planned start"), required=False, earliest=PROGRAMME_START, latest=10
    )
    planned_end = ThaiDateField(label=_("Planned end"), required=False, earliest=PROGRAMME_START, latest=10)
    actual_start = ThaiDateField(label=_("Actual start"), required=False, earliest=PROGRAMME_START, latest=10)
    actual_end = ThaiDateField(label=_("Actual end"), required=False, earliest=PROGRAMME_START, latest=10)
    result_people_trained = forms.IntegerField(label=_("People trained"), required=False, min_value=0)
    result_products_improved = forms.IntegerField(
        label=_("Products or processes improved"), required=False, min_value=0
    )
    result_beneficiaries = forms.IntegerField(label=_("Beneficiaries"), required=False, min_value=0)
    result_income = forms.DecimalField(
        label=_("Income or cost effect (baht a year)"),
        required=False,
        max_digits=14,
        decimal_places=2,
        help_text=_("Extra income or money saved each year; a loss is negative."),
    )
    milestone_title = forms.CharField(label=_("New milestone"), required=False, max_length=200)
    milestone_date = ThaiDateField(
        label=_("Planned for"), required=False, earliest=PROGRAMME_START, latest=10
    )
    evidence = MultipleFileField(
        label=_("Evidence (photos, documents)"),
        help_text=_("PDF, images (JPG, PNG), Word, Excel or OpenDocument files; at most 5 MB each."),
    )

    PERIODS = (("planned_start", "planned_end"), ("actual_start", "actual_end"))

    def __init__(self, *args, assignment: Assignment, **kwargs):
        self.assignment = assignment
        initial = {name: getattr(assignment, name) for name in REPORT_FIELDS}
        initial.update(kwargs.pop("initial", {}) or {})
        super().__init__(*args, initial=initial, **kwargs)
        self.fields["status"].choices = [
            ("", _("— keep “%(status)s” —") % {"status": assignment.get_status_display()})
        ] + _status_choices(assignment)
        self.milestones = list(assignment.milestones.all())
        for milestone in self.milestones:
            if milestone.done_on is None:
                self.fields[f"reached_{milestone.pk}"] = ThaiDateField(
                    label=_("“%(title)s” reached on") % {"title": milestone.title}, required=False
                )

    @property
    def reached_fields(self):
        return [self[name] for name in self.fields if name.startswith("reached_")]

    def clean_evidence(self):
        return check_uploads(self.cleaned_data.get("evidence") or [])

    def clean(self):
        cleaned = super().clean()
        for start, end in self.PERIODS:
            if cleaned.get(start) and cleaned.get(end) and cleaned[end] < cleaned[start]:
                self.add_error(end, _("The end cannot be before the start."))
        if cleaned.get("status") in (
            Assignment.Status.DECLINED,
            Assignment.Status.NOT_OURS,
        ) and not cleaned.get("message"):
            self.add_error("message", _("Please give a reason for declining."))
        title, day = cleaned.get("milestone_title"), cleaned.get("milestone_date")
        if title and not day:
            self.add_error("milestone_date", _("Give the milestone's planned date."))
        if day and not title:
            self.add_error("milestone_title", _("Name the milestone."))
        return cleaned

    def report(self) -> dict:
        """The cleaned answer, as ``services.assignment_report`` takes it."""
        data = self.cleaned_data
        values = {name: data[name] for name in REPORT_FIELDS if name in self.changed_data}
        return {
            "status": data["status"],
            "message": data["message"],
            "values": values,
            "new_milestones": [(data["milestone_title"], data["milestone_date"])]
            if data["milestone_title"]
            else [],
            "milestones_reached": {
                int(name.removeprefix("reached_")): data[name]
                for name in self.fields
                if name.startswith("reached_") and data.get(name)
            },
            "files": data["evidence"],
        }
