"""Production: several stateless app servers behind a load balancer, one PostgreSQL, Redis, S3 media.

Everything comes from the environment (see README "Deploying"); this module only turns on what
production needs and refuses to start without its secrets.
"""

from .base import *  # noqa: F403
from .base import MIDDLEWARE, debug_derived, env

DEBUG = False
# The defaults that follow DEBUG, recomputed now that it is off: second factor on, page cache on.
globals().update(debug_derived(DEBUG))
SECRET_KEY = env("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")

DATABASES = {"default": env.db("DATABASE_URL")}
DATABASES["default"]["ATOMIC_REQUESTS"] = True
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if env("DATABASE_REPLICA_URL", default=""):
    DATABASES["replica"] = env.db("DATABASE_REPLICA_URL")
    DATABASES["replica"]["CONN_MAX_AGE"] = DATABASES["default"]["CONN_MAX_AGE"]
    DATABASES["replica"]["CONN_HEALTH_CHECKS"] = True
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}

CACHES = {"default": env.cache("CACHE_URL", default="redis://127.0.0.1:6379/1")}
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Static files: hashed, compressed, served by the app servers themselves (WhiteNoise).
MIDDLEWARE = [MIDDLEWARE[0], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[1:]]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if env("DJANGO_AWS_STORAGE_BUCKET_NAME", default=""):
    # Uploaded media on S3-compatible storage, so any app server can serve any upload.
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("DJANGO_AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env("DJANGO_AWS_S3_ENDPOINT_URL", default=None),
            "region_name": env("DJANGO_AWS_S3_REGION_NAME", default=None),
            "access_key": env("DJANGO_AWS_ACCESS_KEY_ID"),
            "secret_key": env("DJANGO_AWS_SECRET_ACCESS_KEY"),
            "custom_domain": env("DJANGO_AWS_S3_CUSTOM_DOMAIN", default=None),
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }

# One load balancer in front, appending the client's address to X-Forwarded-For (README "Deploying").
TRUSTED_PROXY_COUNT = env.int("DJANGO_TRUSTED_PROXY_COUNT", default=1)

# HTTPS behind the load balancer, which sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "filters": {"no_traceback": {"()": "core.log_filters.NoTraceback"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        "console_short": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["no_traceback"],
        },
    },
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", default="INFO")},
    # A bad Host header is a 400 with one line in the log, never a traceback.
    "loggers": {
        "django.security.DisallowedHost": {
            "level": "ERROR",
            "handlers": ["console_short"],
            "propagate": False,
        }
    },
}
