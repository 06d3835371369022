"""Staff keep the search's variant groups: abbreviations, aliases, spellings, transliterations."""

from django.contrib import admin

from search.models import SearchVariant


@admin.register(SearchVariant)
class SearchVariantAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "is_active", "updated_at"]
    list_filter = ["kind", "is_active"]
    search_fields = ["words", "note"]
    fields = ["words", "kind", "note", "is_active"]
