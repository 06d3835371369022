"""A backup restored into a fresh, empty database and media folder answers the same pages, with every record and file."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection
from django.test import Client

from core.backup import BackupError, backup, restore
from requests_app import services
from requests_app.models import Category

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ROOT = Path(__file__).resolve().parents[2]
PAGES = ["/", "/en/", "/news/", "/workshops/", "/requests/", "/requests/2552-0001/", "/provinces/loei/",
         "/stats/", "/about/", "/en/privacy/", "/open-data/", "/api/v1/requests/"]  # fmt: skip
MAIN = re.compile(r"<main.*?</main>", re.DOTALL)

RENDER = """
import json, sys, django
django.setup()
from django.test import Client
from requests_app.models import Attachment
client = Client()
pages = {}
for path in json.loads(sys.argv[1]):
    response = client.get(path)
    pages[path] = [response.status_code, response.content.decode()]
files = [a.file.open("rb").read().decode("latin-1") for a in Attachment.objects.order_by("pk")]
print(json.dumps({"pages": pages, "files": files}))
"""


def _main(text: str) -> str:
    found = MAIN.search(text)
    return found.group(0) if found else text


def _fresh_database(name: str) -> str:
    settings_dict = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{name}.sqlite3"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{Path(name).name}"')
        cursor.execute(f'CREATE DATABASE "{Path(name).name}"')
    user = settings_dict.get("USER") or "postgres"
    return f"postgres://{user}@{settings_dict.get('HOST') or '127.0.0.1'}:{settings_dict.get('PORT') or 5432}/{Path(name).name}"


def test_a_backup_restored_into_a_fresh_database_answers_the_same_pages(pcso, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("load_demo", verbosity=0)
    request = services.request_create(
        actor=pcso,
        category=Category.objects.get(number=1),
        title="โจทย์พร้อมแผนงาน",
        description="แผนงานแนบมาพร้อมนี้",
        files=[SimpleUploadedFile("แผนงาน.pdf", b"%PDF-1.4 the plan", content_type="application/pdf")],
    )
    client = Client()
    before = {path: client.get(path) for path in PAGES}
    assert all(response.status_code == 200 for response in before.values()), {
        path: response.status_code for path, response in before.items()
    }

    archive = backup(tmp_path / "backups")
    name = (
        f"{connection.settings_dict['NAME']}_restore"
        if connection.vendor == "postgresql"
        else str(tmp_path / "restored")
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "mostportal.settings.test",
        "DATABASE_URL": _fresh_database(name),
        "DJANGO_TEST_MEDIA_ROOT": str(tmp_path / "restored-media"),
    }
    try:
        restored = subprocess.run(
            [sys.executable, "manage.py", "restore", str(archive)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert restored.returncode == 0, restored.stderr
        assert "all checked" in restored.stdout
        again = subprocess.run(
            [sys.executable, "manage.py", "restore", str(archive)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert again.returncode != 0 and "not empty" in again.stderr  # never over a live portal
        rendered = subprocess.run(
            [sys.executable, "-c", RENDER, json.dumps(PAGES)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert rendered.returncode == 0, rendered.stderr
        after = json.loads(rendered.stdout)
    finally:
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
    for path, response in before.items():
        status, text = after["pages"][path]
        assert status == 200, path
        assert _main(text) == _main(response.content.decode()), path
    assert after["files"] == ["%PDF-1.4 the plan"]
    assert request.attachments.count() == 1


def test_restoring_refuses_a_database_that_is_not_empty(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    archive = backup(tmp_path)
    with pytest.raises(BackupError, match="not empty"):
        restore(archive)
