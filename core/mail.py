"""The one way the portal sends e-mail: ``mail_send``.

Every e-mail the portal sends (request notifications, digests, reminders, enrolment notices,
personal-data requests) goes through this function, so that how mail leaves the system (today:
sent at once, a failure logged; later: an outbox written in the caller's transaction and sent by
the worker) is decided in one place.
"""

import logging
from collections.abc import Iterable

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)


def mail_send(*, subject: str, template: str, context: dict, recipients: Iterable[str]) -> int:
    """Send one e-mail per recipient, the body rendered from ``template``; returns how many went.

    A failed send is logged, never raised: the change that caused the message is already saved.
    """
    sent = 0
    for address in sorted(set(recipients)):
        try:
            body = render_to_string(template, context)
            sent += send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [address], fail_silently=False)
        except Exception:
            logger.exception("Could not send %r to %s", subject, address)
    return sent
