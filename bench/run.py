"""`make bench`: the portal under load, small data set against large, every page against /healthz.

Builds two PostgreSQL databases (2,000 requests; 200,000 requests, 5,000 workshops, 10,000 news
articles), serves each with gunicorn (2 workers, production settings) on 127.0.0.1, and loads each
page with wrk in interleaved, bounded rounds (small and large in turn, page after page), so that
both face the same machine. Prints req/s, p50/p99 latency and SQL queries per request, each page
as a ratio to /healthz in the same run, and large/small. Only loopback addresses are used.

large/small is the median over the rounds of each round's ratio, the two loads measured back to
back (which set goes first alternates), so that the machine's drift over a run, which moves
req/s by more than any data-size effect, cancels out instead of landing on one side.
"""

import argparse
import os
import re
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = str(ROOT / ".venv" / "bin" / "python")
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
# The benchmark databases are named <prefix>_small_2000 and <prefix>_large_200000.
DB_PREFIX = os.environ.get("BENCH_DB_PREFIX", "most_bench")
SETS = {
    "small": {"requests": 2000, "workshops": 50, "news": 100},
    "large": {"requests": 200_000, "workshops": 5000, "news": 10_000},
}
PAGES = [
    ("/healthz", "healthz"),
    ("/", "home"),
    ("/news/", "news list"),
    ("/news/2013-11-01-sti-integration-north/", "news article"),
    ("/workshops/", "workshops"),
    # Two filters whose first page is full (25 rows) in both data sets: a page showing 5 rows on
    # the small set and 25 on the large one would measure how full the page is, not the data size.
    ("/requests/?status=under_review&category=agri-industry-testing", "requests, filtered"),
    ("/stats/", "stats"),
    ("/provinces/chiang-mai/", "province page"),
    ("/search/?q=%E0%B8%A5%E0%B8%B3%E0%B9%83%E0%B8%A2", "search (ลำใย)"),
    ("/admin/requests_app/request/", "admin request list"),
]


def run(cmd, env=None, **kwargs):
    return subprocess.run(cmd, cwd=ROOT, env=env, check=True, text=True, capture_output=True, **kwargs)


def django_env(database: str, **extra) -> dict:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "mostportal.settings.production",
        "DJANGO_SECRET_KEY": "bench-only-secret-key-" + "x" * 40,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"{PG}/{database}",
        "CACHE_URL": "locmemcache://bench",
        "DJANGO_SECURE_SSL_REDIRECT": "off",
        "DJANGO_STAFF_REQUIRE_OTP": "off",
        "DJANGO_AXES_ENABLED": "off",
        "DJANGO_PAGE_CACHE_SECONDS": "0",
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    env.update(extra)
    return env


def prepare(name: str, regenerate: bool) -> tuple[str, str]:
    database = f"{DB_PREFIX}_{name}_{SETS[name]['requests']}"
    exists = subprocess.run(
        ["psql", f"{PG}/postgres", "-tAc", f"SELECT 1 FROM pg_database WHERE datname='{database}'"],
        capture_output=True, text=True,
    ).stdout.strip() == "1"  # fmt: skip
    if exists and regenerate:
        run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", database])
        exists = False
    if not exists:
        run(["createdb", "-h", "127.0.0.1", "-U", "postgres", database])
    sizes = SETS[name]
    started = time.monotonic()
    out = (
        run(
            [PYTHON, "bench/generate.py", *[f"--{key}={value}" for key, value in sizes.items()]],
            env=django_env(database, DJANGO_SETTINGS_MODULE="mostportal.settings.base", DJANGO_DEBUG="off"),
            timeout=1800,
        )
        .stdout.strip()
        .splitlines()
    )
    print(f"[{name}] data ready in {time.monotonic() - started:.0f}s: {sizes}", flush=True)
    return database, out[-1]


def serve(database: str, port: int, **extra) -> subprocess.Popen:
    env = django_env(database, GUNICORN_BIND=f"127.0.0.1:{port}", GUNICORN_WORKERS="2", **extra)
    process = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "-c", "gunicorn.conf.py", "mostportal.wsgi:application"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )  # fmt: skip
    for _ in range(60):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)  # noqa: S310 (loopback)
            return process
        except OSError:
            time.sleep(0.5)
    process.kill()
    raise RuntimeError(f"gunicorn on {port} did not start: {process.stderr.read()[-2000:]}")


def load(url: str, seconds: int, cookie: str | None) -> dict:
    cmd = ["wrk", "-t1", "-c8", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    if cookie:
        cmd += ["-H", f"Cookie: sessionid={cookie}"]
    out = subprocess.run([*cmd, url], capture_output=True, text=True, timeout=seconds + 30).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)

    def percentile(label: str) -> float:
        value, unit = re.search(rf"\s{label}%\s+([\d.]+)(us|ms|s)", out).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    return {
        "rps": rps,
        "p50": percentile("50"),
        "p99": percentile("99"),
        "errors": int(non2xx.group(1)) if non2xx else 0,
    }


def queries(database: str, cookie: str) -> dict:
    script = (
        "import json,sys;from django.test import Client;from django.db import connection;"
        "from django.test.utils import CaptureQueriesContext;c=Client();out={}\n"
        "for path in sys.argv[1:]:\n"
        "    c.cookies.clear()\n"
        "    if path.startswith('/admin/'): c.cookies['sessionid']=" + repr(cookie) + "\n"
        "    c.get(path)\n"
        "    with CaptureQueriesContext(connection) as q: r=c.get(path)\n"
        "    out[path]=[r.status_code,len(q)]\n"
        "print(json.dumps(out))"
    )
    env = django_env(database, DJANGO_ALLOWED_HOSTS="testserver")
    out = run(
        [PYTHON, "-c", f"import django;django.setup();exec({script!r})", *[p for p, _ in PAGES]], env=env
    )
    import json

    return json.loads(out.stdout.strip().splitlines()[-1])


def worker_memory_mb(process: subprocess.Popen) -> float:
    out = subprocess.run(
        ["ps", "-o", "rss=", "--ppid", str(process.pid)], capture_output=True, text=True
    ).stdout
    sizes = [int(x) for x in out.split()]
    return max(sizes) / 1024 if sizes else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--seconds", type=int, default=3)
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--scale", type=float, default=1.0, help="shrink the data sets (a quick try: 0.1)")
    args = parser.parse_args()
    if args.scale != 1.0:
        for name, sizes in SETS.items():
            SETS[name] = {key: max(1, int(value * args.scale)) for key, value in sizes.items()}

    run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], env=django_env("postgres"))
    databases = {name: prepare(name, args.regenerate) for name in SETS}
    servers = {"small": serve(databases["small"][0], 8301), "large": serve(databases["large"][0], 8302)}
    cached = serve(databases["large"][0], 8303, DJANGO_PAGE_CACHE_SECONDS="600")
    ports = {"small": 8301, "large": 8302}
    results: dict = {(name, path): [] for name in SETS for path, _ in PAGES}
    cached_results: dict = {path: [] for path in ("/healthz", PAGES[3][0])}
    try:
        for name in SETS:  # warm every page once
            for path, _ in PAGES:
                load(
                    f"http://127.0.0.1:{ports[name]}{path}",
                    1,
                    databases[name][1] if "/admin/" in path else None,
                )
        for round_number in range(args.rounds):
            # Small first in one round, large first in the next: neither set always gets the
            # machine just after the other's load.
            order = list(SETS) if round_number % 2 == 0 else list(reversed(SETS))
            for path, _ in PAGES:
                for name in order:
                    cookie = databases[name][1] if "/admin/" in path else None
                    results[(name, path)].append(
                        load(f"http://127.0.0.1:{ports[name]}{path}", args.seconds, cookie)
                    )
            for path in cached_results:
                cached_results[path].append(load(f"http://127.0.0.1:8303{path}", args.seconds, None))
            print(f"round {round_number + 1}/{args.rounds} done", flush=True)
        memory = {name: worker_memory_mb(process) for name, process in servers.items()}
    finally:
        for process in (*servers.values(), cached):
            os.killpg(process.pid, signal.SIGTERM)
    counts = {name: queries(databases[name][0], databases[name][1]) for name in SETS}
    report(results, cached_results, counts, memory, args)


def report(results, cached_results, counts, memory, args) -> None:
    def median(name, path, key):
        return statistics.median(r[key] for r in results[(name, path)])

    def paired(path):
        rounds = zip(results[("small", path)], results[("large", path)], strict=True)
        return statistics.median(large["rps"] / small["rps"] for small, large in rounds)

    health = {name: median(name, "/healthz", "rps") for name in SETS}
    print(f"\n### make bench ({args.rounds} interleaved rounds of {args.seconds}s per page, wrk -t1 -c8, "
          f"gunicorn 2 workers, PostgreSQL)\n")  # fmt: skip
    print("| page | small req/s | large req/s | small ÷ healthz | large ÷ healthz | large ÷ small "
          "| large p50 / p99 ms | queries small / large | non-2xx |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for path, label in PAGES:
        small, large = median("small", path, "rps"), median("large", path, "rps")
        errors = sum(r["errors"] for name in SETS for r in results[(name, path)])
        print(
            f"| {label} | {small:.0f} | {large:.0f} | {small / health['small']:.2f} | {large / health['large']:.2f} "
            f"| {paired(path):.2f} | {median('large', path, 'p50'):.1f} / {median('large', path, 'p99'):.1f} "
            f"| {counts['small'][path][1]} / {counts['large'][path][1]} | {errors} |"
        )
    article = PAGES[3][0]
    cached_health = statistics.median(r["rps"] for r in cached_results["/healthz"])
    cached_article = statistics.median(r["rps"] for r in cached_results[article])
    uncached_ratio = median("large", article, "rps") / health["large"]
    print(f"\nnews article ÷ healthz, large data: uncached {uncached_ratio:.2f} (goal ≥ 0.30), "
          f"cached {cached_article / cached_health:.2f} (goal ≥ 0.80)")  # fmt: skip
    print("gunicorn worker memory after the run: "
          + ", ".join(f"{name} {mb:.0f} MB" for name, mb in memory.items()) + " (goal < 150 MB)")  # fmt: skip
    statuses = {path: counts["large"][path][0] for path, _ in PAGES}
    bad = {path: status for path, status in statuses.items() if status != 200}
    if bad:
        print(f"pages that did not answer 200: {bad}")


if __name__ == "__main__":
    sys.exit(main())
