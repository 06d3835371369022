"""Staff read the access log (never change it), keep the register of data subjects' requests, see held requests."""

from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from core.admin import ReadOnlyModelAdmin
from core.forms import ThaiDateAdminMixin
from privacy.models import AccessLog, PersonalDataHold, RightsRequest


@admin.register(AccessLog)
class AccessLogAdmin(ReadOnlyModelAdmin):
    list_display = ["at", "user", "kind", "ip_address", "path", "filters", "rows", "target"]
    list_filter = ["kind"]
    list_select_related = ["user"]
    search_fields = ["path", "target", "user__username"]
    date_hierarchy = "at"
    show_full_result_count = False


class RightsStateFilter(admin.SimpleListFilter):
    title = _("deadline")
    parameter_name = "deadline"

    def lookups(self, request, model_admin):
        return [("open", _("Open")), ("overdue", _("Overdue"))]

    def queryset(self, request, queryset):
        if self.value() == "open":
            return queryset.open()
        if self.value() == "overdue":
            return queryset.overdue()
        return queryset


@admin.register(RightsRequest)
class RightsRequestAdmin(ThaiDateAdminMixin, SimpleHistoryAdmin):
    list_display = ["person", "kind", "received_at", "due_date", "status", "identity_checked", "handled_by"]
    list_filter = [RightsStateFilter, "status", "kind"]
    list_select_related = ["person", "handled_by"]
    search_fields = ["person__username", "details", "outcome"]
    raw_id_fields = ["person", "handled_by"]
    readonly_fields = ["received_at", "due_date", "closed_at"]
    fieldsets = [
        (None, {"fields": ["person", "kind", "details", "received_at", "due_date"]}),
        (
            _("Identity"),
            {
                "fields": ["identity_checked", "identity_method"],
                "description": _(
                    "Check that the request comes from the person concerned before answering it."
                ),
            },
        ),
        (
            _("Answer"),
            {
                "fields": ["status", "handled_by", "outcome", "reasons", "closed_at"],
                "description": _(
                    "Answer within 30 days of receipt (PDPA s.30). To erase a person who filed or acted on "
                    "requests, use “Anonymise” in the user list: their records stay under a pseudonym."
                ),
            },
        ),
    ]

    def save_model(self, request, obj, form, change):
        from privacy.services import rights_request_due

        if not obj.due_date:
            obj.due_date = rights_request_due(obj.received_at)
        if obj.status in (RightsRequest.Status.DONE, RightsRequest.Status.REFUSED) and not obj.closed_at:
            obj.closed_at = timezone.now()
        if not obj.handled_by_id and obj.status != RightsRequest.Status.RECEIVED:
            obj.handled_by = request.user
        super().save_model(request, obj, form, change)

    def has_delete_permission(self, request, obj=None):
        return False  # the register is the ministry's record of how it answered


@admin.register(PersonalDataHold)
class PersonalDataHoldAdmin(ReadOnlyModelAdmin):
    list_display = ["request", "created_at", "released_at", "released_by"]
    list_filter = [("released_at", admin.EmptyFieldListFilter)]
    list_select_related = ["request", "released_by"]
    search_fields = ["request__reference", "request__title"]
