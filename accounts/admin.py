"""Staff manage accounts: a role and the one link it needs (province, centre or deliverer)."""

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from accounts.models import TwoFactorInvitation, User
from accounts.services import user_set_role
from accounts.two_factor import invitation_issue
from privacy.admin_mixins import PERSONAL_DATA_NOTICE, AccessLoggedAdminMixin, AnonymiseUserActionMixin


@admin.register(User)
class UserAdmin(AccessLoggedAdminMixin, AnonymiseUserActionMixin, SimpleHistoryAdmin, DjangoUserAdmin):
    list_display = [
        "username",
        "email",
        "first_name",
        "last_name",
        "position",
        "role",
        "province",
        "regional_centre",
        "deliverer",
        "is_active",
    ]
    list_filter = ["role", "is_active", "is_staff", "regional_centre", "deliverer__kind"]
    list_select_related = ["province", "regional_centre", "deliverer"]
    search_fields = ["username", "email", "first_name", "last_name", "position"]
    autocomplete_fields = ["province", "regional_centre", "deliverer"]
    readonly_fields = ["last_login", "date_joined"]
    fieldsets = [
        (None, {"fields": ["username", "password"]}),
        (
            _("Person"),
            {"fields": ["first_name", "last_name", "position", "email"], "description": PERSONAL_DATA_NOTICE},
        ),
        (
            _("Role in the programme"),
            {
                "fields": ["role", "province", "regional_centre", "deliverer"],
                "description": _(
                    "A PCSO needs a province, a coordinator a regional centre, a focal point a deliverer "
                    "(an agency, a technology clinic, a regional centre, a university or a local partner). "
                    "The role's group is given automatically."
                ),
            },
        ),
        (_("Access"), {"fields": ["is_active", "is_superuser", "last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (
            None,
            {
                "classes": ["wide"],
                "fields": ["username", "email", "password1", "password2"],
                "description": PERSONAL_DATA_NOTICE,
            },
        ),
        (_("Role in the programme"), {"fields": ["role", "province", "regional_centre", "deliverer"]}),
    ]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        # The role decides the group and admin access: keep them in step through the service.
        user_set_role(
            user=obj,
            role=obj.role,
            province=obj.province,
            regional_centre=obj.regional_centre,
            deliverer=obj.deliverer,
        )


@admin.register(TwoFactorInvitation)
class TwoFactorInvitationAdmin(admin.ModelAdmin):
    """Superusers issue one-time enrolment links; each link's use is the record of an enrolment."""

    list_display = ["user", "issued_by", "created_at", "expires_at", "used_at", "used_from"]
    list_select_related = ["user", "issued_by"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    autocomplete_fields = ["user"]
    fields = ["user", "issued_by", "created_at", "expires_at", "used_at", "used_from"]
    readonly_fields = ["issued_by", "created_at", "expires_at", "used_at", "used_from"]

    def has_add_permission(self, request):
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    def get_readonly_fields(self, request, obj=None):
        return [*self.readonly_fields, "user"] if obj is not None else self.readonly_fields

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "user":
            kwargs["queryset"] = User.objects.filter(is_staff=True, is_active=True)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        link = invitation_issue(obj, issued_by=request.user)
        messages.success(
            request,
            _("Enrolment link for %(user)s (sent to their e-mail, shown only now): %(link)s")
            % {"user": obj.user, "link": link},
        )
