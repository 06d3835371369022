"""Workshops as they happen (issue 17, item 2): several target clusters, sessions, people,
handovers and success stories; cluster and province pages list every workshop that targeted them."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from agencies.models import Agency
from provinces.models import Cluster, Province
from tests.factories import WorkshopFactory
from workshops.models import Handover, Person, Session, SuccessStory, Workshop, WorkshopPerson

pytestmark = pytest.mark.django_db

NORTH = "/workshops/2013-11-01-chiang-mai/"


@pytest.fixture
def demo():
    call_command("load_demo", verbosity=0)


@pytest.mark.parametrize("code", ["north-upper-1", "north-upper-2"])
def test_the_2013_workshop_is_on_both_upper_north_cluster_pages(demo, client, code):
    html = client.get(f"/clusters/{code}/").content.decode()
    assert NORTH in html
    listing = client.get(f"/workshops/?cluster={code}").content.decode()
    assert NORTH in listing


def test_a_workshop_filed_under_no_cluster_still_shows_through_its_provinces(client):
    workshop = WorkshopFactory(slug="nan-only", target_cluster=None)
    workshop.target_provinces.set([Province.objects.get(code="55")])  # Nan: Upper North 2
    assert "/workshops/nan-only/" in client.get("/clusters/north-upper-2/").content.decode()
    assert "/workshops/nan-only/" not in client.get("/clusters/north-upper-1/").content.decode()
    assert "/workshops/nan-only/" in client.get("/provinces/nan/").content.decode()


def test_the_2013_page_shows_its_session_people_and_clusters(demo, client):
    html = client.get(NORTH).content.decode()
    session = html.split("data-sessions")[1].split("</ul>")[0]
    assert "ช่วงเช้า" in session and "130" in session
    assert "ดร.พีรพันธุ์ พาลุสุข" in html and "รัฐมนตรีว่าการกระทรวงวิทยาศาสตร์และเทคโนโลยี" in html
    assert "/clusters/north-upper-1/" in html and "/clusters/north-upper-2/" in html
    english = client.get("/en" + NORTH).content.decode()
    assert "Morning" in english and "Chair" in english


def test_people_are_reused_across_workshops(demo):
    minister = Person.objects.get(name="ดร.พีรพันธุ์ พาลุสุข")
    later = WorkshopFactory(start_date=dt.date(2014, 2, 1))
    WorkshopPerson.objects.create(workshop=later, person=minister, role=WorkshopPerson.Role.CHAIR)
    assert minister.workshop_roles.values("workshop").distinct().count() == 2
    assert Person.objects.filter(name="ดร.พีรพันธุ์ พาลุสุข").count() == 1


def test_handovers_per_province_and_success_stories(demo, client):
    udon = "/workshops/2008-11-09-udon-thani/"
    html = client.get(udon).content.decode()
    assert html.count("ภาพถ่ายดาวเทียมพื้นที่จังหวัด") >= 4
    handovers = Handover.objects.filter(workshop__slug="2008-11-09-udon-thani")
    assert sorted(handovers.values_list("province__code", flat=True)) == ["39", "41", "42", "43"]
    assert not handovers.exclude(agency=None).exists()  # the page names no giver
    SuccessStory.objects.create(
        workshop=handovers[0].workshop,
        title="สบู่ชุมชน",
        agency=Agency.objects.get(code="DSS"),
        province=Province.objects.get(code="42"),
        link="https://example.go.th/story",
    )
    html = client.get(udon).content.decode()
    assert "สบู่ชุมชน" in html and "https://example.go.th/story" in html


def _queries(client, url) -> int:
    client.get(url)  # warm what every page loads once
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_workshop_and_cluster_pages_cost_the_same_whatever_the_proceedings(client):
    workshop = WorkshopFactory(slug="w", target_cluster=Cluster.objects.get(code="north-upper-1"))
    workshop.target_clusters.set(Cluster.objects.filter(code__in=["north-upper-1", "north-upper-2"]))
    person = Person.objects.create(name="คนที่ 0")
    WorkshopPerson.objects.create(workshop=workshop, person=person, role="official")
    Session.objects.create(workshop=workshop, title="ช่วงเช้า", day=workshop.start_date, participant_count=10)
    Handover.objects.create(workshop=workshop, province=Province.objects.get(code="50"), what="ภาพ")
    SuccessStory.objects.create(workshop=workshop, title="เรื่อง 0")
    small = _queries(client, "/workshops/w/"), _queries(client, "/clusters/north-upper-1/")
    for n in range(1, 6):
        person = Person.objects.create(name=f"คนที่ {n}")
        WorkshopPerson.objects.create(workshop=workshop, person=person, role="speaker")
        Session.objects.create(workshop=workshop, title=f"ช่วง {n}", day=workshop.start_date)
        Handover.objects.create(
            workshop=workshop,
            province=Province.objects.get(code="51"),
            what=f"ภาพ {n}",
            agency=Agency.objects.first(),
        )
        SuccessStory.objects.create(
            workshop=workshop, title=f"เรื่อง {n}", province=Province.objects.get(code="52")
        )
        other = WorkshopFactory(slug=f"w{n}")
        other.target_clusters.set([Cluster.objects.get(code="north-upper-1")])
    assert (_queries(client, "/workshops/w/"), _queries(client, "/clusters/north-upper-1/")) == small


def test_the_workshop_sheet_carries_several_clusters_both_ways(demo):
    import tablib

    from workshops.resources import WorkshopResource

    resource = WorkshopResource()
    exported = resource.export(queryset=Workshop.objects.filter(slug="2013-11-01-chiang-mai"))
    column = resource.fields["target_clusters"].column_name
    assert exported.dict[0][column].count(",") == 1  # both Upper North clusters
    north = Workshop.objects.get(slug="2013-11-01-chiang-mai")
    north.target_clusters.clear()
    data = tablib.Dataset(headers=exported.headers)
    data.append(exported[0])
    result = WorkshopResource().import_data(data, dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    assert sorted(north.target_clusters.values_list("code", flat=True)) == ["north-upper-1", "north-upper-2"]
