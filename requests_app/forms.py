"""Forms of the request pages: filing, editing, reasons, comments, assignments."""

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from agencies.models import Agency, Mechanism
from core.forms import ThaiDateField
from requests_app.models import Assignment, Attachment, Category, Request
from requests_app.services import ASSIGNMENT_TRANSITIONS, SUBMIT_NEEDS_DESCRIPTION


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
        files = self.cleaned_data.get("attachments") or []
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
        return files


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
        groups.setdefault(f"{mechanism.agency.code} — {mechanism.agency.name}", []).append(
            (mechanism.pk, mechanism.name)
        )
    return [("", "---------"), *groups.items()]


class AssignmentForm(forms.ModelForm):
    """An agency and one of its mechanisms for a request."""

    due_date = ThaiDateField(label=_("Due date"), required=False)

    class Meta:
        model = Assignment
        fields = ["agency", "mechanism", "response", "due_date", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 2})}
        help_texts = {
            "note": _("For the agency and the ministry only; the province and the public do not see it.")
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = Agency.objects.all()
        mechanism = self.fields["mechanism"]
        mechanism.queryset = Mechanism.objects.active().select_related("agency")
        mechanism.required = True
        mechanism.widget.choices = _mechanism_choices()

    def clean(self):
        cleaned = super().clean()
        agency, mechanism = cleaned.get("agency"), cleaned.get("mechanism")
        if agency and mechanism and mechanism.agency_id != agency.pk:
            self.add_error("mechanism", _("This mechanism belongs to another agency."))
        return cleaned


class BulkAssignForm(AssignmentForm):
    """The same assignment for several requests picked on the desk."""

    requests = forms.ModelMultipleChoiceField(
        label=_("Requests"), queryset=Request.objects.none(), widget=forms.MultipleHiddenInput
    )

    class Meta(AssignmentForm.Meta):
        fields = ["agency", "mechanism", "due_date", "note"]

    def __init__(self, *args, requests_queryset=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["requests"].queryset = (
            requests_queryset if requests_queryset is not None else Request.objects.none()
        )
        self.fields["requests"].error_messages["required"] = _("Tick at least one request.")


class AssignmentStatusForm(VersionForm):
    status = forms.ChoiceField(label=_("New status"), choices=())
    message = forms.CharField(
        label=_("Message"), required=False, widget=forms.Textarea(attrs={"rows": 2}), max_length=4000
    )

    def __init__(self, *args, assignment: Assignment | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = (
            ASSIGNMENT_TRANSITIONS.get(assignment.status, ()) if assignment else Assignment.Status.values
        )
        self.fields["status"].choices = [
            (value, label) for value, label in Assignment.Status.choices if value in allowed
        ]
