"""Public workshop pages: the filtered list, the workshop page with its outcomes, calendar files."""

import datetime as dt

import icalendar
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from agencies.models import Agency
from news.models import Article
from provinces.models import Cluster, Province
from requests_app.models import Request
from tests.factories import ArticleFactory, RequestFactory, WorkshopFactory
from tests.news.helpers import image_upload
from workshops.models import Activity, Participation, Workshop

pytestmark = pytest.mark.django_db


def province(code: str) -> Province:
    return Province.objects.get(code=code)


@pytest.fixture
def fy2552():
    """The four workshops of fiscal year 2552 from the seed page, and one of 2557."""
    rows = [
        ("udon-2551", dt.date(2008, 11, 9), "41", "northeast-upper-1", "โรงแรมบ้านเชียง"),
        ("chiangrai-2552", dt.date(2009, 1, 13), "57", "north-upper-2", "โรงแรมเวียงอินทร์"),
        ("chaam-2552", dt.date(2009, 3, 8), "76", "central-lower-2", "โรงแรมลองบีช ชะอำ"),
        ("nakhon-2552", dt.date(2009, 5, 24), "80", "south-gulf", "โรงแรมทวินโลตัส"),
    ]
    workshops = {}
    for slug, start, host, cluster, venue in rows:
        workshops[slug] = WorkshopFactory(
            slug=slug,
            start_date=start,
            end_date=start + dt.timedelta(days=2),
            venue=venue,
            host_province=province(host),
            target_cluster=Cluster.objects.filter(code=cluster).first(),
        )
    workshops["north-2556"] = WorkshopFactory(
        slug="north-2556", title="ประชุมภาคเหนือ 2556", target_cluster=Cluster.objects.get(code="north-upper-1")
    )
    workshops["north-2556"].target_provinces.set([province("50"), province("51")])
    Participation.objects.create(
        workshop=workshops["chiangrai-2552"], agency=Agency.objects.get(code="TISTR"), role="exhibitor"
    )
    return workshops


def slugs_on(client, url: str) -> set[str]:
    response = client.get(url)
    assert response.status_code == 200
    return {workshop.slug for workshop in response.context["object_list"]}


def test_the_list_filters_by_fiscal_year_region_cluster_province_agency_and_text(client, fy2552):
    assert slugs_on(client, "/workshops/?fiscal_year=2552") == {
        "udon-2551",
        "chiangrai-2552",
        "chaam-2552",
        "nakhon-2552",
    }
    assert slugs_on(client, "/workshops/?fiscal_year=2557") == {"north-2556"}
    assert slugs_on(client, "/workshops/?region=north") == {"chiangrai-2552", "north-2556"}
    assert slugs_on(client, "/workshops/?cluster=north-upper-2") == {"chiangrai-2552"}
    assert slugs_on(client, "/workshops/?province=lamphun") == {"north-2556"}  # a target province
    assert slugs_on(client, "/workshops/?agency=tistr") == {"chiangrai-2552"}
    assert slugs_on(client, "/workshops/?q=ทวินโลตัส") == {"nakhon-2552"}
    assert slugs_on(client, "/workshops/?fiscal_year=2552&region=northeast") == {"udon-2551"}
    content = client.get("/workshops/?fiscal_year=2552").content.decode()
    assert "ปีงบประมาณ 2552" in content or "fiscal year 2552" in content


def test_bad_filter_values_show_the_form_not_an_error(client, fy2552):
    response = client.get("/workshops/?fiscal_year=abc&cluster=nowhere&province=atlantis")
    assert response.status_code == 200
    assert response.context["filter"].errors


def test_the_english_list_is_under_en(client, fy2552):
    content = client.get("/en/workshops/?fiscal_year=2552").content.decode()
    assert "9–11 November 2008" in content
    assert "Fiscal year" in content


def test_the_workshop_page_shows_outcomes_by_province_with_their_status(client, client_for, staff, fy2552):
    workshop = fy2552["north-2556"]
    workshop.chair = "ดร.พีรพันธุ์ พาลุสุข"
    workshop.participant_count = 130
    workshop.save()
    Activity.objects.create(
        workshop=workshop,
        kind="satellite_images",
        title="มอบภาพถ่ายดาวเทียมจังหวัด",
        agency=Agency.objects.get(code="GISTDA"),
    )
    RequestFactory(
        workshop=workshop,
        source="workshop",
        province=province("50"),
        title="Food Valley",
        status=Request.Status.MATCHED,
    )
    RequestFactory(
        workshop=workshop,
        source="workshop",
        province=province("51"),
        title="ลำไยคุณภาพ",
        status=Request.Status.DELIVERED,
    )
    RequestFactory(
        workshop=workshop,
        source="workshop",
        province=province("52"),
        title="โจทย์ยังไม่ตรวจ",
        status=Request.Status.SUBMITTED,
    )
    ArticleFactory(workshop=workshop, title="ข่าวการประชุมภาคเหนือ", slug="north-news")
    ArticleFactory(
        workshop=workshop, title="ข่าวร่างการประชุม", slug="north-draft", status="draft", published_at=None
    )
    workshop.photos.create(image=image_upload(), caption="ภาพหมู่", credit="นายภาพ")

    content = client.get("/workshops/north-2556/").content.decode()
    assert "1 พฤศจิกายน 2556" in content and "ดร.พีรพันธุ์ พาลุสุข" in content and "130" in content
    assert "มอบภาพถ่ายดาวเทียมจังหวัด" in content
    assert "Food Valley" in content and "ลำไยคุณภาพ" in content
    assert content.index(province("50").name_th) < content.index("Food Valley")
    assert "badge--ok" in content  # delivered
    assert "โจทย์ยังไม่ตรวจ" not in content  # not reviewed yet: not public
    assert "ข่าวการประชุมภาคเหนือ" in content and "ข่าวร่างการประชุม" not in content
    assert "ภาพหมู่" in content and "นายภาพ" in content
    assert 'href="/workshops/north-2556.ics"' in content
    staff_view = client_for(staff).get("/workshops/north-2556/").content.decode()
    assert "โจทย์ยังไม่ตรวจ" in staff_view
    english = client.get("/en/workshops/north-2556/").content.decode()
    assert "1 November 2013" in english and "Chiang Mai" in english


def test_unknown_workshop_is_a_404(client):
    assert client.get("/workshops/nowhere/").status_code == 404
    assert client.get("/workshops/nowhere.ics").status_code == 404


def test_a_workshop_ics_parses_with_the_venue_and_a_link_back(client, fy2552):
    response = client.get("/workshops/nakhon-2552.ics")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    [event] = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == dt.date(2009, 5, 24)
    assert event.decoded("dtend") == dt.date(2009, 5, 27)  # all-day: end is exclusive
    assert "โรงแรมทวินโลตัส" in str(event["location"])
    assert str(event["url"]) == "http://testserver/workshops/nakhon-2552/"
    assert "http://testserver/workshops/nakhon-2552/" in str(event["description"])
    english = icalendar.Calendar.from_ical(client.get("/en/workshops/nakhon-2552.ics").content)
    assert str(english.walk("VEVENT")[0]["url"]) == "http://testserver/en/workshops/nakhon-2552/"


def test_upcoming_ics_lists_workshops_not_yet_over(client, fy2552):
    today = timezone.localdate()
    WorkshopFactory(
        slug="next-month", start_date=today + dt.timedelta(days=30), status=Workshop.Status.PLANNED
    )
    WorkshopFactory(
        slug="running", start_date=today - dt.timedelta(days=1), end_date=today + dt.timedelta(days=1)
    )
    WorkshopFactory(
        slug="called-off", start_date=today + dt.timedelta(days=3), status=Workshop.Status.CANCELLED
    )
    calendar = icalendar.Calendar.from_ical(client.get("/workshops/upcoming.ics").content)
    urls = [str(event["url"]) for event in calendar.walk("VEVENT")]
    assert urls == ["http://testserver/workshops/running/", "http://testserver/workshops/next-month/"]


def _count(client, url: str) -> int:
    client.get(url)  # warm the cached fragments
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_list_query_count_does_not_grow_with_the_data(client):
    for _ in range(5):
        WorkshopFactory(target_cluster=Cluster.objects.first())
    small = _count(client, "/workshops/")
    for _ in range(195):
        WorkshopFactory(target_cluster=Cluster.objects.first())
    assert _count(client, "/workshops/") == small


def test_workshop_page_query_count_does_not_grow_with_the_data(client):
    workshop = WorkshopFactory(slug="big", target_cluster=Cluster.objects.get(code="north-upper-1"))
    agencies = list(Agency.objects.all())
    provinces = list(Province.objects.all())

    def add(count: int, offset: int):
        for number in range(offset, offset + count):
            if number < len(agencies) * 3:  # one row per agency and role at most
                Participation.objects.create(
                    workshop=workshop,
                    agency=agencies[number % len(agencies)],
                    role=["exhibitor", "demonstrator", "speaker"][number // len(agencies)],
                )
            Activity.objects.create(
                workshop=workshop,
                kind="exhibition",
                title=f"นิทรรศการ {number}",
                agency=agencies[number % len(agencies)],
            )
            RequestFactory(workshop=workshop, source="workshop", province=provinces[number % len(provinces)])
            ArticleFactory(workshop=workshop)
            workshop.photos.create(image=image_upload(size=(40, 30)))
        workshop.target_provinces.set(
            provinces[: offset + count if offset + count < len(provinces) else None]
        )

    add(5, 0)
    small = _count(client, "/workshops/big/")
    add(195, 5)
    assert Request.objects.filter(workshop=workshop).count() == 200
    assert Article.objects.filter(workshop=workshop).count() == 200
    assert _count(client, "/workshops/big/") == small
