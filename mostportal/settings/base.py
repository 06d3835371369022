"""Settings for MOST Portal, read from the environment (django-environ).

Development needs no configuration: with ``DJANGO_DEBUG`` unset the portal runs in debug mode on
a SQLite file in the project folder. Production sets ``DJANGO_DEBUG=off`` and must then give
``DJANGO_SECRET_KEY`` and ``DJANGO_ALLOWED_HOSTS``.
"""

from pathlib import Path

import environ
import fontpkg_sarabun
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DJANGO_DEBUG", default=True)
if DEBUG:
    SECRET_KEY = env("DJANGO_SECRET_KEY", default="dev-only-insecure-key-change-me")
else:
    SECRET_KEY = env("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
ADMIN_URL = env("DJANGO_ADMIN_URL", default="admin/")

INSTALLED_APPS = [
    "core.admin_config.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django_filters",
    "simple_history",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "import_export",
    "core",
    "accounts",
    "provinces",
    "agencies",
    "workshops",
    "news",
    "requests_app",
    "matching",
    "followup",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "stats",
    "plans",
    "search",
    "api",
    "pages",
    "privacy",
    "opendata",
    "django_tasks",
    "django_tasks_db",
    "background",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.SecurityHeadersMiddleware",
    # Before the session, language, CSRF and authentication steps: a cache hit skips them all.
    "core.cache.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # After the language is known (the 400 page is in it), before anything reads the database.
    "core.input_guard.InputGuardMiddleware",
    "core.buddhist_era.AdminBuddhistEraMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "core.middleware.SessionLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "core.throttle.LoginThrottleMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Read-only pages' reads on the replica (when there is one): after the session and the user.
    "core.replica.ReplicaMiddleware",
    # Last, as django-axes asks: it turns a lockout into a 429 answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "mostportal.urls"
# Django's form renderer with select boxes written in Python (core/form_renderer.py).
FORM_RENDERER = "core.form_renderer.PortalFormRenderer"
WSGI_APPLICATION = "mostportal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "core.context_processors.site",
            ],
            "builtins": ["core.templatetags.thai"],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = True
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("DJANGO_CONN_MAX_AGE", default=0))
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # The embedded default: concurrent writers wait for each other instead of failing with
    # "database is locked" (issue 12 item 7): write-ahead log, a transaction takes the write lock
    # when it begins (no failing lock upgrade), and waits up to 20 s for it.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# A PostgreSQL streaming replica for the read-only pages and the API (core/replica.py).
DATABASE_ROUTERS = ["core.replica.ReplicaRouter"]
DATABASE_REPLICA_ALIAS = ""
if env("DATABASE_REPLICA_URL", default=""):
    DATABASES["replica"] = env.db("DATABASE_REPLICA_URL")
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_REPLICA_ALIAS = "replica"
# After a write, the same browser reads from the primary for this long (read-your-writes).
READ_YOUR_WRITES_SECONDS = env.int("DJANGO_READ_YOUR_WRITES_SECONDS", default=10)
# A replica further behind than this is not read (the page reads the primary).
REPLICA_MAX_LAG_SECONDS = env.int("DJANGO_REPLICA_MAX_LAG_SECONDS", default=30)

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://most-portal")}
# The page cache keeps at most this many query strings of one path (unique ones cannot fill it).
PAGE_CACHE_MAX_VARIANTS = env.int("DJANGO_PAGE_CACHE_MAX_VARIANTS", default=50)

EMAIL_CONFIG = env.email("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
# The portal's public address, for links in e-mails (requests are handled outside a web request).
SITE_URL = env("DJANGO_SITE_URL", default="http://127.0.0.1:8000")

# Follow-up of assignments' due dates (followup.services.due_notices_send, run daily): the
# deliverer is reminded this many days before the due date and on it; the centre's coordinators
# and the ministry's desk are told this many days after it when the assignment is still open.
FOLLOWUP_REMIND_DAYS_BEFORE = env.int("DJANGO_FOLLOWUP_REMIND_DAYS_BEFORE", default=7)
FOLLOWUP_ESCALATE_DAYS_AFTER = env.int("DJANGO_FOLLOWUP_ESCALATE_DAYS_AFTER", default=7)
# The task queue (django-tasks, see README "Background work"): the database backend by default,
# so development needs no other server; TASKS_URL=redis://host:6379/N puts the tasks on RQ.
TASKS_URL = env("TASKS_URL", default="")
if TASKS_URL.startswith(("redis://", "rediss://")):
    INSTALLED_APPS.append("django_rq")
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    RQ_QUEUES = {"default": {"URL": TASKS_URL}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# The outbox (background.outbox): a failed e-mail is tried again after 30 s, 1 min, 2 min, ...
# (doubling, at most an hour apart) and marked failed after this many attempts (about 4 hours).
OUTBOX_MAX_ATTEMPTS = env.int("DJANGO_OUTBOX_MAX_ATTEMPTS", default=12)
OUTBOX_RETRY_BASE_SECONDS = env.int("DJANGO_OUTBOX_RETRY_BASE_SECONDS", default=30)
# How often the scheduler enqueues a sweep of the outbox (retries, requests to the queue lost).
OUTBOX_SWEEP_SECONDS = env.int("DJANGO_OUTBOX_SWEEP_SECONDS", default=60)
# /readyz calls the worker down when its newest heartbeat (a task run every minute) is older.
WORKER_HEARTBEAT_MAX_AGE = env.int("DJANGO_WORKER_HEARTBEAT_MAX_AGE", default=300)
DEFAULT_FROM_EMAIL = env("DJANGO_DEFAULT_FROM_EMAIL", default="MOST Portal <noreply@most.go.th>")

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Proxies in front of the app servers that append to X-Forwarded-For (the load balancer: 1). The
# client's address (throttling, the access log) is read through exactly this many (core.client_ip).
TRUSTED_PROXY_COUNT = env.int("DJANGO_TRUSTED_PROXY_COUNT", default=0)
# Login throttling (issue 12 item 4). django-axes: after 5 failures for one username from one
# address, 429 for an hour. core.throttle adds limits per address (password spraying: many
# usernames from one address) and per username (one account from many addresses), lifted by a
# correct password with a second factor or by a password reset; password reset is limited too.
AXES_CLIENT_IP_CALLABLE = "core.client_ip.client_ip"
AXES_USERNAME_CALLABLE = "core.throttle.axes_username"
LOGIN_LIMIT_PER_ADDRESS = env.int("DJANGO_LOGIN_LIMIT_PER_ADDRESS", default=30)
LOGIN_LIMIT_PER_USERNAME = env.int("DJANGO_LOGIN_LIMIT_PER_USERNAME", default=20)
PASSWORD_RESET_LIMIT_PER_ADDRESS = env.int("DJANGO_PASSWORD_RESET_LIMIT_PER_ADDRESS", default=10)
PASSWORD_RESET_LIMIT_PER_ACCOUNT = env.int("DJANGO_PASSWORD_RESET_LIMIT_PER_ACCOUNT", default=3)
AXES_FAILURE_LIMIT = env.int("DJANGO_AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("DJANGO_AXES_COOLOFF_HOURS", default=1.0)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_HTTP_RESPONSE_CODE = 429
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_ENABLED = env.bool("DJANGO_AXES_ENABLED", default=True)
AXES_VERBOSE = False
OTP_TOTP_ISSUER = "MOST Portal"
# Enrolling an authenticator needs a one-time link issued by a superuser (valid this many hours),
# opened within this many seconds of typing the password (accounts.two_factor).
TWO_FACTOR_LINK_HOURS = env.int("DJANGO_TWO_FACTOR_LINK_HOURS", default=72)
TWO_FACTOR_FRESH_LOGIN_SECONDS = env.int("DJANGO_TWO_FACTOR_FRESH_LOGIN_SECONDS", default=900)
STAFF_SESSION_SECONDS = env.int("DJANGO_STAFF_SESSION_SECONDS", default=8 * 3600)
# Session limits for every role (core.middleware.SessionLimitMiddleware): a session ends after
# this much inactivity ("idle") and, however active, this long after log-in ("absolute").
_IDLE = env.int("DJANGO_SESSION_IDLE_SECONDS", default=2 * 3600)
_ABSOLUTE = env.int("DJANGO_SESSION_ABSOLUTE_SECONDS", default=24 * 3600)
SESSION_IDLE_SECONDS = {
    "staff": STAFF_SESSION_SECONDS,
    "coordinator": _IDLE,
    "focal_point": _IDLE,
    "pcso": _IDLE,
    "": _IDLE,
}
SESSION_ABSOLUTE_SECONDS = {
    "staff": env.int("DJANGO_STAFF_SESSION_ABSOLUTE_SECONDS", default=12 * 3600),
    "coordinator": _ABSOLUTE,
    "focal_point": _ABSOLUTE,
    "pcso": _ABSOLUTE,
    "": _ABSOLUTE,
}
# No session outlives the longest absolute limit, even one the middleware never saw again.
SESSION_COOKIE_AGE = max(SESSION_ABSOLUTE_SECONDS.values())
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Thai first, English second: Thai at /, English under /en/.
LANGUAGE_CODE = "th"
LANGUAGES = [("th", _("Thai")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
# django-filter's empty option, instead of "---------" (see core.wording).
FILTERS_EMPTY_CHOICE_LABEL = _("— choose —")
USE_I18N = True
TIME_ZONE = "Asia/Bangkok"
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    # The Thai web font comes from an installed package, never a file copied into the repo.
    ("fonts/sarabun", Path(fontpkg_sarabun.__file__).parent / "files"),
]
MEDIA_URL = "media/"
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=BASE_DIR / "media")

SESSION_COOKIE_HTTPONLY = True

# The government links in every page's footer (pages/). The Official Information Centre defaults
# to the contact page's section on official information until the ministry gives its address.
MINISTRY_SITE_URL = env("DJANGO_MINISTRY_SITE_URL", default="https://www.most.go.th/")
OFFICIAL_INFORMATION_URL = env("DJANGO_OFFICIAL_INFORMATION_URL", default="")
OPEN_DATA_CATALOGUE_URL = env("DJANGO_OPEN_DATA_CATALOGUE_URL", default="https://data.go.th/")
# The open-data contact's e-mail in the DCAT catalogue (empty: the contact page is given instead).
OPEN_DATA_CONTACT_EMAIL = env("DJANGO_OPEN_DATA_CONTACT_EMAIL", default="")

# Retention schedule (privacy.retention, `manage.py purge_personal_data`), in days. The access
# log and the web servers' access logs are traffic data: the Computer Crime Act s.26 asks for at
# least 90 days, so a shorter setting is refused (privacy.checks).
RETENTION_DAYS = {
    "access_log": env.int("DJANGO_RETENTION_ACCESS_LOG_DAYS", default=365),
    "login_records": env.int("DJANGO_RETENTION_LOGIN_RECORDS_DAYS", default=180),
    "withdrawn_drafts": env.int("DJANGO_RETENTION_DRAFT_DAYS", default=365),
    "closed_rights_requests": env.int("DJANGO_RETENTION_RIGHTS_REQUEST_DAYS", default=5 * 365),
}
#: Days the ministry has to answer a data subject's request (PDPA s.30: within 30 days).
RIGHTS_REQUEST_DAYS = 30
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "core.views.csrf_failure"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", default="INFO")},
}


def debug_derived(debug: bool) -> dict:
    """The settings whose default follows ``DEBUG``, computed from the *final* ``DEBUG``.

    base.py applies them for its own ``DEBUG``; a profile that changes ``DEBUG`` afterwards
    (production.py sets it off) applies them again, so no default is left computed from a
    ``DEBUG`` that no longer holds (issue 12 item 1).
    """
    return {
        # Staff must pass a second factor (TOTP) to use the admin when this is on.
        "STAFF_REQUIRE_OTP": env.bool("DJANGO_STAFF_REQUIRE_OTP", default=not debug),
        # Anonymous public pages are kept this long in the shared cache (0: off; changes empty it).
        "PAGE_CACHE_SECONDS": env.int("DJANGO_PAGE_CACHE_SECONDS", default=0 if debug else 600),
    }


globals().update(debug_derived(DEBUG))

# Demo logins exist only in debug; load_demo refuses to create them otherwise.
DEMO_PASSWORD = "demo-pass-2556"  # nosec B105

# Spreadsheet import and export in the admin (django-import-export): the uploaded file waits for
# the staff member's confirmation in the media storage (shared by every app server), the whole
# file is one transaction, importing needs the right to add and exporting the right to view.
IMPORT_EXPORT_TMP_STORAGE_CLASS = "import_export.tmp_storages.MediaStorage"
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_SKIP_ADMIN_LOG = False
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "add"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"

# Request exports (issue 12 item 6): anonymous visitors get at most this many rows (then a link to
# the open-data files); an XLSX holds at most this many for anyone (CSV is streamed whole to staff).
EXPORT_ANONYMOUS_MAX_ROWS = env.int("DJANGO_EXPORT_ANONYMOUS_MAX_ROWS", default=2000)
EXPORT_XLSX_MAX_ROWS = env.int("DJANGO_EXPORT_XLSX_MAX_ROWS", default=20000)

# The open-data API (api/): read-only, anonymous, public records only.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer", "api.renderers.CSVRenderer"],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.Pagination",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "PAGE_SIZE": 50,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "MOST Portal open data API",
    "DESCRIPTION": "Read-only public data of the provincial S&T integration programme.",
    "VERSION": "1.0.0",
    "OAS_VERSION": "3.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # CC BY 4.0 (see README "Open data"): an SPDX identifier OpenAPI 3.1 and DCAT both name.
    "LICENSE": {"name": "CC BY 4.0", "identifier": "CC-BY-4.0"},
}
