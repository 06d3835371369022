"""Staff data entry for the ministry's agencies and their mechanisms."""

from django.contrib import admin

from agencies.models import Agency, Mechanism


class MechanismInline(admin.TabularInline):
    model = Mechanism
    extra = 0
    fields = ["order", "name_th", "name_en", "is_active"]


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):
    list_display = ["code", "name_th", "name_en", "kind", "order"]
    list_filter = ["kind"]
    search_fields = ["code", "name_th", "name_en"]
    fields = ["code", "slug", "name_th", "name_en", "kind", "website", "order"]
    inlines = [MechanismInline]

    def get_readonly_fields(self, request, obj=None):
        return ["code", "slug"] if obj else []

    def has_delete_permission(self, request, obj=None):
        return False  # reference data: agencies are never deleted


@admin.register(Mechanism)
class MechanismAdmin(admin.ModelAdmin):
    list_display = ["name_th", "name_en", "agency", "is_active"]
    list_filter = ["agency", "is_active"]
    list_select_related = ["agency"]
    search_fields = ["name_th", "name_en", "agency__code", "agency__name_th"]
    autocomplete_fields = ["agency"]
    fields = ["agency", "name_th", "name_en", "description_th", "description_en", "is_active", "order"]
