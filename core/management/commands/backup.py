from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, backup


class Command(BaseCommand):
    help = "Back up the database (PostgreSQL or SQLite) and the uploaded media into one tar file."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", default="backups", help="folder for the backup file (default: backups/)"
        )

    def handle(self, *args, **options):
        try:
            archive = backup(Path(options["output"]))
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"backup written: {archive}"))
