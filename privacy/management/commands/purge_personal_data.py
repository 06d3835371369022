from django.core.management.base import BaseCommand

from privacy.retention import retention_purge


class Command(BaseCommand):
    help = "Remove personal data past its retention period (settings RETENTION_DAYS); safe to run twice."

    def handle(self, *args, **options):
        removed = retention_purge()
        for what, count in removed.items():
            self.stdout.write(f"{what}: {count}")
        self.stdout.write(self.style.SUCCESS(f"removed {sum(removed.values())} records"))
