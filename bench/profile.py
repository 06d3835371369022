"""Where a page's time goes: pyinstrument over repeated requests, production settings, no page cache.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/most_perf_bench_large_200000 \
        .venv/bin/python bench/profile.py --repeat 30 [/path/ ...]

Each page is requested once to warm up, then ``--repeat`` times under the profiler through
Django's test client (the whole middleware stack, no network). Prints, per page, the mean time
per request, the share spent in SQL (the database cursor) and pyinstrument's call tree trimmed
to the frames above ``--min-share`` of the time. Needs pyinstrument (a dev dependency).
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mostportal.settings.production")
os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only-secret-key-" + "x" * 40)
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")
os.environ.setdefault("CACHE_URL", "locmemcache://profile")
os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "off")
os.environ.setdefault("DJANGO_STAFF_REQUIRE_OTP", "off")
os.environ.setdefault("DJANGO_AXES_ENABLED", "off")
os.environ.setdefault("DJANGO_PAGE_CACHE_SECONDS", "0")
os.environ.setdefault("DJANGO_LOG_LEVEL", "WARNING")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from pyinstrument import Profiler  # noqa: E402

PAGES = [
    "/",
    "/news/",
    "/news/2013-11-01-sti-integration-north/",
    "/workshops/",
    "/requests/?status=under_review&category=agri-industry-testing",
    "/stats/",
    "/provinces/chiang-mai/",
    "/search/?q=%E0%B8%A5%E0%B8%B3%E0%B9%83%E0%B8%A2",
]


class SqlTimer:
    """Sums the time spent in the database cursor (``connection.execute_wrapper``)."""

    def __init__(self):
        self.seconds = 0.0
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started
            self.count += 1


def profile(client: Client, path: str, repeat: int, min_share: float, secure: bool) -> None:
    client.get(path, secure=secure)
    sql = SqlTimer()
    profiler = Profiler(interval=0.0005)
    started = time.perf_counter()
    with connection.execute_wrapper(sql):
        profiler.start()
        for _ in range(repeat):
            response = client.get(path, secure=secure)
        profiler.stop()
    elapsed = time.perf_counter() - started
    print(f"\n## {path}: {response.status_code}, {len(response.content) / 1024:.1f} KB, "
          f"{elapsed / repeat * 1000:.1f} ms per request, SQL {sql.seconds / elapsed:.0%} "
          f"({sql.count / repeat:.0f} queries)")  # fmt: skip
    print(profiler.output_text(unicode=True, color=False, show_all=False, time="percent_of_total",
                               flat=True, processor_options={"filter_threshold": min_share}))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="*", default=PAGES)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--min-share", type=float, default=0.02)
    args = parser.parse_args()
    client = Client()
    for path in args.paths:
        profile(client, path, args.repeat, args.min_share, secure=True)


if __name__ == "__main__":
    main()
