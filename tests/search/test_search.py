"""Search: Thai words inside unspaced text are found; what a user may not see never is."""

import datetime as dt
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from agencies.models import Agency, Mechanism
from news.models import Article
from provinces.models import Province
from requests_app.models import Assignment, Category, Request
from search.models import SearchDocument
from search.services import index_rebuild
from search.text import fold, terms
from tests.factories import ArticleFactory, AssignmentFactory, RequestFactory, WorkshopFactory

pytestmark = pytest.mark.django_db

LONGAN = "สนับสนุนโครงการลำใย ด้านประสิทธิภาพภายใต้การผลิตและคุณภาพ"


@pytest.fixture
def longan(db) -> Request:
    return RequestFactory(title=LONGAN, province=Province.objects.get(code="51"))


@pytest.fixture
def packaging(db) -> Assignment:
    request = RequestFactory(
        title="ความต้องการของอำเภอภูหลวง จังหวัดเลย", province=Province.objects.get(code="42")
    )
    return AssignmentFactory(
        request=request,
        agency=Agency.objects.get(code="TISTR"),
        mechanism=None,
        response="การพัฒนาบรรจุภัณฑ์ใส่หลามหมูยอ",
    )


def _results(client, query: str, kind: str = "") -> str:
    response = client.get("/en/search/", {"q": query, **({"kind": kind} if kind else {})})
    assert response.status_code == 200
    return response.content.decode()


def test_folding_treats_sara_ai_spellings_alike():
    assert fold("ลำใย") == fold("ลำไย")
    assert terms("  ลำไย   ลำพูน ") == ["ลำไย", "ลำพูน"]
    assert terms("ก") == []


@pytest.mark.parametrize("query", ["ลำไย", "ลำใย", "โครงการลำไย", "ประสิทธิภาพ", "คุณภาพ"])
def test_a_thai_word_inside_unspaced_text_finds_the_lamphun_request(client, longan, query):
    html = _results(client, query)
    assert longan.reference in html
    assert "<mark>" in html


def test_the_match_is_highlighted_in_the_title(client, longan):
    html = _results(client, "ลำไย")
    assert "โครงการ<mark>ลำใย</mark>" in html


def test_packaging_finds_the_agency_response_and_the_mechanisms(client, packaging):
    html = _results(client, "บรรจุภัณฑ์")
    assert packaging.request.reference in html  # found through the agency's response
    assert "การพัฒนา<mark>บรรจุภัณฑ์</mark>ใส่หลามหมูยอ" in html
    packaging_mechanisms = [m for m in Mechanism.objects.active() if "บรรจุภัณฑ์" in m.name_th]
    assert packaging_mechanisms, "the reference data has a packaging mechanism"
    for mechanism in packaging_mechanisms:
        assert mechanism.agency.get_absolute_url() in html


def test_english_and_other_kinds(client, longan):
    WorkshopFactory(
        title="การประชุมเชิงปฏิบัติการ ภาคเหนือ", title_en="Northern integration workshop", slug="north"
    )
    ArticleFactory(title="ข่าวลำไย", title_en="Longan news", body="<p>ผลผลิต<b>ลำไย</b>ดีขึ้น</p>")
    assert "/workshops/north/" in _results(client, "integration")
    html = _results(client, "lamphun")
    assert Province.objects.get(code="51").get_absolute_url() in html
    assert longan.reference in html  # the request's province, in English
    assert "<mark>Longan</mark> news" in _results(client, "longan")
    # The body, tags stripped; "longan" is a variant of ลำไย (search/data/variants.csv).
    assert "<mark>Longan</mark> news" in _results(client, "ลำไย")


def test_a_request_the_user_may_not_see_is_never_found(client_for, pcso, other_pcso, staff):
    chiang_mai = Province.objects.get(code="50")
    draft = RequestFactory(
        title="โครงการลำไยอบแห้งฉบับร่าง",
        province=chiang_mai,
        status=Request.Status.DRAFT,
        reference=None,
        sequence=None,
    )
    submitted = RequestFactory(title="โครงการลำไยส่งแล้ว", province=chiang_mai, status=Request.Status.SUBMITTED)
    public = RequestFactory(title="โครงการลำไยสาธารณะ", province=chiang_mai)
    anonymous = _results(client_for(None), "ลำไย")
    assert public.reference in anonymous
    assert "ส่งแล้ว" not in anonymous and "ฉบับร่าง" not in anonymous
    outsider = _results(client_for(other_pcso), "ลำไย")
    assert "ส่งแล้ว" not in outsider and "ฉบับร่าง" not in outsider
    own = _results(client_for(pcso), "ลำไย")
    assert submitted.reference in own and "ฉบับร่าง" in own
    assert draft.pk in Request.objects.visible_to(staff).values_list("pk", flat=True)
    assert "ฉบับร่าง" in _results(client_for(staff), "ลำไย")


def test_unpublished_and_scheduled_articles_are_never_found(client_for, staff):
    ArticleFactory(title="ข่าวลำไยเผยแพร่แล้ว")
    ArticleFactory(title="ข่าวลำไยฉบับร่าง", status=Article.Status.DRAFT, published_at=None)
    ArticleFactory(title="ข่าวลำไยตั้งเวลา", published_at=timezone.now() + dt.timedelta(days=2))
    html = _results(client_for(None), "ลำไย")
    assert "ข่าวลำไยเผยแพร่แล้ว" in html.replace("<mark>", "").replace("</mark>", "")
    assert "ฉบับร่าง" not in html and "ตั้งเวลา" not in html
    staff_html = _results(client_for(staff), "ลำไย")
    assert "ฉบับร่าง" in staff_html  # staff preview drafts on the pages too


def test_results_are_grouped_and_paginated(client):
    for index in range(25):
        RequestFactory(title=f"การแปรรูปลำไยชุดที่ {index}")
    html = _results(client, "ลำไย")
    assert "25 results" in html
    assert html.count('class="search-results__title"') == 5
    assert "kind=requests" in html
    page1 = _results(client, "ลำไย", kind="requests")
    assert page1.count('class="search-results__title"') == 20
    page2 = client.get("/en/search/", {"q": "ลำไย", "kind": "requests", "page": 2}).content.decode()
    assert page2.count('class="search-results__title"') == 5
    assert client.get("/en/search/", {"q": "ลำไย", "kind": "requests", "page": "x"}).status_code == 200


def test_the_index_follows_edits_and_deletions(client, longan):
    longan.title = "โครงการพัฒนาเซรามิก"
    longan.save()
    assert longan.reference not in _results(client, "ลำไย")
    assert longan.reference in _results(client, "เซรามิก")
    article = ArticleFactory(title="ข่าวเซรามิกลำปาง")
    article.delete()
    assert not SearchDocument.objects.filter(kind="article", object_id=article.pk).exists()


def test_short_and_empty_queries(client):
    assert "at least 2 characters" in _results(client, "ก")
    assert client.get("/en/search/").status_code == 200


def test_rebuild_matches_signals(longan, packaging):
    before = dict(SearchDocument.objects.values_list("object_id", "text").filter(kind="request"))
    index_rebuild()
    after = dict(SearchDocument.objects.values_list("object_id", "text").filter(kind="request"))
    assert before == after and len(after) == 2


def _bulk_requests(n: int) -> None:
    provinces = list(Province.objects.all())
    category = Category.objects.first()
    base = 70000 + Request.objects.count()
    Request.objects.bulk_create(
        [
            Request(
                reference=f"2557-{base + i}",
                fiscal_year=2557,
                sequence=base + i,
                province=provinces[i % len(provinces)],
                category=category,
                title=f"โครงการลำไยแปรรูปที่ {i}",
                status=Request.Status.UNDER_REVIEW if i % 2 else Request.Status.SUBMITTED,
                submitted_at=timezone.now(),
            )
            for i in range(n)
        ]
    )
    index_rebuild(kinds=["request"])


def _queries(client, url: str) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_query_count_is_constant_from_60_to_1000_rows(client):
    # A word most requests hold: the newest requests give the first hits, the count stops early.
    urls = ["/en/search/?q=ลำไย", "/en/search/?q=ลำไย&kind=requests&page=2"]
    _bulk_requests(60)
    WorkshopFactory(title="ลำไย")
    small = [_queries(client, url) for url in urls]
    _bulk_requests(940)
    large = [_queries(client, url) for url in urls]
    assert small == large


def test_query_count_for_a_rare_word_is_constant_from_10_to_1000_rows(client):
    # A word few requests hold: found through the index, then the records by id.
    urls = ["/en/search/?q=มังคุด", "/en/search/?q=มังคุด&kind=requests"]
    RequestFactory(title="มังคุดคัดเกรดส่งออก")
    _bulk_requests(10)
    small = [_queries(client, url) for url in urls]
    _bulk_requests(990)
    large = [_queries(client, url) for url in urls]
    assert small == large


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigram index is PostgreSQL's")
def test_postgresql_uses_the_trigram_index():
    _bulk_requests(2000)
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'search_document_text_trgm'")
        assert "gin_trgm_ops" in cursor.fetchone()[0]
        cursor.execute("SET enable_seqscan = off")
        query = str(SearchDocument.objects.filter(text__contains="ลำไย").values("pk").query)
        cursor.execute(
            "EXPLAIN SELECT id FROM search_searchdocument WHERE text LIKE %s", ["%" + "ลำไย" + "%"]
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("SET enable_seqscan = on")
    assert "search_document_text_trgm" in plan, plan
    assert "LIKE" in query


def test_reindex_command(longan):
    from io import StringIO

    from django.core.management import call_command

    SearchDocument.objects.all().delete()
    out = StringIO()
    call_command("search_reindex", stdout=out)
    assert "request: 1 documents" in out.getvalue()
    assert SearchDocument.objects.filter(kind="request", object_id=longan.pk).exists()


def test_a_category_name_alone_does_not_match(client):
    request = RequestFactory(title="โจทย์อื่น", category=Category.objects.get(number=2))
    assert "บรรจุภัณฑ์" in Category.objects.get(number=2).name_th
    assert request.reference not in _results(client, "บรรจุภัณฑ์")


def _bulk_dated_requests(titles: list[str]) -> list[Request]:
    """Public requests, the first title the newest, one hour apart."""
    now = timezone.now()
    category = Category.objects.first()
    province = Province.objects.get(code="50")
    created = Request.objects.bulk_create(
        [
            Request(
                reference=f"2557-{80000 + i}",
                fiscal_year=2557,
                sequence=80000 + i,
                province=province,
                category=category,
                title=title,
                status=Request.Status.UNDER_REVIEW,
                submitted_at=now - dt.timedelta(hours=i),
            )
            for i, title in enumerate(titles)
        ]
    )
    index_rebuild(kinds=["request"])
    return created


def test_a_common_word_is_counted_up_to_a_bound_and_lists_the_newest(client):
    from search.services import MAX_COUNT

    created = _bulk_dated_requests([f"ลำไยอบแห้งชุดที่ {i}" for i in range(MAX_COUNT + 20)])
    html = _results(client, "ลำไย")
    assert f"More than {MAX_COUNT} results" in html
    assert f"S&amp;T requests ({MAX_COUNT}+)" in html
    listed = list(dict.fromkeys(re.findall(r"2557-8\d{4}", html)))
    assert listed[:5] == [request.reference for request in created[:5]]  # the five newest, in order

    page = _results(client, "ลำไย", kind="requests")
    assert f"Only the newest {MAX_COUNT} are listed" in page
    assert f"Page 1 of {MAX_COUNT // 20}" in page
    last = client.get(
        "/en/search/", {"q": "ลำไย", "kind": "requests", "page": MAX_COUNT // 20}
    ).content.decode()
    assert created[MAX_COUNT - 1].reference in last


def test_a_common_word_whose_newest_matches_are_old_still_lists_them_first(client):
    from search.services import MAX_COUNT

    # The newest 100 requests are about coffee; the longan ones, more than the bound, are older.
    created = _bulk_dated_requests(["กาแฟคั่ว"] * 100 + [f"ลำไยอบแห้งชุดที่ {i}" for i in range(MAX_COUNT + 5)])
    html = _results(client, "ลำไย")
    listed = list(dict.fromkeys(re.findall(r"2557-8\d{4}", html)))
    assert listed[:5] == [request.reference for request in created[100:105]]
