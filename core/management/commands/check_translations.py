"""Fail when the Thai catalogue lacks a translation of any message in the code."""

# Runs GNU msgfmt only, with fixed arguments and no shell.
import subprocess  # nosec B404
import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

#: The server's messages and the admin's JavaScript ones (core/catalogue/admin.js).
DOMAINS = ("django", "djangojs")


class Command(BaseCommand):
    help = "Check that locale/th is complete (django and djangojs): no untranslated or fuzzy entry after makemessages."

    def handle(self, *args, **options) -> None:
        total = 0
        for domain in DOMAINS:
            total += self._check(domain)
        self.stdout.write(self.style.SUCCESS(f"Thai catalogue complete: {total} messages."))

    def _check(self, domain: str) -> int:
        locale = Path(settings.BASE_DIR) / "locale"
        po_path = locale / "th" / "LC_MESSAGES" / f"{domain}.po"
        original = po_path.read_bytes() if po_path.exists() else b""
        try:
            call_command(
                "makemessages", locale=["th"], domain=domain, no_location=True,
                ignore_patterns=[".venv/*", "staticfiles/*"], verbosity=0,
            )  # fmt: skip
            catalogue = polib.pofile(str(po_path))
            problems = [f"untranslated: {entry.msgid!r}" for entry in catalogue.untranslated_entries()]
            problems += [f"fuzzy: {entry.msgid!r}" for entry in catalogue.fuzzy_entries()]
        finally:
            po_path.write_bytes(original)
        if problems:
            raise CommandError(
                f"{len(problems)} Thai translation(s) missing in {domain}.po:\n" + "\n".join(problems[:80])
            )
        with tempfile.TemporaryDirectory() as scratch:
            compiled = Path(scratch) / f"{domain}.mo"
            # GNU msgfmt from PATH, fixed arguments, no shell: a developer and CI tool.
            command = ["msgfmt", "--check", "-o", str(compiled), str(po_path)]
            subprocess.run(command, check=True)  # noqa: S603  # nosec B603 B607
            committed = po_path.with_suffix(".mo")
            if not committed.exists() or _messages(committed) != _messages(compiled):
                raise CommandError(
                    f"locale/th/LC_MESSAGES/{domain}.mo is stale: run `make messages` and commit it."
                )
        return len(catalogue)


def _messages(path: Path) -> set[tuple[str, str]]:
    return {(entry.msgid, entry.msgstr) for entry in polib.mofile(str(path))}
