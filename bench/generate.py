"""Fill the database named by DATABASE_URL with a benchmark data set.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/most_bench_large \
        .venv/bin/python bench/generate.py --requests 200000 --workshops 5000 --news 10000

Rows are bulk-created on top of the reference data and the demo content; it prints the session
cookie of a benchmark superuser (for the admin page) as its last line.
"""

import argparse
import datetime as dt
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mostportal.settings.base")

import django  # noqa: E402

django.setup()

from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from accounts.models import User  # noqa: E402
from agencies.models import Agency, Deliverer, Mechanism  # noqa: E402
from news.models import Article  # noqa: E402
from provinces.models import Province  # noqa: E402
from requests_app.models import Assignment, Category, ReferenceCounter, Request  # noqa: E402
from workshops.models import Workshop  # noqa: E402

WORDS = [
    "การแปรรูป",
    "ผลิตภัณฑ์ชุมชน",
    "บรรจุภัณฑ์",
    "ลำไย",
    "มะม่วง",
    "ข้าว",
    "กาแฟ",
    "ผ้าไหม",
    "เครื่องเงิน",
    "เซรามิค",
    "น้ำดื่ม",
    "การสอบเทียบ",
    "เครื่องชั่ง",
    "ภาพถ่ายดาวเทียม",
    "พลังงานชีวมวล",
    "ปุ๋ยชีวภาพ",
    "เพาะเลี้ยงเนื้อเยื่อ",
    "แหล่งเรียนรู้",
    "ท่องเที่ยวชุมชน",
    "อาหารปลอดภัย",
    "มาตรฐาน",
    "OTOP",
    "นวัตกรรม",
    "วิสาหกิจชุมชน",
]
BATCH = 5000


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def generate(requests: int, workshops: int, news: int, seed: int = 2556) -> None:
    rng = random.Random(seed)
    provinces = list(Province.objects.all())
    categories = list(Category.objects.all())
    agencies = list(Agency.objects.all())
    mechanisms: dict[int, list[Mechanism]] = {}
    for mechanism in Mechanism.objects.all():
        mechanisms.setdefault(mechanism.agency_id, []).append(mechanism)
    start = dt.date(2008, 10, 1)
    now = timezone.now()

    started = time.monotonic()
    rows = []
    for i in range(workshops):
        day = start + dt.timedelta(days=rng.randrange(6500))
        rows.append(
            Workshop(
                title=f"การประชุมเชิงปฏิบัติการ {sentence(rng, 4)} ครั้งที่ {i + 1}",
                slug=f"bench-{i + 1}",
                start_date=day,
                end_date=day + dt.timedelta(days=rng.randrange(3)),
                venue="โรงแรมทดสอบ",
                host_province=rng.choice(provinces),
                participant_count=rng.randrange(20, 300),
                status=Workshop.Status.HELD,
                summary=sentence(rng, 30),
            )
        )
    Workshop.objects.bulk_create(rows, batch_size=BATCH)
    workshop_ids = list(Workshop.objects.filter(slug__startswith="bench-").values_list("pk", flat=True))
    through = Workshop.target_provinces.through
    links = [
        through(workshop_id=workshop_id, province_id=province.pk)
        for workshop_id in workshop_ids
        for province in rng.sample(provinces, 4)
    ]
    through.objects.bulk_create(links, batch_size=BATCH, ignore_conflicts=True)
    print(f"workshops: {workshops} in {time.monotonic() - started:.1f}s", flush=True)

    started = time.monotonic()
    body = "".join(f"<p>{sentence(rng, 60)}</p>" for _ in range(6))
    rows = [
        Article(
            title=f"ข่าว {sentence(rng, 6)} {i + 1}",
            slug=f"bench-news-{i + 1}",
            lead=sentence(rng, 20),
            body=body,
            writer="กลุ่มงานประชาสัมพันธ์",
            status=Article.Status.PUBLISHED,
            published_at=now - dt.timedelta(hours=i + 1),
        )
        for i in range(news)
    ]
    Article.objects.bulk_create(rows, batch_size=BATCH)
    print(f"news: {news} in {time.monotonic() - started:.1f}s", flush=True)

    started = time.monotonic()
    statuses = [s for s in Request.Status.values if s != Request.Status.DRAFT]
    sequences: dict[int, int] = {}
    for chunk in range(0, requests, BATCH):
        rows = []
        for _ in range(min(BATCH, requests - chunk)):
            submitted = now - dt.timedelta(days=rng.randrange(6500), minutes=rng.randrange(1440))
            year = submitted.year + 543 + (1 if submitted.month >= 10 else 0)
            sequences[year] = sequences.get(year, 1000) + 1
            rows.append(
                Request(
                    reference=f"{year}-{sequences[year]:05d}",
                    fiscal_year=year,
                    sequence=sequences[year],
                    province=rng.choice(provinces),
                    category=rng.choice(categories),
                    title=sentence(rng, 8),
                    description=sentence(rng, 40),
                    source=Request.Source.PORTAL,
                    status=rng.choice(statuses),
                    submitted_at=submitted,
                )
            )
        created = Request.objects.bulk_create(rows, batch_size=BATCH)
        assignments = []
        deliverers = dict(Deliverer.objects.exclude(agency=None).values_list("agency_id", "pk"))
        for request in created:
            for agency in rng.sample(agencies, rng.choice((0, 1, 1, 2))):
                assignments.append(
                    Assignment(
                        request=request,
                        agency=agency,
                        deliverer_id=deliverers[agency.pk],
                        mechanism=rng.choice(mechanisms[agency.pk]),
                        status=rng.choice(Assignment.Status.values),
                    )
                )
        Assignment.objects.bulk_create(assignments, batch_size=BATCH)
    for year, last in sequences.items():
        ReferenceCounter.objects.update_or_create(fiscal_year=year, defaults={"last_sequence": last})
    print(f"requests: {requests} in {time.monotonic() - started:.1f}s", flush=True)


def bench_session() -> str:
    """A logged-in session of a benchmark superuser, for the admin page."""
    user, _ = User.objects.get_or_create(username="bench", defaults={"is_superuser": True, "is_staff": True})
    user.set_password("bench-only")
    user.save()
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--workshops", type=int, default=50)
    parser.add_argument("--news", type=int, default=100)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    if not Request.objects.filter(reference__regex=r"^\d{4}-\d{5}$").exists():
        with transaction.atomic():
            generate(args.requests, args.workshops, args.news)
        for command in ("search_reindex",):
            try:
                call_command(command, verbosity=0)
            except Exception as error:  # the command is optional while search is being built
                print(f"note: {command}: {error}", flush=True)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
    print(bench_session())


if __name__ == "__main__":
    main()
