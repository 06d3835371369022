"""Fast, isolated settings for the test suite (``make test``)."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import DATABASES, env

# The test suite's own key: these settings are never deployed.
SECRET_KEY = "test-only-key"  # nosec B105
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
MEDIA_ROOT = env.path(
    "DJANGO_TEST_MEDIA_ROOT", default=str(Path(tempfile.gettempdir()) / "mostportal-test-media")
)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
LOGGING = {"version": 1, "disable_existing_loggers": False}
# Throttling and the staff second factor have their own tests, which switch them on.
AXES_ENABLED = False
STAFF_REQUIRE_OTP = False
# Pages are rendered afresh in tests; the page cache has its own tests, which switch it on.
PAGE_CACHE_SECONDS = 0
# Tasks run at once, in the test's process (an e-mail leaves the outbox when its transaction commits).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Django's test mirror of the primary, for the replica's tests (tests/core/test_replica.py), which
# switch the routing on with DATABASE_REPLICA_ALIAS = "replica".
DATABASES["replica"] = {**DATABASES["default"], "ATOMIC_REQUESTS": False, "TEST": {"MIRROR": "default"}}
DATABASE_REPLICA_ALIAS = ""
