"""CI step: real worker processes send every notification exactly once while SMTP is down, a worker
is killed (SIGKILL) and restarted, and the scheduler runs on two "servers" at once.

Needs DATABASE_URL (PostgreSQL). Starts a local SMTP server (aiosmtpd) only after the first
attempts have failed. Prints the figures and exits non-zero on any lost or duplicated message.
"""

import email
import email.policy
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
MESSAGES = int(os.environ.get("SMOKE_MESSAGES", "40"))


class Inbox:
    def __init__(self):
        self.ids = []

    async def handle_DATA(self, server, session, envelope):
        self.ids.append(email.message_from_bytes(envelope.content, policy=email.policy.default)["Message-ID"])
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def manage(*args, env, **kwargs):
    return subprocess.Popen([PYTHON, "manage.py", *args], cwd=ROOT, env=env, **kwargs)


def main() -> int:
    port = free_port()
    env = {
        **os.environ,
        "EMAIL_URL": f"smtp://127.0.0.1:{port}",
        "DJANGO_OUTBOX_RETRY_BASE_SECONDS": "1",
        "DJANGO_OUTBOX_SWEEP_SECONDS": "2",
        "DJANGO_LOG_LEVEL": "ERROR",
    }
    subprocess.run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    queue = (
        "from django.db import transaction\n"
        "from background.models import OutboxMessage\n"
        "from core.mail import mail_send\n"
        "OutboxMessage.objects.all().delete()\n"
        f"for n in range({MESSAGES}):\n"
        "    with transaction.atomic():\n"
        "        mail_send(subject=f'smoke {n}', template='email/digest.txt', context={'groups': [],"
        " 'site_url': ''}, recipients=[f'person{n}@example.go.th'], key=f'smoke:{n}')\n"
    )
    subprocess.run([PYTHON, "manage.py", "shell", "--no-imports", "-c", queue], cwd=ROOT, env=env, check=True)
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    workers = [manage("run_worker", env=env, **quiet) for _ in range(2)]
    schedulers = [manage("run_schedule", "--loop", "--interval", "1", env=env, **quiet) for _ in range(2)]
    started = time.monotonic()
    inbox = Inbox()
    server = Controller(inbox, hostname="127.0.0.1", port=port)
    try:
        time.sleep(6)  # SMTP down: the workers try and back off
        workers[0].send_signal(signal.SIGKILL)  # one worker dies
        workers[0].wait()
        server.start()  # SMTP back
        time.sleep(1)
        workers[0] = manage("run_worker", env=env, **quiet)  # and is restarted
        deadline = time.monotonic() + 90
        while len(inbox.ids) < MESSAGES and time.monotonic() < deadline:
            time.sleep(0.5)
        delivered_after = time.monotonic() - started
        time.sleep(5)  # anything sent twice would arrive now
    finally:
        for process in workers + schedulers:
            process.send_signal(signal.SIGTERM)
        for process in workers + schedulers:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
        server.stop()
    count = (
        "from background.models import OutboxMessage as O, WorkerHeartbeat as W\n"
        "print(O.objects.filter(status='sent').count(), O.objects.exclude(status='sent').count(), W.objects.count())"
    )
    out = subprocess.run(
        [PYTHON, "manage.py", "shell", "--no-imports", "-c", count],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    ).stdout.strip().splitlines()[-1].split()  # fmt: skip
    duplicates = len(inbox.ids) - len(set(inbox.ids))
    print(
        f"queued {MESSAGES}, received {len(inbox.ids)}, duplicates {duplicates}, marked sent {out[0]}, "
        f"not sent {out[1]}, workers 2 (one SIGKILLed and restarted), schedulers 2, heartbeats {out[2]}, "
        f"all delivered {delivered_after:.0f} s after the workers started (SMTP down for the first 6 s)"
    )
    ok = len(set(inbox.ids)) == MESSAGES and duplicates == 0 and int(out[1]) == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
