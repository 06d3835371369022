"""The admin app, installed with the portal's own admin site (see core.admin_site)."""

from django.contrib.admin.apps import AdminConfig


class PortalAdminConfig(AdminConfig):
    default_site = "core.admin_site.PortalAdminSite"

    def ready(self) -> None:
        # Before the admins are built (autodiscover, in super().ready()): every admin, ours and the
        # third-party apps', types dates the Thai way (d/m/yyyy, B.E. on Thai pages) instead of
        # Django's C.E. inputs and calendar.
        from django.contrib.admin import options
        from django.db import models

        from core import wording
        from core.forms import ThaiDateField, ThaiDateInput, ThaiDateTimeField, ThaiDateTimeWidget

        # Before any admin form is built: its empty options are "— เลือก —", not "---------".
        wording.install()

        options.FORMFIELD_FOR_DBFIELD_DEFAULTS[models.DateField] = {
            "form_class": ThaiDateField,
            "widget": ThaiDateInput,
        }
        options.FORMFIELD_FOR_DBFIELD_DEFAULTS[models.DateTimeField] = {
            "form_class": ThaiDateTimeField,
            "widget": ThaiDateTimeWidget,
        }
        super().ready()
