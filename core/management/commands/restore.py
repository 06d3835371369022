from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, restore


class Command(BaseCommand):
    help = "Restore a backup (see `backup`) into an empty database and media storage, then check every table and file."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="the backup file written by `manage.py backup`")

    def handle(self, *args, **options):
        try:
            manifest = restore(Path(options["archive"]))
        except BackupError as error:
            raise CommandError(str(error)) from error
        rows = sum(manifest["tables"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"restored {rows} rows in {len(manifest['tables'])} tables and {len(manifest['files'])} files; all checked"
            )
        )
