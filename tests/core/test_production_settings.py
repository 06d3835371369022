"""The production profile, loaded exactly as README "Deploying" sets it up, means what it says.

Each test starts a fresh Python with a clean environment (no variable of the test run leaks in),
so a default computed from the wrong ``DEBUG`` shows as it would on a real server (issue 12 item 1).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: The README's "Deploying" variables with production values (the required ones and the usual ones).
README_ENV = {
    "DJANGO_SETTINGS_MODULE": "mostportal.settings.production",
    "DJANGO_SECRET_KEY": "k" * 64,
    "DJANGO_ALLOWED_HOSTS": "portal.most.go.th",
    "DJANGO_CSRF_TRUSTED_ORIGINS": "https://portal.most.go.th",
    "DATABASE_URL": "postgres://most:secret@db-host:5432/mostportal",
    "CACHE_URL": "redis://redis-host:6379/1",
    "DJANGO_ADMIN_URL": "staff-7f3a/",
}

PROBE = """
import json, django
django.setup()
from django.conf import settings as s
print(json.dumps({name: getattr(s, name) for name in [
    "DEBUG", "STAFF_REQUIRE_OTP", "PAGE_CACHE_SECONDS", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE",
    "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SESSION_ENGINE",
]}))
"""


def load(extra: dict | None = None) -> dict:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        **README_ENV,
    }
    env.update(extra or {})
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_documented_production_profile_requires_a_second_factor_and_caches_pages():
    loaded = load()
    assert loaded["DEBUG"] is False
    assert loaded["STAFF_REQUIRE_OTP"] is True
    assert loaded["PAGE_CACHE_SECONDS"] == 600
    assert loaded["SESSION_COOKIE_SECURE"] is True and loaded["CSRF_COOKIE_SECURE"] is True
    assert loaded["SECURE_SSL_REDIRECT"] is True and loaded["SECURE_HSTS_SECONDS"] >= 31536000
    assert loaded["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"


def test_a_stray_debug_variable_does_not_switch_production_protections_off():
    # DJANGO_DEBUG=on left in a server's environment: production still turns debug off, and the
    # defaults that follow it are computed from the final value, not from base.py's.
    loaded = load({"DJANGO_DEBUG": "on"})
    assert loaded["DEBUG"] is False
    assert loaded["STAFF_REQUIRE_OTP"] is True and loaded["PAGE_CACHE_SECONDS"] == 600


def test_the_documented_switches_still_work():
    loaded = load({"DJANGO_STAFF_REQUIRE_OTP": "off", "DJANGO_PAGE_CACHE_SECONDS": "60"})
    assert loaded["STAFF_REQUIRE_OTP"] is False and loaded["PAGE_CACHE_SECONDS"] == 60


def test_development_keeps_its_debug_defaults():
    loaded = load({"DJANGO_SETTINGS_MODULE": "mostportal.settings.base", "DJANGO_DEBUG": "on"})
    assert loaded["DEBUG"] is True
    assert loaded["STAFF_REQUIRE_OTP"] is False and loaded["PAGE_CACHE_SECONDS"] == 0
