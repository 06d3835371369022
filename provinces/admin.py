"""Staff data entry for provinces, clusters (with dated memberships), centres, PCSOs and clinics."""

from django import forms
from django.contrib import admin
from django.forms.models import construct_instance
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from core.admin import SpreadsheetMixin
from core.collation import by_name
from core.forms import ThaiDateAdminMixin
from privacy.admin_mixins import PERSONAL_DATA_NOTICE, AccessLoggedAdminMixin, AnonymisePCSOActionMixin
from provinces.models import (
    PCSO,
    Cluster,
    ClusterMembership,
    District,
    Province,
    RegionalCentre,
    TechnologyClinic,
)
from provinces.resources import PCSOResource, TechnologyClinicResource
from provinces.services import centre_number, membership_regroup


class MembershipInline(ThaiDateAdminMixin, admin.TabularInline):
    model = ClusterMembership
    extra = 0
    fields = ["cluster", "valid_from", "valid_to", "basis"]
    autocomplete_fields = ["cluster"]


class PCSOInline(ThaiDateAdminMixin, admin.TabularInline):
    model = PCSO
    extra = 0
    fields = ["name", "position", "term_start", "term_end", "email", "phone", "user"]
    raw_id_fields = ["user"]


class TechnologyClinicInline(admin.StackedInline):
    model = TechnologyClinic
    extra = 0
    fields = ["institution_th", "institution_en", "website", "phone"]


@admin.register(Province)
class ProvinceAdmin(AccessLoggedAdminMixin, admin.ModelAdmin):
    list_display = ["code", "name_th", "name_en", "region", "regional_centre"]
    list_filter = ["region", "regional_centre"]
    list_select_related = ["regional_centre"]
    search_fields = ["code", "name_th", "name_en", "iso_code"]
    fieldsets = [
        (None, {"fields": ["code", "iso_code", "slug", "name_th", "name_en", "region"]}),
        (_("Abbreviations"), {"fields": ["abbreviation_th", "abbreviation_en"]}),
        (_("Location"), {"fields": ["latitude", "longitude"]}),
        (_("Coordination"), {"fields": ["regional_centre"]}),
    ]
    inlines = [MembershipInline, PCSOInline, TechnologyClinicInline]

    def get_ordering(self, request):
        # Also the order of every province filter and drop-down in the admin (Django asks the
        # related model's admin): Thai order in Thai, English order in English.
        return by_name()

    def get_readonly_fields(self, request, obj=None):
        return ["code", "iso_code"] if obj else []

    def has_delete_permission(self, request, obj=None):
        return False  # reference data: provinces are never deleted


class ClusterMemberInline(ThaiDateAdminMixin, admin.TabularInline):
    model = ClusterMembership
    extra = 0
    fields = ["province", "valid_from", "valid_to", "basis"]
    autocomplete_fields = ["province"]
    verbose_name = _("member")
    verbose_name_plural = _("members over time")


@admin.register(Cluster)
class ClusterAdmin(admin.ModelAdmin):
    list_display = ["code", "name_th", "name_en", "hub_province"]
    list_select_related = ["hub_province"]
    search_fields = ["code", "name_th", "name_en"]
    autocomplete_fields = ["hub_province"]
    inlines = [ClusterMemberInline]

    def has_delete_permission(self, request, obj=None):
        return False


class RegroupForm(forms.ModelForm):
    """Adding a membership is a regrouping: the province leaves its current cluster that day."""

    class Meta:
        model = ClusterMembership
        fields = ["province", "cluster", "valid_from", "basis"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["valid_from"].required = True
        self.fields["valid_from"].help_text = _("The day the province joins this cluster.")

    def _post_clean(self):
        # The model's overlap check would object to the membership this regrouping closes;
        # the service checks the regrouping itself, atomically, when it is saved.
        self.instance = construct_instance(self, self.instance, self._meta.fields, self._meta.exclude)
        data = self.cleaned_data
        if self.errors or not all(data.get(key) for key in ("province", "cluster", "valid_from")):
            return
        current = ClusterMembership.objects.filter(province=data["province"], valid_to__isnull=True).first()
        if current and current.cluster_id == data["cluster"].pk:
            self.add_error("cluster", _("The province is already a member of this cluster."))
        elif current and current.valid_from and current.valid_from >= data["valid_from"]:
            self.add_error(
                "valid_from", _("The regrouping must take effect after the current membership began.")
            )


@admin.register(ClusterMembership)
class ClusterMembershipAdmin(ThaiDateAdminMixin, admin.ModelAdmin):
    """Add a membership to enter a regrouping with its effective date; history stays as it was."""

    list_display = ["province", "cluster", "valid_from", "valid_to", "basis"]
    list_filter = ["cluster"]
    list_select_related = ["province", "cluster"]
    search_fields = ["province__name_th", "province__name_en", "cluster__name_th", "cluster__name_en"]
    autocomplete_fields = ["province", "cluster"]

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            kwargs["form"] = RegroupForm
        return super().get_form(request, obj, change=change, **kwargs)

    def save_model(self, request, obj, form, change):
        if change:
            return super().save_model(request, obj, form, change)
        saved = membership_regroup(
            province=obj.province, cluster=obj.cluster, effective=obj.valid_from, basis=obj.basis
        )
        obj.pk = saved.pk


@admin.register(RegionalCentre)
class RegionalCentreAdmin(ThaiDateAdminMixin, admin.ModelAdmin):
    list_display = ["number", "name_th", "region_en", "host_province"]
    list_select_related = ["host_province"]
    search_fields = ["name_th", "name_en", "region_th", "region_en"]
    autocomplete_fields = ["host_province"]
    fieldsets = [
        (None, {"fields": ["number", "name_th", "name_en", "region_th", "region_en", "host_province"]}),
        (
            _("Seat"),
            {"fields": ["host_institution_th", "host_institution_en", "address_th", "address_en"]},
        ),
        (_("Establishment"), {"fields": ["established_on", "established_by_th", "established_by_en"]}),
    ]

    def get_search_results(self, request, queryset, search_term):
        """Staff find a centre as they write it: "ศวภ.2", "ศวภ. ๒", "RCC 2" or just "2"."""
        number = centre_number(search_term)
        if number is not None:
            return queryset.filter(number=number), False
        return super().get_search_results(request, queryset, search_term)


@admin.register(PCSO)
class PCSOAdmin(
    AccessLoggedAdminMixin, AnonymisePCSOActionMixin, SpreadsheetMixin, ThaiDateAdminMixin, SimpleHistoryAdmin
):
    resource_classes = [PCSOResource]
    list_display = ["name", "province", "position", "term_start", "term_end", "user"]
    list_filter = ["province__region"]
    list_select_related = ["province", "user"]
    search_fields = ["name", "province__name_th", "province__name_en", "email"]
    autocomplete_fields = ["province"]
    raw_id_fields = ["user"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "province",
                    "name",
                    "position",
                    "term_start",
                    "term_end",
                    "email",
                    "phone",
                    "user",
                ],
                "description": PERSONAL_DATA_NOTICE,
            },
        )
    ]


@admin.register(TechnologyClinic)
class TechnologyClinicAdmin(SpreadsheetMixin, SimpleHistoryAdmin):
    resource_classes = [TechnologyClinicResource]
    list_display = ["institution_th", "province", "website"]
    list_select_related = ["province"]
    list_filter = ["province__region"]
    search_fields = ["institution_th", "institution_en", "province__name_th", "province__name_en"]
    autocomplete_fields = ["province"]


@admin.register(District)
class DistrictAdmin(admin.ModelAdmin):
    """Reference data from GeoThai (DOPA codes): searchable for a request's district, never deleted."""

    list_display = ["code", "name_th", "name_en", "province"]
    list_filter = ["province__region"]
    list_select_related = ["province"]
    search_fields = ["code", "name_th", "name_en", "province__name_th", "province__name_en"]
    ordering = ["code"]
    fields = ["code", "province", "name_th", "name_en"]
    autocomplete_fields = ["province"]

    def get_readonly_fields(self, request, obj=None):
        return ["code", "province"] if obj else []

    def has_delete_permission(self, request, obj=None):
        return False
