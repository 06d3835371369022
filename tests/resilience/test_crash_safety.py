"""A worker killed mid-load and a restarted database lose no saved data.

The portal runs as in production (gunicorn, 2 workers, production settings, a local-memory cache)
on a database of its own. PCSOs file requests through the real pages (login, CSRF, the form) from
several threads at once; mid-load one gunicorn worker is killed with SIGKILL, later PostgreSQL
itself is restarted in immediate mode (no clean shutdown: a crash, recovered from the write-ahead
log on start), and the load goes on. Afterwards every request that got its success redirect
must be in the database exactly once, under the reference it was given, and no reference may be
used twice.

Runs only when ``RESILIENCE=1`` and ``DATABASE_URL`` points at PostgreSQL: restarting the server
would break any other test using it at the same moment, so CI runs this file in a step of its own
(``.ci/run``, after the PostgreSQL suite). ``RESILIENCE_PG_CLUSTER`` names the cluster to restart
("<version> <name>", default: the one under /etc/postgresql, "main"); point ``DATABASE_URL`` at a
spare cluster to try it on a machine others share.
"""

import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATABASE_URL = os.environ.get("DATABASE_URL", "")
pytestmark = pytest.mark.skipif(
    os.environ.get("RESILIENCE") != "1" or not DATABASE_URL.startswith("postgres"),
    reason="restarts PostgreSQL: set RESILIENCE=1 with a PostgreSQL DATABASE_URL (CI runs it in its own step)",
)

THREADS = 4
WRITES_PER_THREAD = 100  # bounded: 400 writes at most
DEADLINE_SECONDS = 180
KILL_WORKER_AFTER = 50  # successful writes
RESTART_DATABASE_AFTER = 160  # attempted writes
PASSWORD = "crash-test-pass-2557"  # noqa: S105 (a throwaway database)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _cluster() -> list[str]:
    named = os.environ.get("RESILIENCE_PG_CLUSTER", "").split()
    if named:
        return named
    versions = sorted(os.listdir("/etc/postgresql"))
    return [versions[-1], "main"]


def _psql(url: str, sql: str) -> str:
    return subprocess.run(
        ["psql", url, "-XtAc", sql], capture_output=True, text=True, check=True, timeout=60
    ).stdout.strip()


class Browser:
    """A person's session against the server: cookies, CSRF token, no redirects followed."""

    def __init__(self, port: int):
        self.port = port
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, form: dict | None = None) -> tuple[int, str, str]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urllib.parse.urlencode({**form, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            for header in response.headers.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(header).items():
                    self.cookies[name] = morsel.value
            return response.status, response.getheader("Location", ""), text
        finally:
            connection.close()

    def login(self, username: str) -> None:
        self.request("GET", "/accounts/login/")
        status, location, _ = self.request(
            "POST", "/accounts/login/", {"username": username, "password": PASSWORD, "next": "/my/"}
        )
        assert status == 302 and location.endswith("/my/"), (username, status, location)


@dataclass
class Tally:
    attempted: int = 0
    succeeded: dict[str, str] = field(default_factory=dict)  # title → reference
    failed: list[str] = field(default_factory=list)  # titles whose answer was not the success redirect
    failed_in_outage: int = 0
    outage: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)


def _file_requests(browser: Browser, name: str, tally: Tally, stop: threading.Event) -> None:
    for number in range(WRITES_PER_THREAD):
        if stop.is_set():
            return
        title = f"crash-{name}-{number:03d}"
        with tally.lock:
            tally.attempted += 1
        try:
            status, location, _ = browser.request(
                "POST",
                "/requests/new/",
                {"category": "1", "title": title, "description": "ทดสอบความทนทาน", "action": "submit"},
            )
        except OSError:
            status, location = 0, ""
        match = re.fullmatch(r"/requests/(\d{4}-\d{4,6})/", location) if status == 302 else None
        with tally.lock:
            if match:
                tally.succeeded[title] = match[1]
            else:
                tally.failed.append(title)
                tally.failed_in_outage += tally.outage
        if not match:
            time.sleep(0.2)  # a person would wait a moment before trying again


def _worker_pids(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return [int(pid) for pid in children]


def test_a_killed_worker_and_a_restarted_database_lose_no_saved_request(tmp_path):
    admin_url = DATABASE_URL.rsplit("/", 1)[0] + "/postgres"
    database = f"most_crash_{os.getpid()}"
    database_url = DATABASE_URL.rsplit("/", 1)[0] + "/" + database
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "mostportal.settings.production",
        "DJANGO_SECRET_KEY": "crash-test-only-secret-key-" + "x" * 40,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "CACHE_URL": "locmemcache://crash",
        "DJANGO_SECURE_SSL_REDIRECT": "off",
        "DJANGO_STAFF_REQUIRE_OTP": "off",
        "DJANGO_AXES_ENABLED": "off",
        "DJANGO_PAGE_CACHE_SECONDS": "0",
        "DJANGO_LOG_LEVEL": "ERROR",
        "DJANGO_MEDIA_ROOT": str(tmp_path / "media"),
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "2",
    }
    python = sys.executable
    _psql(admin_url, f'CREATE DATABASE "{database}"')
    server = None
    try:
        subprocess.run([python, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
        subprocess.run(
            [python, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
        )
        people = [f"pcso_crash_{n}" for n in range(THREADS)]
        subprocess.run(
            [python, "manage.py", "shell", "-v0", "-c", _make_people(people)], cwd=ROOT, env=env, check=True
        )
        server = subprocess.Popen(
            [str(Path(python).parent / "gunicorn"), "-c", "gunicorn.conf.py", "mostportal.wsgi:application"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=open(tmp_path / "gunicorn.log", "w"),  # noqa: SIM115
            start_new_session=True,
        )  # fmt: skip
        _wait_healthy(port)
        browsers = []
        for username in people:
            browser = Browser(port)
            browser.login(username)
            browsers.append(browser)

        tally, stop = Tally(), threading.Event()
        threads = [
            threading.Thread(target=_file_requests, args=(browser, f"t{n}", tally, stop), daemon=True)
            for n, browser in enumerate(browsers)
        ]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        killed = restarted = None
        while any(thread.is_alive() for thread in threads):
            if time.monotonic() - started > DEADLINE_SECONDS:
                stop.set()
            if killed is None and len(tally.succeeded) >= KILL_WORKER_AFTER:
                killed = _worker_pids(server.pid)[0]
                os.kill(killed, signal.SIGKILL)
            if restarted is None and tally.attempted >= RESTART_DATABASE_AFTER:
                with tally.lock:
                    tally.outage = True
                subprocess.run(
                    [
                        "pg_ctlcluster",
                        "--skip-systemctl-redirect",
                        "--mode",
                        "immediate",
                        *_cluster(),
                        "restart",
                    ],
                    check=True,
                    timeout=120,
                )
                with tally.lock:
                    tally.outage = False
                    succeeded_before_restart = len(tally.succeeded)
                restarted = time.monotonic() - started
            time.sleep(0.05)
        elapsed = time.monotonic() - started

        rows = _psql(
            database_url,
            "SELECT title || '|' || reference || '|' || status FROM requests_app_request WHERE title LIKE 'crash-%'",
        ).splitlines()
        found: dict[str, list[tuple[str, str]]] = {}
        for row in rows:
            title, reference, status = row.split("|")
            found.setdefault(title, []).append((reference, status))
        duplicates = _psql(
            database_url,
            "SELECT count(*) FROM (SELECT reference FROM requests_app_request WHERE reference <> '' "
            "GROUP BY reference HAVING count(*) > 1) AS twice",
        )
        saved_after_error = sum(1 for title in tally.failed if title in found)
        print(
            f"\ncrash safety: {tally.attempted} writes attempted in {elapsed:.1f}s, "
            f"{len(tally.succeeded)} succeeded, {len(tally.failed)} failed "
            f"({tally.failed_in_outage} while PostgreSQL restarted), "
            f"{sum(1 for t in tally.succeeded if t in found)} of the succeeded found in the database, "
            f"{saved_after_error} of the failed saved anyway, {duplicates} duplicate references; "
            f"worker {killed} killed after {KILL_WORKER_AFTER} saved, PostgreSQL restarted at {restarted:.1f}s "
            f"({len(tally.succeeded) - succeeded_before_restart} saved after it)"
            if restarted is not None
            else f"\ncrash safety: the run ended before the restart ({tally.attempted} writes)"
        )
        assert killed is not None and restarted is not None, "the load ended before the crashes"
        assert len(tally.succeeded) - succeeded_before_restart >= 20, (
            "the load did not go on after the restart"
        )
        lost = {t: ref for t, ref in tally.succeeded.items() if found.get(t) != [(ref, "submitted")]}
        assert not lost, f"saved requests missing or changed after the crashes: {lost}"
        assert duplicates == "0"
        assert all(len(entries) == 1 for entries in found.values())
        # The server recovered: writes after the restart succeeded.
        status, location, _ = browsers[0].request(
            "POST",
            "/requests/new/",
            {"category": "1", "title": "crash-after", "description": "x", "action": "submit"},
        )
        assert status == 302 and location.startswith("/requests/"), status
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
        for _ in range(30):  # the restarted server may still be coming up
            try:
                _psql(admin_url, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
                break
            except subprocess.CalledProcessError:
                time.sleep(1)


def _make_people(usernames: list[str]) -> str:
    return (
        "from accounts.models import User\n"
        "from accounts.services import user_set_role\n"
        "from provinces.models import Province\n"
        "provinces = list(Province.objects.filter(code__in=['50', '41']))\n"
        f"for number, name in enumerate({usernames!r}):\n"
        "    user = User(username=name, email=name + '@example.go.th')\n"
        f"    user.set_password({PASSWORD!r})\n"
        "    user.save()\n"
        "    user_set_role(user=user, role=User.Role.PCSO, province=provinces[number % 2])\n"
    )


def _wait_healthy(port: int) -> None:
    for _ in range(60):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError("gunicorn did not start")
