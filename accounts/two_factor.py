"""Two-step log-in for staff: enrolment links, the enrolment itself, and the notice by e-mail.

Enrolment needs more than a password (issue 12 item 2): a one-time link issued by a superuser,
used by its own user after a fresh log-in. Every enrolment is recorded on the link and e-mailed.
"""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.models import TwoFactorInvitation, User

#: The session key holding when the person last typed their password (set at every log-in).
LOGIN_AT = "_login_at"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invitation_issue(invitation: TwoFactorInvitation, *, issued_by: User | None) -> str:
    """Save a new one-time link for ``invitation.user``, e-mail it to them; returns its address.

    Only the token's hash is stored: the address is shown once to whoever issued it.
    """
    token = secrets.token_urlsafe(32)
    invitation.token_hash = token_hash(token)
    invitation.issued_by = issued_by
    invitation.expires_at = timezone.now() + timedelta(hours=settings.TWO_FACTOR_LINK_HOURS)
    invitation.save()
    with translation.override(settings.LANGUAGE_CODE):
        link = settings.SITE_URL.rstrip("/") + reverse("two_factor_enrol", args=[token])
    user = invitation.user
    if user.email:
        context = {"user": user, "link": link, "expires": invitation.expires_at}
        with translation.override("th"):
            subject = _("Your link to set up two-step log-in on MOST Portal")
            body = render_to_string("email/two_factor_link.txt", context)
        transaction.on_commit(
            lambda: send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email], fail_silently=True)
        )
    return link


def invitation_for(token: str) -> TwoFactorInvitation | None:
    """The unused link of this token, or None (used, unknown; expiry is checked by the caller)."""
    return (
        TwoFactorInvitation.objects.select_related("user")
        .filter(token_hash=token_hash(token), used_at__isnull=True)
        .first()
    )


def login_is_fresh(request) -> bool:
    logged_in_at = request.session.get(LOGIN_AT)
    return logged_in_at is not None and (
        timezone.now().timestamp() - logged_in_at <= settings.TWO_FACTOR_FRESH_LOGIN_SECONDS
    )


def record_login_time(sender, request, user, **kwargs) -> None:
    """``user_logged_in`` receiver: remember when the password was typed (for "fresh log-in")."""
    if request is not None and hasattr(request, "session"):
        request.session[LOGIN_AT] = timezone.now().timestamp()


def pending_device(user: User) -> TOTPDevice:
    """The user's unconfirmed authenticator (its secret shown until a code proves the app holds it)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=_("Authenticator app"), confirmed=False)


def enrol(*, invitation: TwoFactorInvitation, device: TOTPDevice, address: str | None) -> None:
    """Confirm ``device``, spend the link and tell the person by e-mail, all or nothing."""
    with transaction.atomic():
        locked = TwoFactorInvitation.objects.select_for_update().get(pk=invitation.pk)
        if locked.used_at is not None:
            raise ValueError("used")
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        locked.used_at = timezone.now()
        locked.used_from = address
        locked.save(update_fields=["used_at", "used_from"])
        user = invitation.user
        if user.email:
            context = {"user": user, "when": locked.used_at, "address": address or "-"}
            context["site_url"] = settings.SITE_URL
            with translation.override("th"):
                subject = _("Two-step log-in was set up on your MOST Portal account")
                body = render_to_string("email/two_factor_enrolled.txt", context)
            transaction.on_commit(
                lambda: send_mail(
                    subject, body, settings.DEFAULT_FROM_EMAIL, [user.email], fail_silently=True
                )
            )
