"""Staff edit the standard's pages; every save is kept (History) and dated on the page."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from pages.models import Page


@admin.register(Page)
class PageAdmin(SimpleHistoryAdmin):
    list_display = ["title_th", "title_en", "kind", "placeholders_left", "updated_at"]
    search_fields = ["title_th", "title_en", "body_th", "body_en"]
    readonly_fields = ["kind", "updated_at"]
    fieldsets = [
        (None, {"fields": ["kind", "updated_at"]}),
        (_("Thai"), {"fields": ["title_th", "summary_th", "body_th"]}),
        (_("English"), {"fields": ["title_en", "summary_en", "body_en"]}),
    ]

    @admin.display(description=_("placeholders to replace"))
    def placeholders_left(self, obj: Page) -> int:
        return len(obj.placeholders)

    def has_add_permission(self, request):
        return False  # the standard's pages exist once each (seeded by a migration)

    def has_delete_permission(self, request, obj=None):
        return False
