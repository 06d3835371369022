"""gunicorn settings for production and `make bench`; every value can be overridden by env vars."""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:" + os.environ.get("PORT", "8000"))
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))  # 0: workers are not recycled
max_requests_jitter = 50
# The access log is computer traffic data (Computer Crime Act s.26: kept at least 90 days, see
# README "Logs and retention"): on by default, to standard output for the platform's log collector;
# GUNICORN_ACCESSLOG names a file instead, or "off" turns it off (development only).
_accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-")
accesslog = None if _accesslog.lower() in ("", "off", "none") else _accesslog
# gunicorn's format plus the client address the load balancer passes on.
access_log_format = '%(h)s %({x-forwarded-for}i)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s"'
errorlog = "-"
preload_app = False


def post_worker_init(worker):
    """Load the Thai word segmenter and the mechanism profiles before the worker takes requests, so
    that its first matching suggestion pays for neither (past requests are indexed in the
    database). A worker that cannot reach the database yet builds them on its first suggestion."""
    try:
        from matching.engine import warm

        warm(notify=worker.notify)
    except Exception:  # noqa: BLE001 - never keep a worker from starting
        worker.log.exception("matching: warming up failed; the first suggestion will build the profiles")
