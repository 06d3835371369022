"""Back up and restore the whole portal: the database (PostgreSQL or SQLite) and the uploaded media.

A backup is one tar file holding ``database.dump`` (PostgreSQL's custom format, by ``pg_dump``)
or ``database.sqlite3`` (SQLite's online backup), the media files as the storage holds them
(local disk or S3, through Django's storage API), and ``manifest.json``: the row count of every
table and the name, size and SHA-256 of every file. ``restore`` writes them into an **empty**
database and storage and then checks every count and file against the manifest.
"""

import datetime as dt
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess  # nosec B404  (pg_dump and pg_restore, with argument lists, no shell)
import tarfile
import tempfile
from pathlib import Path

from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection

MANIFEST = "manifest.json"


class BackupError(Exception):
    """A backup or restore that cannot be done (with the reason, for the command to print)."""


def _row_counts() -> dict[str, int]:
    counts = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.managed and not model._meta.proxy:
            counts[model._meta.db_table] = model._base_manager.using(connection.alias).count()
    return dict(sorted(counts.items()))


def _media_files(storage=default_storage, folder: str = "") -> list[str]:
    try:
        directories, files = storage.listdir(folder)
    except FileNotFoundError:
        return []
    names = [f"{folder}/{name}" if folder else name for name in files]
    for directory in directories:
        names += _media_files(storage, f"{folder}/{directory}" if folder else directory)
    return sorted(names)


def _pg_env(settings_dict: dict) -> tuple[list[str], dict]:
    args = []
    if settings_dict.get("HOST"):
        args += ["--host", str(settings_dict["HOST"])]
    if settings_dict.get("PORT"):
        args += ["--port", str(settings_dict["PORT"])]
    if settings_dict.get("USER"):
        args += ["--username", str(settings_dict["USER"])]
    env = {**os.environ}
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = str(settings_dict["PASSWORD"])
    return args, env


def _run(command: list[str], env: dict) -> None:
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603  # nosec B603
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()[:2000]}")


def _dump_database(folder: Path) -> str:
    settings_dict = connection.settings_dict
    if connection.vendor == "postgresql":
        args, env = _pg_env(settings_dict)
        target = folder / "database.dump"
        _run(["pg_dump", *args, "--format=custom", "--no-owner", "--no-privileges",
              f"--file={target}", str(settings_dict["NAME"])], env)  # fmt: skip
        return target.name
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        target = folder / "database.sqlite3"
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)
        copy.close()
        return target.name
    raise BackupError(f"backups of a {connection.vendor} database are not supported")


def backup(destination: Path) -> Path:
    """Write a backup of the database and the media into the folder ``destination``; returns the file."""
    destination.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    archive = destination / f"most-backup-{stamp}.tar"
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        database = _dump_database(folder)
        files = []
        with tarfile.open(archive, "w") as tar:
            tar.add(folder / database, arcname=database)
            for name in _media_files():
                with default_storage.open(name, "rb") as handle:
                    content = handle.read()
                files.append(
                    {"name": name, "size": len(content), "sha256": hashlib.sha256(content).hexdigest()}
                )
                info = tarfile.TarInfo(f"media/{name}")
                info.size = len(content)
                tar.addfile(info, io.BytesIO(content))
            manifest = {
                "created": stamp,
                "vendor": connection.vendor,
                "database": database,
                "tables": _row_counts(),
                "files": files,
            }
            body = json.dumps(manifest, indent=1, ensure_ascii=False).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(body)
            tar.addfile(info, io.BytesIO(body))
    return archive


def _database_is_empty() -> bool:
    return not connection.introspection.table_names()


def _restore_database(tar: tarfile.TarFile, manifest: dict, work: Path) -> None:
    if manifest["vendor"] != connection.vendor:
        raise BackupError(f"this backup is of a {manifest['vendor']} database, not {connection.vendor}")
    if not _database_is_empty():
        raise BackupError("the database is not empty: restore into a new, empty database")
    tar.extract(manifest["database"], path=work, filter="data")
    source = work / manifest["database"]
    settings_dict = connection.settings_dict
    if connection.vendor == "postgresql":
        connection.close()
        args, env = _pg_env(settings_dict)
        _run(["pg_restore", *args, "--no-owner", "--no-privileges", "--exit-on-error",
              f"--dbname={settings_dict['NAME']}", str(source)], env)  # fmt: skip
    else:
        connection.close()
        target = Path(str(settings_dict["NAME"]))
        if "memory" in str(target) or str(target).startswith("file:"):
            raise BackupError("restore into a database file, not an in-memory database")
        shutil.copyfile(source, target)


def _restore_media(tar: tarfile.TarFile, manifest: dict) -> None:
    for item in manifest["files"]:
        if default_storage.exists(item["name"]):
            raise BackupError(f"the media storage is not empty: {item['name']} exists")
        member = tar.extractfile(f"media/{item['name']}")
        saved = default_storage.save(item["name"], ContentFile(member.read()))
        if saved != item["name"]:
            raise BackupError(f"{item['name']} was stored as {saved}")


def verify(manifest: dict) -> list[str]:
    """What differs from the manifest: tables whose row count differs, files missing or changed."""
    problems = []
    counts = _row_counts()
    for table, count in manifest["tables"].items():
        if counts.get(table) != count:
            problems.append(f"{table}: {counts.get(table)} rows, the backup has {count}")
    for item in manifest["files"]:
        if not default_storage.exists(item["name"]):
            problems.append(f"missing file {item['name']}")
            continue
        with default_storage.open(item["name"], "rb") as handle:
            if hashlib.sha256(handle.read()).hexdigest() != item["sha256"]:
                problems.append(f"changed file {item['name']}")
    return problems


def restore(archive: Path) -> dict:
    """Restore ``archive`` into the (empty) database and media storage; returns the manifest.

    Raises :class:`BackupError` when the target is not empty or when, after restoring, a table's
    row count or a file differs from the backup.
    """
    with tarfile.open(archive, "r") as tar, tempfile.TemporaryDirectory() as work:
        manifest = json.load(tar.extractfile(MANIFEST))
        _restore_database(tar, manifest, Path(work))
        _restore_media(tar, manifest)
    problems = verify(manifest)
    if problems:
        raise BackupError("the restored portal differs from the backup: " + "; ".join(problems[:20]))
    return manifest
