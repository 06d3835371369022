"""The one way the portal sends e-mail: ``mail_send``.

Every e-mail the portal sends (request notifications, digests, reminders, enrolment notices,
personal-data requests) goes through this function. It renders the message now, in the active
language, and writes it to the outbox in the caller's transaction (``background.outbox``): the
message exists exactly when the change that causes it is saved, and the worker sends it after
commit, retrying until the mail server takes it.
"""

from collections.abc import Iterable

from django.template.loader import render_to_string

from background import outbox


def mail_send(*, subject: str, template: str, context: dict, recipients: Iterable[str], key: str = "") -> int:
    """Queue one e-mail per recipient, the body rendered from ``template``; returns how many.

    ``key`` names the cause (say ``"event:42"``): a recipient already queued under it gets no
    second message, so a job that runs twice sends nothing twice.
    """
    recipients = sorted(set(recipients))
    if not recipients:
        return 0
    body = render_to_string(template, context)
    return outbox.enqueue(subject=str(subject), body=body, recipients=recipients, key=key)
