"""Staff data entry for the ministry's agencies and their mechanisms."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from agencies.models import Agency, Deliverer, Mechanism


class MechanismInline(admin.TabularInline):
    model = Mechanism
    extra = 0
    fields = ["order", "name_th", "name_en", "is_active"]


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):
    list_display = ["code", "name_th", "name_en", "kind", "order"]
    list_filter = ["kind"]
    search_fields = ["code", "name_th", "name_en"]
    fields = ["code", "slug", "name_th", "name_en", "kind", "website", "order", "keywords"]
    inlines = [MechanismInline]

    def get_readonly_fields(self, request, obj=None):
        return ["code", "slug"] if obj else []

    def has_delete_permission(self, request, obj=None):
        return False  # reference data: agencies are never deleted


@admin.register(Mechanism)
class MechanismAdmin(admin.ModelAdmin):
    """A mechanism with the vocabulary the matching assistant reads, and a preview of the ranking."""

    list_display = ["name_th", "name_en", "agency", "is_active"]
    list_filter = ["agency", "is_active"]
    list_select_related = ["agency"]
    search_fields = ["name_th", "name_en", "agency__code", "agency__name_th"]
    autocomplete_fields = ["agency"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "agency",
                    "name_th",
                    "name_en",
                    "description_th",
                    "description_en",
                    "is_active",
                    "order",
                ]
            },
        ),
        (
            _("What the matching assistant reads"),
            {
                "fields": ["need_phrases", "products", "keywords"],
                "description": _(
                    "One phrase per line, Thai or English. Saved words take effect on the next "
                    "suggestion; try a sample request below the form."
                ),
            },
        ),
    ]
    change_form_template = "admin/agencies/mechanism/change_form.html"

    def change_view(self, request, object_id, form_url="", extra_context=None):
        from matching.preview import ranking_preview

        extra_context = dict(extra_context or {})
        sample = request.GET.get("sample", "").strip()[:2000]
        mechanism = self.get_object(request, object_id)
        extra_context["sample"] = sample
        if sample and mechanism is not None:
            extra_context["preview"] = ranking_preview(text=sample, mechanism=mechanism, user=request.user)
        return super().change_view(request, object_id, form_url, extra_context)


@admin.register(Deliverer)
class DelivererAdmin(admin.ModelAdmin):
    """The delivery network: agencies, clinics and centres appear by themselves; staff register
    universities and local partners here."""

    list_display = ["name_th", "short_name_th", "kind", "province", "is_active"]
    list_filter = ["kind", "is_active"]
    list_select_related = ["province"]
    search_fields = ["name_th", "name_en", "short_name_th", "short_name_en"]
    autocomplete_fields = ["province"]
    fields = [
        "kind",
        "name_th",
        "name_en",
        "short_name_th",
        "short_name_en",
        "province",
        "registered_on",
        "email",
        "phone",
        "website",
        "is_active",
        "agency",
        "clinic",
        "centre",
    ]

    def get_readonly_fields(self, request, obj=None):
        # An agency's, a clinic's or a centre's deliverer mirrors that record: edit it there.
        if obj is not None and obj.kind in (
            Deliverer.Kind.AGENCY,
            Deliverer.Kind.CLINIC,
            Deliverer.Kind.CENTRE,
        ):
            return [*self.fields[:6], "agency", "clinic", "centre"]
        return ["agency", "clinic", "centre"]

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "kind":
            # New entries are the network's own members; the rest come with their records.
            kwargs["choices"] = [
                (value, label)
                for value, label in Deliverer.Kind.choices
                if value in (Deliverer.Kind.UNIVERSITY, Deliverer.Kind.PARTNER)
            ]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def has_delete_permission(self, request, obj=None):
        return False  # assignments point at deliverers: they are retired (not taking assignments)
