"""Matching-assistant latency: suggestions for one request with 10,000 past requests in PostgreSQL.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/most_matching_bench .venv/bin/python bench/matching_bench.py

Without DATABASE_URL it uses (and creates) the database ``most_matching_bench`` on
127.0.0.1:5432. It migrates, adds 10,000 past requests with accepted, done and declined
assignments when they are not there yet, then times ``suggest_mechanisms`` for a request as a
staff user sees it on the matching desk: the first call (the index is built), then warm calls,
each including the index's staleness check, and a call right after a request changed. Prints
p50/p95 in milliseconds.
"""

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


def main() -> None:
    call_command("migrate", verbosity=0, skip_checks=True)
    started = time.perf_counter()
    populate()
    print(f"data: {Request.objects.count()} requests, {Assignment.objects.count()} assignments "
          f"({time.perf_counter() - started:.1f} s to prepare) on {connection.vendor}")  # fmt: skip
    staff, _ = User.objects.get_or_create(username="bench_matching_staff", defaults={"role": User.Role.STAFF})
    sample = list(Request.objects.filter(title__startswith=MARK).order_by("?")[:200])

    started = time.perf_counter()
    suggest_mechanisms(request=sample[0], user=staff)
    cold = (time.perf_counter() - started) * 1000

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

    print(f"first call (index built from {PAST:,} past requests): {cold:.0f} ms")
    print(
        f"suggestions for one request, warm ({len(timings)} requests): "
        f"p50 {statistics.median(timings):.1f} ms, p95 {percentile(timings, 0.95):.1f} ms"
    )
    print(
        f"right after a request changed ({len(changed)} requests): "
        f"p50 {statistics.median(changed):.1f} ms, p95 {percentile(changed, 0.95):.1f} ms"
    )


if __name__ == "__main__":
    main()
