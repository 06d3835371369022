"""Staff edit the answer templates; follows and due-date notices are read here, never edited."""

from django.contrib import admin

from core.admin import ReadOnlyModelAdmin
from followup.models import AnswerTemplate, DueNotice, Follow


@admin.register(AnswerTemplate)
class AnswerTemplateAdmin(admin.ModelAdmin):
    list_display = ["title", "status", "is_active", "order"]
    list_filter = ["status", "is_active"]
    search_fields = ["title", "body"]
    fields = ["title", "status", "body", "is_active", "order"]


@admin.register(DueNotice)
class DueNoticeAdmin(ReadOnlyModelAdmin):
    list_display = ["sent_on", "kind", "assignment", "due_date", "recipients"]
    list_filter = ["kind"]
    list_select_related = ["assignment__request", "assignment__deliverer"]
    date_hierarchy = "sent_on"


@admin.register(Follow)
class FollowAdmin(ReadOnlyModelAdmin):
    list_display = ["user", "request", "province", "deliverer", "created_at"]
    list_select_related = ["user", "request", "province", "deliverer"]
    search_fields = ["user__username", "request__reference"]
