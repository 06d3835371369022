"""The admin's log-in form: password, and a code from the authenticator app when staff need one."""

import re

from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


class StaffLoginForm(AdminAuthenticationForm):
    """Username, password and, with ``STAFF_REQUIRE_OTP`` on, the six-digit code in one step.

    The code is checked against the staff member's confirmed authenticators only (an app whose
    enrolment was not finished counts for nothing); Thai digits are accepted as typed.
    """

    otp_token = forms.CharField(
        label=_("Code from the authenticator app"),
        required=False,
        max_length=12,
        help_text=_("The six digits your authenticator app shows now for MOST Portal."),
        widget=forms.TextInput(
            attrs={
                "inputmode": "numeric",
                "autocomplete": "one-time-code",
                "aria-describedby": "id_otp_token_helptext",
            }
        ),
    )

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "otp_required": _("Enter the six-digit code from your authenticator app."),
        "otp_invalid": _(
            "This code is not right or has expired. Enter the code the app shows now (it changes "
            "every 30 seconds)."
        ),
        "otp_throttled": _("Too many wrong codes. Wait a minute, then enter the code the app shows now."),
        "otp_not_enrolled": _(
            "Your account has no authenticator app set up yet, so it cannot enter the administration. "
            "Ask a system administrator for an enrolment link, then follow it."
        ),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not settings.STAFF_REQUIRE_OTP:
            del self.fields["otp_token"]

    def clean(self):
        cleaned = super().clean()
        if not settings.STAFF_REQUIRE_OTP:
            return cleaned
        user = self.get_user()
        devices = list(TOTPDevice.objects.filter(user=user, confirmed=True))
        if not devices:
            raise forms.ValidationError(self.error_messages["otp_not_enrolled"], code="otp_not_enrolled")
        token = re.sub(r"\s", "", (cleaned.get("otp_token") or "").translate(THAI_DIGITS))
        if not re.fullmatch(r"\d{6}", token):
            raise forms.ValidationError(self.error_messages["otp_required"], code="otp_required")
        throttled = False
        for device in devices:
            allowed, _extra = device.verify_is_allowed()
            if not allowed:
                throttled = True
                continue
            if device.verify_token(token):
                # django-otp's user_logged_in receiver marks the session verified with this device.
                user.otp_device = device
                return cleaned
        code = "otp_throttled" if throttled else "otp_invalid"
        raise forms.ValidationError(self.error_messages[code], code=code)
