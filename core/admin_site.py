"""The portal's admin site: staff pass a second factor (TOTP) when STAFF_REQUIRE_OTP is on."""

from django.conf import settings
from django.contrib import admin
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from accounts.admin_login import StaffLoginForm


class PortalAdminSite(admin.AdminSite):
    """Django's admin, titled for the ministry, with two-factor log-in switched by a setting.

    The log-in form asks for the authenticator's code next to the password (accounts.admin_login);
    a session that logged in on the portal with a password alone is not let in.
    """

    site_header = _("MOST Portal administration")
    site_title = _("MOST Portal")
    index_title = _("Programme data")
    login_form = StaffLoginForm

    def has_permission(self, request):
        if not super().has_permission(request):
            return False
        if settings.STAFF_REQUIRE_OTP:
            return request.user.is_verified()
        return True

    def login(self, request, extra_context=None):
        if settings.STAFF_REQUIRE_OTP:
            extra_context = {**(extra_context or {}), "two_factor_setup_url": reverse("two_factor_setup")}
        return super().login(request, extra_context)
