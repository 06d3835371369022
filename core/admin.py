"""Admin building blocks shared by the apps, and the third-party admins in Thai."""

import inspect

from axes.admin import AccessAttemptAdmin
from axes.models import AccessAttempt
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin
from django.contrib.auth.models import Group
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.admin import TOTPDeviceAdmin
from django_otp.plugins.otp_totp.models import TOTPDevice
from import_export.admin import ImportExportMixin
from import_export.formats import base_formats
from import_export.forms import SelectableFieldsExportForm


class ReadOnlyAdminMixin:
    """A record staff may look at but never add, change or delete in the admin.

    For records a workflow writes (history, assignments, reference counters, groups): they
    change through the services, which keep everything that depends on them in step.
    """

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ReadOnlyModelAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """A model admin for records that are only ever read here."""


class ColumnExportForm(SelectableFieldsExportForm):
    """The export's column choices named as the file heads them (in Thai), not by code names."""

    def _get_field_label(self, resource, field_name: str) -> str:
        # An instance: PortalResource names its columns when it is made.
        field = resource().fields.get(field_name)
        return field.column_name if field else field_name


class SpreadsheetMixin(ImportExportMixin):
    """Import from and export to XLSX and CSV (django-import-export), with a preview first.

    The import shows what each row will change and refuses the whole file while any row has an
    error (named on its row); the export writes the list as filtered on the screen. The resource
    (``<app>/resources.py``) gets the person importing, for the records' history.
    """

    formats = [base_formats.XLSX, base_formats.CSV]
    export_form_class = ColumnExportForm
    # A CSV with a byte-order mark: Excel, which staff open it in, then reads the Thai as UTF-8.
    to_encoding = "utf-8-sig"

    def get_import_resource_kwargs(self, request, **kwargs):
        resource_kwargs = super().get_import_resource_kwargs(request, **kwargs)
        if "user" in inspect.signature(self.resource_classes[0].__init__).parameters:
            resource_kwargs["user"] = request.user
        return resource_kwargs


# The third-party admins, in Thai ------------------------------------------------------------
# Django's group admin lists permissions by their stored English names ("Can add workshop"), and
# django-otp's device admin names its sections in plain English: re-registered here with labels
# that go through our catalogue (see core.third_party for the models' own labels).

_PERMISSION_ACTIONS = {
    "add": _("Can add %(model)s"),
    "change": _("Can change %(model)s"),
    "delete": _("Can delete %(model)s"),
    "view": _("Can view %(model)s"),
}


def _model_name(model) -> str:
    """A model's name in the page's language; django-simple-history's history models are named in
    English when they are built ("historical workshop"), so they are named here from their model."""
    original = getattr(model, "instance_type", None)
    if original is not None:
        return gettext("change history of %(model)s") % {"model": original._meta.verbose_name}
    return model._meta.verbose_name


def permission_label(permission) -> str:
    """A permission as staff read it: "<app> | Can add <model>" in the page's language."""
    content_type = permission.content_type
    model = content_type.model_class()
    action = permission.codename.split("_", 1)[0]
    if (
        model is not None
        and permission.codename == f"{action}_{model._meta.model_name}"
        and action in _PERMISSION_ACTIONS
    ):
        name = _PERMISSION_ACTIONS[action] % {"model": _model_name(model)}
    else:
        name = gettext(permission.name)
    try:
        app = apps.get_app_config(content_type.app_label).verbose_name
    except LookupError:
        app = content_type.app_label
    return f"{app} | {name}"


class PortalGroupAdmin(GroupAdmin):
    """Django's group admin with the permissions named in the page's language."""

    def formfield_for_manytomany(self, db_field, request=None, **kwargs):
        field = super().formfield_for_manytomany(db_field, request=request, **kwargs)
        if db_field.name == "permissions":
            field.label_from_instance = permission_label
        return field


class PortalTOTPDeviceAdmin(TOTPDeviceAdmin):
    """django-otp's device admin with its sections, columns and search help in our catalogue."""

    search_help_text = _("Search by the user's username or e-mail address.")

    def get_fieldsets(self, request, obj=None):
        return [
            (gettext(name) if name else name, options)
            for name, options in super().get_fieldsets(request, obj)
        ]

    @admin.display(description=_("QR Code"))
    def qrcode_link(self, device):
        return super().qrcode_link(device)


class PortalAccessAttemptAdmin(AccessAttemptAdmin):
    """django-axes' list of log-in attempts with its computed columns named in our catalogue."""

    @admin.display(description=_("expires"))
    def expiration(self, obj):
        return super().expiration(obj)

    @admin.display(description=_("status"))
    def status(self, obj):
        return super().status(obj)


for _model, _admin in (
    (Group, PortalGroupAdmin),
    (TOTPDevice, PortalTOTPDeviceAdmin),
    (AccessAttempt, PortalAccessAttemptAdmin),
):
    if admin.site.is_registered(_model):
        admin.site.unregister(_model)
    admin.site.register(_model, _admin)
