"""Staff tools for requests: read and correct the text, read the audit history.

Statuses are not edited here: they change only through the state machine in
``requests_app.services`` (the pages, or the admin actions below), so every change is recorded.
The admin lists only what ``visible_to(user)`` allows, and nothing is ever deleted.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext_lazy as _

from core.admin import ReadOnlyModelAdmin, SpreadsheetMixin
from core.forms import ThaiDateAdminMixin
from core.pagination import EstimatedCountPaginator
from requests_app import services
from requests_app.filters import fiscal_year_choices
from requests_app.models import (
    Assignment,
    Attachment,
    Category,
    Milestone,
    ReferenceCounter,
    Request,
    RequestEvent,
)
from requests_app.resources import RequestResource


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class AssignmentInline(ThaiDateAdminMixin, ReadOnlyInline):
    model = Assignment
    fields = ["deliverer", "mechanism", "officer", "status", "due_date", "progress", "response", "note"]
    readonly_fields = fields


class MilestoneInline(ThaiDateAdminMixin, ReadOnlyInline):
    model = Milestone
    fields = ["title", "planned_on", "done_on"]
    readonly_fields = fields


class AttachmentInline(ReadOnlyInline):
    model = Attachment
    fields = ["original_name", "assignment", "size", "uploaded_by", "uploaded_at", "file"]
    readonly_fields = fields


class EventInline(ReadOnlyInline):
    model = RequestEvent
    verbose_name_plural = _("audit history")
    fields = [
        "created_at",
        "actor",
        "actor_role",
        "kind",
        "from_status",
        "to_status",
        "assignment",
        "message",
        "visibility",
    ]
    readonly_fields = fields
    ordering = ["created_at", "pk"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor", "assignment__agency")


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["number", "code", "name_th", "name_en"]
    search_fields = ["name_th", "name_en", "code"]

    def has_delete_permission(self, request, obj=None):
        return False


class FiscalYearListFilter(admin.SimpleListFilter):
    """Fiscal years from the first to the last (two index lookups, not DISTINCT over every row)."""

    title = _("fiscal year")
    parameter_name = "fiscal_year__exact"

    def lookups(self, request, model_admin):
        return fiscal_year_choices()

    def queryset(self, request, queryset):
        value = self.value()
        return queryset.filter(fiscal_year=int(value)) if value and value.isdigit() else queryset


@admin.register(Request)
class RequestAdmin(SpreadsheetMixin, admin.ModelAdmin):
    list_display = [
        "reference",
        "title",
        "province",
        "category",
        "status",
        "source",
        "submitted_at",
        "version",
    ]
    list_filter = [
        "status",
        "source",
        "category",
        FiscalYearListFilter,
        "province__regional_centre",
        "proposer_sector",
    ]
    resource_classes = [RequestResource]
    list_select_related = ["province", "category"]
    # 200,000 rows: no second COUNT(*) for "of N in total", and an estimate for the unfiltered total.
    show_full_result_count = False
    paginator = EstimatedCountPaginator
    search_fields = ["reference", "title", "description", "proposer_body"]
    autocomplete_fields = ["province", "district", "workshop"]
    readonly_fields = [
        "reference",
        "fiscal_year",
        "sequence",
        "status",
        "submitted_at",
        "filed_by",
        "version",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["reference", "status", "province", "district", "category", "title"]}),
        (_("Content"), {"fields": ["description", "beneficiaries", "desired_outcome"]}),
        (_("Proposer"), {"fields": ["proposer_sector", "proposer_body"]}),
        (_("Sources"), {"fields": ["inferred"]}),
        (
            _("Origin"),
            {"fields": ["source", "workshop", "filed_by", "submitted_at", "fiscal_year", "sequence"]},
        ),
        (_("Record"), {"fields": ["version", "created_at", "updated_at"]}),
    ]
    inlines = [AssignmentInline, AttachmentInline, EventInline]
    actions = ["submit_drafts"]

    def get_queryset(self, request):
        return super().get_queryset(request).visible_to(request.user)

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        if change:
            obj.version += 1
        super().save_model(request, obj, form, change)
        if change and form.changed_data:
            RequestEvent.objects.create(
                request=obj,
                kind=RequestEvent.Kind.EDIT,
                actor=request.user,
                actor_role=services.actor_role(request.user),
                message=_("Changed in the admin: %(fields)s.") % {"fields": ", ".join(form.changed_data)},
                visibility=RequestEvent.Visibility.INTERNAL,
            )

    @admin.action(description=_("Submit the selected drafts (they get their reference numbers)"))
    def submit_drafts(self, request, queryset):
        done = 0
        for obj in queryset.filter(status=Request.Status.DRAFT):
            try:
                services.request_submit(request=obj, actor=request.user)
                done += 1
            except (ValidationError, PermissionDenied) as error:
                self.message_user(request, f"{obj}: {error}", messages.ERROR)
        self.message_user(request, _("%(count)d drafts submitted.") % {"count": done}, messages.SUCCESS)


@admin.register(RequestEvent)
class RequestEventAdmin(ReadOnlyModelAdmin):
    """The audit history of every request, for staff: read only."""

    list_display = [
        "created_at",
        "request",
        "kind",
        "from_status",
        "to_status",
        "actor",
        "actor_role",
        "visibility",
    ]
    list_filter = ["kind", "visibility", "actor_role"]
    list_select_related = ["request", "actor"]
    search_fields = ["request__reference", "message", "actor__username"]
    date_hierarchy = "created_at"

    def get_queryset(self, request):
        return super().get_queryset(request).filter(request__in=Request.objects.visible_to(request.user))


class OverdueFilter(admin.SimpleListFilter):
    title = _("overdue")
    parameter_name = "overdue"

    def lookups(self, request, model_admin):
        return [("yes", _("Overdue"))]

    def queryset(self, request, queryset):
        return queryset.overdue() if self.value() == "yes" else queryset


@admin.register(Assignment)
class AssignmentAdmin(ThaiDateAdminMixin, ReadOnlyModelAdmin):
    """Every agency assignment across requests, for staff to follow up: read only.

    Assignments change through the matching desk and the agencies' own pages (the services keep
    the request's status and history in step), never by editing rows here.
    """

    list_display = [
        "request",
        "deliverer",
        "mechanism",
        "officer",
        "status",
        "due_date",
        "progress",
        "updated_at",
    ]
    list_filter = [OverdueFilter, "status", "deliverer__kind", "agency"]
    list_select_related = ["request", "deliverer", "mechanism", "officer"]
    search_fields = [
        "request__reference",
        "request__title",
        "response",
        "deliverer__name_th",
        "deliverer__short_name_th",
    ]
    fieldsets = [
        (None, {"fields": ["request", "deliverer", "agency", "mechanism", "officer", "status", "response"]}),
        (
            _("Plan"),
            {
                "fields": [
                    "due_date",
                    "planned_start",
                    "planned_end",
                    "actual_start",
                    "actual_end",
                    "progress",
                    "cost",
                ]
            },
        ),
        (_("Results"), {"fields": list(Assignment.RESULT_FIELDS)}),
        (_("Record"), {"fields": ["note", "assigned_by", "created_at", "updated_at"]}),
    ]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [MilestoneInline]
    date_hierarchy = "due_date"

    def get_queryset(self, request):
        return super().get_queryset(request).filter(request__in=Request.objects.visible_to(request.user))


@admin.register(ReferenceCounter)
class ReferenceCounterAdmin(ReadOnlyModelAdmin):
    """The last reference number given in each fiscal year (read only: numbers are never reused)."""

    list_display = ["fiscal_year", "last_sequence"]
