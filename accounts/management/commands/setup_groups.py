from django.core.management.base import BaseCommand

from accounts.roles import PERMISSIONS, sync_groups


class Command(BaseCommand):
    help = "Create the role groups and set their permissions (idempotent)."

    def handle(self, *args, **options) -> None:
        sync_groups()
        self.stdout.write(self.style.SUCCESS(f"{len(PERMISSIONS)} groups up to date."))
