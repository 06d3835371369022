"""Reported figures: what a ministry report says, entered with its source beside the recorded ones."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from stats.models import ReportedCategory, ReportedFigure


class ReportedCategoryInline(admin.TabularInline):
    model = ReportedCategory
    extra = 0
    fields = ["category", "requests"]


@admin.register(ReportedFigure)
class ReportedFigureAdmin(admin.ModelAdmin):
    list_display = [
        "fiscal_year",
        "scope",
        "workshops",
        "provinces",
        "requests",
        "participants",
        "source_title",
    ]
    list_filter = ["fiscal_year"]
    list_select_related = ["cluster", "province"]
    search_fields = ["source_title", "note"]
    autocomplete_fields = ["cluster", "province", "source_article"]
    fieldsets = [
        (None, {"fields": ["fiscal_year", ("cluster", "province")]}),
        (
            _("Totals the report gives"),
            {"fields": ["workshops", "clusters", "provinces", "requests", "participants"]},
        ),
        (
            _("Source"),
            {"fields": ["source_title", "source_url", "source_article", "source_document", "note"]},
        ),
    ]
    inlines = [ReportedCategoryInline]

    @admin.display(description=_("for"))
    def scope(self, obj):
        return obj.scope_label
