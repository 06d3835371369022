"""The outbox and the schedule in the admin: staff see what waits, what failed, and send again."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from background import outbox
from background.models import OutboxMessage, ScheduledJob
from core.admin import ReadOnlyModelAdmin

try:  # django-tasks-db's own list of task results is for developers, not staff
    from django_tasks_db.models import DBTaskResult

    admin.site.unregister(DBTaskResult)
except (ImportError, admin.exceptions.NotRegistered):
    pass


@admin.register(OutboxMessage)
class OutboxMessageAdmin(ReadOnlyModelAdmin):
    list_display = ["created_at", "recipient", "subject", "status", "attempts"]
    list_filter = ["status"]
    search_fields = ["recipient", "subject", "key"]
    date_hierarchy = None
    actions = ["send_again"]
    fields = [
        "recipient",
        "subject",
        "body",
        "status",
        "attempts",
        "next_attempt_at",
        "last_error",
        "created_at",
        "sent_at",
        "key",
    ]

    def has_send_permission(self, request) -> bool:
        return request.user.has_perm("background.change_outboxmessage")

    @admin.action(description=_("Send the selected e-mails again"), permissions=["send"])
    def send_again(self, request, queryset):
        count = outbox.send_again(queryset)
        self.message_user(
            request,
            ngettext(
                "%(count)d e-mail is queued to be sent again.",
                "%(count)d e-mails are queued to be sent again.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )


@admin.register(ScheduledJob)
class ScheduledJobAdmin(ReadOnlyModelAdmin):
    list_display = ["name", "next_run_at", "last_started_at"]
    fields = ["name", "next_run_at", "last_started_at", "last_finished_at", "last_result"]
