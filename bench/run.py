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
# The page-cached server's cache: Redis as in production when one answers (BENCH_CACHE_URL).
CACHE_URL = os.environ.get("BENCH_CACHE_URL", "redis://127.0.0.1:6379/15")
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
FILTERED = PAGES[5][0]
ARTICLE = PAGES[3][0]
# The peer (bench/peer): plain Django on the same database, served the same way. Each portal page
# is compared with the peer page that does the same work: the article with the article, the
# filtered list with the filtered list, every other page with the list (base template + a
# 25-row table: the floor a page of the portal stands on).
PEER_PAGES = [
    ("/bare", "bare HttpResponse"),
    (FILTERED, "peer: filtered list"),
    (ARTICLE, "peer: article"),
]
PEER_OF = {ARTICLE: ARTICLE, FILTERED: FILTERED}


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


def serve(database: str, port: int, app: str = "mostportal.wsgi:application", **extra) -> subprocess.Popen:
    env = django_env(
        database, GUNICORN_BIND=f"127.0.0.1:{port}", GUNICORN_WORKERS="2", GUNICORN_ACCESSLOG="off", **extra
    )
    probe = "/bare" if app.startswith("bench.") else "/healthz"
    process = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "-c", "gunicorn.conf.py", app],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )  # fmt: skip
    for _ in range(60):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}{probe}", timeout=2)  # noqa: S310 (loopback)
            return process
        except OSError:
            time.sleep(0.5)
    process.kill()
    raise RuntimeError(f"gunicorn on {port} did not start: {process.stderr.read()[-2000:]}")


def load(url: str, seconds: int, cookie: str | None, gzip: bool = False) -> dict:
    cmd = ["wrk", "-t1", "-c8", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    if cookie:
        cmd += ["-H", f"Cookie: sessionid={cookie}"]
    if gzip:
        cmd += ["-H", "Accept-Encoding: gzip, deflate, br"]
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
    ports = {"small": 8301, "large": 8302}
    peer_ports = {"small": 8311, "large": 8312}
    servers = {name: serve(databases[name][0], port) for name, port in ports.items()}
    peers = {
        name: serve(databases[name][0], port, app="bench.peer.wsgi:application",
                    DJANGO_SETTINGS_MODULE="bench.peer.settings")
        for name, port in peer_ports.items()
    }  # fmt: skip
    # The page cache as in production: Redis (BENCH_CACHE_URL), the cache on for anonymous pages.
    cached = serve(databases["large"][0], 8303, DJANGO_PAGE_CACHE_SECONDS="600", CACHE_URL=CACHE_URL)
    results: dict = {(name, path): [] for name in SETS for path, _ in PAGES}
    results |= {(name, "peer" + path): [] for name in SETS for path, _ in PEER_PAGES}
    cached_results: dict = {key: [] for key in ("/healthz", ARTICLE, ARTICLE + " gzip")}

    def load_one(name: str, path: str, seconds: int) -> dict:
        if path.startswith("peer"):
            return load(f"http://127.0.0.1:{peer_ports[name]}{path[4:]}", seconds, None)
        return load(
            f"http://127.0.0.1:{ports[name]}{path}",
            seconds,
            databases[name][1] if "/admin/" in path else None,
        )

    every_page = [path for path, _ in PAGES] + ["peer" + path for path, _ in PEER_PAGES]
    try:
        for name in SETS:  # warm every page once
            for path in every_page:
                load_one(name, path, 1)
        for round_number in range(args.rounds):
            # Small first in one round, large first in the next: neither set always gets the
            # machine just after the other's load.
            order = list(SETS) if round_number % 2 == 0 else list(reversed(SETS))
            for path in every_page:
                for name in order:
                    results[(name, path)].append(load_one(name, path, args.seconds))
            for key in cached_results:
                url = f"http://127.0.0.1:8303{key.split()[0]}"
                cached_results[key].append(load(url, args.seconds, None, gzip=key.endswith("gzip")))
            print(f"round {round_number + 1}/{args.rounds} done", flush=True)
        memory = {name: worker_memory_mb(process) for name, process in servers.items()}
        memory["peer"] = worker_memory_mb(peers["large"])
    finally:
        for process in (*servers.values(), *peers.values(), cached):
            os.killpg(process.pid, signal.SIGTERM)
    counts = {name: queries(databases[name][0], databases[name][1]) for name in SETS}
    report(results, cached_results, counts, memory, args)


def report(results, cached_results, counts, memory, args) -> None:
    def median(name, path, key):
        return statistics.median(r[key] for r in results[(name, path)])

    def paired(path):
        rounds = zip(results[("small", path)], results[("large", path)], strict=True)
        return statistics.median(large["rps"] / small["rps"] for small, large in rounds)

    def tail(name, path):
        return statistics.median(r["p99"] / r["p50"] for r in results[(name, path)] if r["p50"])

    health = {name: median(name, "/healthz", "rps") for name in SETS}
    bare = {name: median(name, "peer/bare", "rps") for name in SETS}
    print(f"\n### make bench ({args.rounds} interleaved rounds of {args.seconds}s per page, wrk -t1 -c8, "
          f"gunicorn 2 workers, PostgreSQL)\n")  # fmt: skip
    print("| page | small req/s | large req/s | large ÷ peer (peer page) | large ÷ bare | large ÷ healthz "
          "| large ÷ small | large p50 / p99 ms | p99 ÷ p50 small / large | queries small / large | non-2xx |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for path, label in [*PAGES, *[("peer" + p, label) for p, label in PEER_PAGES]]:
        small, large = median("small", path, "rps"), median("large", path, "rps")
        errors = sum(r["errors"] for name in SETS for r in results[(name, path)])
        if path.startswith("peer"):
            peer, queries = "—", "—"
        else:
            peer_path = "peer" + PEER_OF.get(path, FILTERED)
            peer = f"{large / median('large', peer_path, 'rps'):.2f} ({'article' if path == ARTICLE else 'list'})"
            queries = f"{counts['small'][path][1]} / {counts['large'][path][1]}"
        print(
            f"| {label} | {small:.0f} | {large:.0f} | {peer} | {large / bare['large']:.2f} "
            f"| {large / health['large']:.2f} | {paired(path):.2f} "
            f"| {median('large', path, 'p50'):.1f} / {median('large', path, 'p99'):.1f} "
            f"| {tail('small', path):.1f} / {tail('large', path):.1f} | {queries} | {errors} |"
        )
    cached_health = statistics.median(r["rps"] for r in cached_results["/healthz"])
    peer_article = median("large", "peer" + ARTICLE, "rps")
    for key in (ARTICLE, ARTICLE + " gzip"):
        rps = statistics.median(r["rps"] for r in cached_results[key])
        p50 = statistics.median(r["p50"] for r in cached_results[key])
        p99 = statistics.median(r["p99"] for r in cached_results[key])
        print(f"\npage-cached news article{' (Accept-Encoding: gzip)' if key.endswith('gzip') else ''}, "
              f"large data, {CACHE_URL.split(':')[0]}: {rps:.0f} req/s, p50 / p99 {p50:.1f} / {p99:.1f} ms, "
              f"{rps / cached_health:.2f} × healthz, {rps / peer_article:.2f} × the peer's uncached article, "
              f"{rps / bare['large']:.2f} × a bare HttpResponse")  # fmt: skip
    print("\ngunicorn worker memory after the run: "
          + ", ".join(f"{name} {mb:.0f} MB" for name, mb in memory.items()) + " (goal < 100 MB)")  # fmt: skip
    statuses = {path: counts["large"][path][0] for path, _ in PAGES}
    bad = {path: status for path, status in statuses.items() if status != 200}
    if bad:
        print(f"pages that did not answer 200: {bad}")


if __name__ == "__main__":
    sys.exit(main())
