"""Plan data entry: a plan with its projects inline, each with its budget by source."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from plans.models import Plan, Project


class ProjectInline(admin.StackedInline):
    model = Project
    extra = 0
    fields = [
        ("title", "order"),
        "description",
        "lead",
        ("budget_ministry", "budget_province", "budget_other"),
        "requests",
        "assignments",
    ]
    autocomplete_fields = ["lead", "requests", "assignments"]


@admin.register(Plan)
class PlanAdmin(admin.ModelAdmin):
    list_display = ["title", "fiscal_year", "province", "cluster", "publication"]
    list_filter = ["fiscal_year", "publication", "cluster"]
    list_select_related = ["province", "cluster"]
    search_fields = ["title", "title_en", "province__name_th", "province__name_en", "cluster__name_th"]
    autocomplete_fields = ["province", "cluster"]
    fieldsets = [
        (None, {"fields": ["fiscal_year", ("province", "cluster"), "publication"]}),
        (_("Plan"), {"fields": ["title", "title_en", "summary", "document"]}),
    ]
    inlines = [ProjectInline]

    def get_queryset(self, request):
        return Plan.objects.visible_to(request.user)
