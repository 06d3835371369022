"""Matching-assistant latency and memory at 10,000 and 200,000 past requests in PostgreSQL.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/most_matching_bench .venv/bin/python bench/matching_bench.py [SIZES]

For each size (default 10000 200000) one process adds the past requests (with assignments) and
indexes them (``manage.py matching_index --missing``); a fresh process then measures like a new
gunicorn worker: the first suggestion, p50/p95 of 200 warm ones, and its RSS.

Without DATABASE_URL it uses (and creates) the database ``most_matching_bench`` on 127.0.0.1:5432.
"""

import io
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/most_matching_bench"
if not os.environ.get("DATABASE_URL"):
    os.environ["DATABASE_URL"] = DEFAULT_URL
    subprocess.run(
        ["createdb", "-h", "127.0.0.1", "-U", "postgres", "most_matching_bench"],
        capture_output=True,
        check=False,
    )
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mostportal.settings.base")
os.environ.setdefault("DJANGO_LOG_LEVEL", "WARNING")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from accounts.models import User  # noqa: E402
from agencies.models import Deliverer, Mechanism  # noqa: E402
from matching.models import lines  # noqa: E402
from matching.services import suggest_mechanisms  # noqa: E402
from provinces.models import Province  # noqa: E402
from requests_app.models import Assignment, Category, Request  # noqa: E402

PAST = 10_000
MARK = "[bench]"
FISCAL_YEAR = 2400  # far from real fiscal years, so the references never collide
FILLER = [
    "กลุ่มเกษตรกร",
    "วิสาหกิจชุมชน",
    "ต้องการความรู้",
    "เพิ่มรายได้",
    "ผู้สูงอายุ",
    "นักเรียน",
    "ผลผลิตตกต่ำ",
    "ตลาดต่างประเทศ",
    "อบต.",
    "เทศบาลตำบล",
    "ลดต้นทุน",
    "คุณภาพชีวิต",
]


def populate() -> None:
    existing = Request.objects.filter(title__startswith=MARK).count()
    if existing >= PAST:
        return
    rng = random.Random(2552)
    mechanisms = list(Mechanism.objects.select_related("agency"))
    provinces = list(Province.objects.all())
    categories = list(Category.objects.all())
    now = timezone.now()
    requests, plan = [], []
    for number in range(existing, PAST):
        mechanism = rng.choice(mechanisms)
        words = lines(mechanism.keywords) or [mechanism.name_th]
        title = " ".join(rng.sample(words, min(2, len(words))))
        description = " ".join(rng.sample(words, min(3, len(words))) + rng.sample(FILLER, 3))
        requests.append(
            Request(
                title=f"{MARK} {title}"[:300],
                description=description,
                province=rng.choice(provinces),
                category=rng.choice(categories),
                status=Request.Status.UNDER_REVIEW,
                fiscal_year=FISCAL_YEAR,
                sequence=number + 1,
                reference=f"{FISCAL_YEAR}-{number + 1:05d}",
                submitted_at=now,
            )
        )
        declined = rng.choice(mechanisms) if rng.random() < 0.2 else None
        plan.append((mechanism, rng.choice([Assignment.Status.ACCEPTED, Assignment.Status.DONE]), declined))
    with transaction.atomic():
        created = Request.objects.bulk_create(requests, batch_size=1000)
        assignments = []
        deliverers = dict(Deliverer.objects.exclude(agency=None).values_list("agency_id", "pk"))
        for request, (mechanism, status, declined) in zip(created, plan, strict=True):
            assignments.append(
                Assignment(
                    request=request,
                    agency=mechanism.agency,
                    deliverer_id=deliverers[mechanism.agency_id],
                    mechanism=mechanism,
                    status=status,
                )
            )
            if declined is not None:
                assignments.append(
                    Assignment(
                        request=request,
                        agency=declined.agency,
                        deliverer_id=deliverers[declined.agency_id],
                        mechanism=declined,
                        status=Assignment.Status.DECLINED,
                    )
                )
        Assignment.objects.bulk_create(assignments, batch_size=2000)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def prepare(size: int) -> None:
    """Past requests up to ``size`` and the database index of them (in a process of its own)."""
    global PAST
    PAST = size
    call_command("migrate", verbosity=0, skip_checks=True)
    started = time.perf_counter()
    populate()
    call_command("matching_index", missing=True, stdout=io.StringIO())
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # as autovacuum would soon after a bulk load
    print(f"data: {Request.objects.count():,} requests, {Assignment.objects.count():,} assignments "
          f"({time.perf_counter() - started:.0f} s to prepare) on {connection.vendor}", flush=True)  # fmt: skip


def measure(size: int) -> None:
    """A fresh worker: segmenter and mechanism profiles loaded first (as gunicorn's post_worker_init
    does), then the first suggestion, 200 warm ones, 20 right after a request changed, and the worker's memory."""
    from matching.engine import warm

    started = time.perf_counter()
    warm()  # what gunicorn's post_worker_init does
    segmenter = (time.perf_counter() - started) * 1000
    staff, _ = User.objects.get_or_create(username="bench_matching_staff", defaults={"role": User.Role.STAFF})
    pks = list(Request.objects.filter(title__startswith=MARK).values_list("pk", flat=True)[:size])
    rng = random.Random(size)
    sample = list(Request.objects.filter(pk__in=rng.sample(pks, 200)))
    before = rss_mb()

    started = time.perf_counter()
    suggest_mechanisms(request=sample[0], user=staff)
    first = (time.perf_counter() - started) * 1000

    timings = []
    for request in sample:
        started = time.perf_counter()
        suggest_mechanisms(request=request, user=staff)
        timings.append((time.perf_counter() - started) * 1000)

    changed = []
    for request in sample[:20]:
        request.description += " ปรับปรุง"
        request.save(update_fields=["description", "updated_at"])
        started = time.perf_counter()
        suggest_mechanisms(request=request, user=staff)
        changed.append((time.perf_counter() - started) * 1000)
    print(
        f"{size:>7,} past requests: first call {first:.0f} ms (worker start: segmenter and mechanism "
        f"profiles in {segmenter:.0f} ms); warm p50 {statistics.median(timings):.1f} ms, p95 "
        f"{percentile(timings, 0.95):.1f} ms; after a change p50 {statistics.median(changed):.1f} ms; "
        f"worker RSS {before:.0f} MB before, {rss_mb():.0f} MB after",
        flush=True,
    )


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] in ("--prepare", "--measure"):
        size = int(sys.argv[2])
        (prepare if sys.argv[1] == "--prepare" else measure)(size)
        return
    sizes = [int(size) for size in sys.argv[1:]] or [10_000, 200_000]
    for size in sizes:
        for step in ("--prepare", "--measure"):
            subprocess.run([sys.executable, __file__, step, str(size)], check=True)


if __name__ == "__main__":
    main()
