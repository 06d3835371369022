"""The portal's admin site: staff pass a second factor (TOTP) when STAFF_REQUIRE_OTP is on."""

from django.conf import settings
from django.contrib import admin
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_otp.admin import OTPAdminAuthenticationForm


class PortalAdminSite(admin.AdminSite):
    """Django's admin, titled for the ministry, with two-factor login switched by a setting."""

    site_header = _("MOST Portal administration")
    site_title = _("MOST Portal")
    index_title = _("Programme data")

    def has_permission(self, request):
        if not super().has_permission(request):
            return False
        if settings.STAFF_REQUIRE_OTP:
            return request.user.is_verified()
        return True

    def login(self, request, extra_context=None):
        if settings.STAFF_REQUIRE_OTP:
            self.login_form = OTPAdminAuthenticationForm
            extra_context = {**(extra_context or {}), "two_factor_setup_url": reverse("two_factor_setup")}
        else:
            self.login_form = None
        return super().login(request, extra_context)
