"""`manage.py load_demo` enters what the two seed pages describe, and running it twice changes nothing."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.test import override_settings

from accounts.models import User
from news.models import Article
from requests_app.models import Assignment, ReferenceCounter, Request, RequestEvent
from workshops.models import Workshop

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        Workshop.objects.count(),
        Article.objects.count(),
        Request.objects.count(),
        Assignment.objects.count(),
        User.objects.count(),
        RequestEvent.objects.count(),
        sorted(Request.objects.values_list("reference", "status")),
    )


def test_demo_content_of_the_seed_pages():
    call_command("load_demo", verbosity=0)
    assert Workshop.objects.count() == 5
    fy2552 = Workshop.objects.in_fiscal_year(2552)
    assert fy2552.count() == 4
    assert sum(w.target_provinces.count() for w in fy2552) == 16
    north = Workshop.objects.get(start_date=dt.date(2013, 11, 1))
    # 130 is the morning session's count, not the day's: the page gives no total.
    assert north.participant_count is None
    assert north.sessions.get().participant_count == 130
    assert north.venue == "โรงแรมดิเอ็มเพรส"
    assert north.requests.count() == 8
    assert set(north.requests.values_list("province__name_en", flat=True)) == {
        "Chiang Mai", "Lampang", "Chiang Rai", "Lamphun", "Mae Hong Son", "Nan", "Phrae", "Phayao",
    }  # fmt: skip
    assert all(r.startswith("2557-") for r in north.requests.values_list("reference", flat=True))

    phu_luang = Request.objects.get(title__contains="ภูหลวง")
    assert phu_luang.province.name_en == "Loei"
    answers = list(phu_luang.assignments.values_list("agency__code", flat=True))
    assert sorted(answers) == ["DSS", "DSS", "TINT", "TISTR"]

    article = Article.objects.get(workshop=north)
    assert article.writer == "นางสาวศิริลักษณ์ สิกขะบูรณะ"
    assert "ไววิทย์ ยอดประสิทธิ์" in article.photographers
    assert "02 333 3700" in article.pr_contact
    assert "Food Valley" in article.body
    assert Article.objects.published().count() == 2
    # Reference numbers given by the demo are never given again.
    assert ReferenceCounter.objects.get(fiscal_year=2557).last_sequence == 8


def test_load_demo_is_idempotent():
    call_command("load_demo", verbosity=0)
    first = snapshot()
    call_command("load_demo", verbosity=0)
    assert snapshot() == first


def test_no_demo_logins_without_debug():
    call_command("load_demo", verbosity=0)
    assert not User.objects.filter(username__in=["staff", "pcso-chiangmai", "admin"]).exists()


@override_settings(DEBUG=True)
def test_demo_logins_in_debug_for_each_role():
    call_command("load_demo", verbosity=0)
    roles = dict(User.objects.values_list("username", "role"))
    assert roles["pcso-chiangmai"] == "pcso"
    assert roles["coordinator-rcc1"] == "coordinator"
    assert roles["focal-dss"] == "focal_point"
    assert roles["staff"] == "staff"
    assert User.objects.get(username="admin").is_superuser
    assert User.objects.get(username="staff").check_password("demo-pass-2556")


def test_demo_requests_have_their_public_timeline(client):
    call_command("load_demo", verbosity=0)
    phu_luang = Request.objects.get(reference="2552-0001")
    steps = list(phu_luang.events.values_list("to_status", flat=True))
    assert steps == ["submitted", "under_review", "matched", "in_delivery", "delivered"]
    # The report dates neither the request nor its delivery: nothing is backdated.
    assert phu_luang.submitted_at is None
    assert phu_luang.events.get(to_status="delivered").created_at.year > 2009
    lamphun = Request.objects.get(reference="2557-0004")
    assert list(lamphun.events.values_list("to_status", flat=True)) == ["submitted", "under_review"]
    html = client.get("/requests/2552-0001/").content.decode()
    assert "ตามรายงานผลการดำเนินงานปีงบประมาณ พ.ศ. 2552" in html


def test_article_credits_read_as_on_the_ministrys_pages(client):
    call_command("load_demo", verbosity=0)
    html = client.get("/news/2013-11-01-sti-integration-north/").content.decode()
    assert "เขียนข่าว" in html and "ถ่ายภาพ" in html
    assert "นายไววิทย์ ยอดประสิทธิ์" in html
