"""Fail when the Thai catalogue lacks a translation of any message in the code."""

# Runs GNU msgfmt only, with fixed arguments and no shell.
import subprocess  # nosec B404
import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Check that locale/th is complete: no untranslated or fuzzy entry after makemessages."

    def handle(self, *args, **options) -> None:
        locale = Path(settings.BASE_DIR) / "locale"
        po_path = locale / "th" / "LC_MESSAGES" / "django.po"
        original = po_path.read_bytes() if po_path.exists() else b""
        try:
            call_command(
                "makemessages", locale=["th"], no_location=True, ignore_patterns=[".venv/*", "staticfiles/*"],
                verbosity=0,
            )  # fmt: skip
            catalogue = polib.pofile(str(po_path))
            problems = [f"untranslated: {entry.msgid!r}" for entry in catalogue.untranslated_entries()]
            problems += [f"fuzzy: {entry.msgid!r}" for entry in catalogue.fuzzy_entries()]
        finally:
            po_path.write_bytes(original)
        if problems:
            raise CommandError(f"{len(problems)} Thai translation(s) missing:\n" + "\n".join(problems[:80]))
        with tempfile.TemporaryDirectory() as scratch:
            compiled = Path(scratch) / "django.mo"
            # GNU msgfmt from PATH, fixed arguments, no shell: a developer and CI tool.
            command = ["msgfmt", "--check", "-o", str(compiled), str(po_path)]
            subprocess.run(command, check=True)  # noqa: S603  # nosec B603 B607
            committed = po_path.with_suffix(".mo")
            if not committed.exists() or _messages(committed) != _messages(compiled):
                raise CommandError(
                    "locale/th/LC_MESSAGES/django.mo is stale: run `make messages` and commit it."
                )
        self.stdout.write(self.style.SUCCESS(f"Thai catalogue complete: {len(catalogue)} messages."))


def _messages(path: Path) -> set[tuple[str, str]]:
    return {(entry.msgid, entry.msgstr) for entry in polib.mofile(str(path))}
