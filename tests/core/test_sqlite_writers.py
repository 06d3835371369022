"""On SQLite (the embedded default) 50 parallel writers all succeed: they wait, none fails (issue 12 item 7)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import threading, django
django.setup()
from django.db import connection, connections, transaction

with connection.cursor() as cursor:
    cursor.execute("CREATE TABLE comment (id INTEGER PRIMARY KEY, body TEXT, seen INTEGER)")
barrier = threading.Barrier(50)
failures = []

def write(n):
    try:
        barrier.wait()
        with transaction.atomic():  # read, then write: the pattern that failed under a deferred lock
            with connection.cursor() as cursor:
                cursor.execute("SELECT COUNT(*) FROM comment")
                seen = cursor.fetchone()[0]
                cursor.execute("INSERT INTO comment (body, seen) VALUES (%s, %s)", [f"ความเห็น {n}", seen])
    except Exception as error:
        failures.append(repr(error))
    finally:
        connections.close_all()

threads = [threading.Thread(target=write, args=(n,)) for n in range(50)]
for thread in threads: thread.start()
for thread in threads: thread.join()
with connection.cursor() as cursor:
    cursor.execute("SELECT COUNT(*) FROM comment")
    print(cursor.fetchone()[0], len(failures), failures[:2])
"""


def test_fifty_parallel_writes_all_succeed(tmp_path):
    env = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "mostportal.settings.base",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'portal.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr
    saved, failed, examples = result.stdout.strip().splitlines()[-1].split(" ", 2)
    assert (int(saved), int(failed)) == (50, 0), examples
