"""Staff see the duplicates and groups found on the matching desk (changed there, through the services)."""

from django.contrib import admin

from core.admin import ReadOnlyModelAdmin
from matching.models import DuplicateMark, GenericWord, ProductNeed, RequestGroup, RequestGroupMember
from requests_app.models import Request


class MemberInline(admin.TabularInline):
    model = RequestGroupMember
    fields = ["request", "added_by", "added_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(RequestGroup)
class RequestGroupAdmin(ReadOnlyModelAdmin):
    list_display = ["title", "cluster", "created_by", "created_at"]
    list_filter = ["cluster"]
    list_select_related = ["cluster", "created_by"]
    search_fields = ["title", "members__request__reference"]
    inlines = [MemberInline]

    def get_queryset(self, request):
        visible = Request.objects.visible_to(request.user)
        return super().get_queryset(request).filter(members__request__in=visible).distinct()


@admin.register(DuplicateMark)
class DuplicateMarkAdmin(ReadOnlyModelAdmin):
    list_display = ["request", "duplicate_of", "marked_by", "marked_at"]
    list_select_related = ["request", "duplicate_of", "marked_by"]
    search_fields = ["request__reference", "duplicate_of__reference", "note"]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(request__in=Request.objects.visible_to(request.user))


@admin.register(ProductNeed)
class ProductNeedAdmin(admin.ModelAdmin):
    """What a product usually needs: staff extend it so a request naming only a product finds help."""

    list_display = ["__str__", "note"]
    search_fields = ["products", "needs", "note"]
    fields = ["products", "needs", "note"]


@admin.register(GenericWord)
class GenericWordAdmin(admin.ModelAdmin):
    """Words every kind of request uses, and how little they count when matching."""

    list_display = ["word", "weight"]
    list_editable = ["weight"]
    search_fields = ["word"]
    fields = ["word", "weight"]
