"""Issue a two-step log-in enrolment link from the server (the first superuser has no one to ask)."""

from django.core.management.base import BaseCommand, CommandError

from accounts.models import TwoFactorInvitation, User
from accounts.two_factor import invitation_issue


class Command(BaseCommand):
    help = "Print a one-time link with which a staff member sets up their authenticator app."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username: str, **options):
        user = User.objects.filter(username=username, is_staff=True, is_active=True).first()
        if user is None:
            raise CommandError(f"No active staff account {username!r}.")
        self.stdout.write(invitation_issue(TwoFactorInvitation(user=user), issued_by=None))
