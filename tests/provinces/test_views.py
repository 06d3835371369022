"""The directory pages answer in Thai and English with the expected names, and 404 on unknown keys."""

import datetime as dt
import re

import pytest
from django.urls import reverse

from provinces.models import Cluster, ClusterMembership, Province, RegionalCentre
from tests.factories import RequestFactory, WorkshopFactory

pytestmark = pytest.mark.django_db

PAGES = [
    # (Thai path, expected Thai text, expected English text)
    ("/", "ข่าว", "News"),
    ("/provinces/", "เชียงใหม่", "Chiang Mai"),
    ("/provinces/chiang-mai/", "กลุ่มจังหวัดภาคเหนือตอนบน 1", "Upper North 1"),
    ("/provinces/bangkok/", "กรุงเทพมหานคร", "Bangkok"),
    ("/clusters/", "กลุ่มจังหวัดภาคใต้ชายแดน", "Southern Border"),
    ("/clusters/northeast-upper-1/", "บึงกาฬ", "Bueng Kan"),
    ("/centres/", "ภาคเหนือตอนบน", "Upper North"),
    ("/centres/1/", "มหาวิทยาลัยเชียงใหม่", "Chiang Mai University"),
    ("/agencies/", "กรมวิทยาศาสตร์บริการ", "Department of Science Service"),
    ("/agencies/gistda/", "ภาพถ่ายดาวเทียม", "satellite imagery"),
]


@pytest.mark.parametrize("path,thai,english", PAGES)
def test_public_page_in_thai_and_english(client, path, thai, english):
    response = client.get(path)
    assert response.status_code == 200
    assert thai in response.content.decode()
    assert response["Content-Language"] == "th"
    response = client.get("/en" + path)
    assert response.status_code == 200
    assert english in response.content.decode()
    assert response["Content-Language"] == "en"


@pytest.mark.parametrize(
    "path",
    [
        "/provinces/atlantis/",
        "/clusters/nowhere/",
        "/centres/9/",
        "/centres/x/",
        "/agencies/cia/",
        "/no-such-page/",
    ],
)
def test_unknown_keys_are_404_in_the_site_style(client, path):
    for prefix in ("", "/en"):
        response = client.get(prefix + path)
        assert response.status_code == 404
        assert "site-header" in response.content.decode()


def test_every_page_has_a_language_switch_to_the_same_page(client):
    html = client.get("/provinces/chiang-mai/").content.decode()
    assert 'href="/en/provinces/chiang-mai/"' in html
    html = client.get("/en/provinces/chiang-mai/").content.decode()
    assert 'href="/provinces/chiang-mai/"' in html


def test_province_list_groups_all_77_by_region_and_cluster(client):
    response = client.get("/en/provinces/")
    html = response.content.decode()
    assert html.count('class="badge" href="/en/provinces/') == 77
    assert "Not in a province cluster" in html  # Bangkok
    regions = response.context["regions"]
    assert sum(region["count"] for region in regions) == 77


def test_province_list_keeps_every_cluster_whole(client):
    """Lower North 1 takes in provinces of three regions: it is still one card, under the North."""
    html = client.get("/provinces/").content.decode()
    sections = re.findall(r'<section aria-labelledby="region-(\w+)">(.*?)</section>', html, re.S)
    seen: dict[str, list[str]] = {}
    for region, body in sections:
        for code in re.findall(r'data-cluster="([\w-]+)"', body):
            seen.setdefault(code, []).append(region)
    assert len(seen) == 18 and all(len(regions) == 1 for regions in seen.values()), seen
    assert seen["north-lower-1"] == ["north"] and seen["central-middle"] == ["central"]
    start = html.index('data-cluster="north-lower-1"')
    card = html[start : html.index("</section>", start)].split("data-cluster=")[1]
    for name in ("พิษณุโลก", "ตาก", "เพชรบูรณ์"):
        assert name in card
    assert "ภาคตะวันตก: ตาก" in card  # a province of another region says so


def test_cluster_page_shows_dated_membership(client):
    html = client.get("/en/clusters/northeast-upper-1/").content.decode()
    assert "28 March 2011" in html  # Bueng Kan joined
    assert "original scheme (18 Feb 2009)" in html


def test_province_page_states_its_cluster_as_of_today_and_its_centre(client):
    response = client.get("/en/provinces/lamphun/")
    html = response.content.decode()
    assert "Upper North 1" in html
    assert "RCC 1" in html
    assert response.context["as_of"] == dt.date.today() or response.context["as_of"]


def test_centre_page_lists_its_provinces(client):
    response = client.get("/en/centres/1/")
    assert len(response.context["covered_provinces"]) == 8
    response = client.get("/en/centres/2/")
    assert "have not been entered yet" in response.content.decode()


def test_regrouping_moves_a_province_from_its_effective_date(db):
    from provinces.services import membership_regroup

    loei = Province.objects.get(name_en="Loei")
    upper_ne_2 = Cluster.objects.get(code="northeast-upper-2")
    membership_regroup(province=loei, cluster=upper_ne_2, effective=dt.date(2030, 1, 1), basis="test")
    assert loei.cluster_on(dt.date(2029, 12, 31)).code == "northeast-upper-1"
    assert loei.cluster_on(dt.date(2030, 1, 1)) == upper_ne_2
    assert loei.cluster_on(dt.date(2008, 11, 9)).code == "northeast-upper-1"
    assert ClusterMembership.objects.filter(province=loei).count() == 2


def test_regrouping_in_the_admin(client, staff):
    client.force_login(staff)
    loei = Province.objects.get(name_en="Loei")
    target = Cluster.objects.get(code="northeast-upper-2")
    url = reverse("admin:provinces_clustermembership_add")
    response = client.post(
        url, {"province": loei.pk, "cluster": target.pk, "valid_from": "1/1/2573", "basis": "ประกาศใหม่"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert loei.cluster_on(dt.date(2030, 1, 1)) == target
    assert loei.cluster_on(dt.date(2029, 12, 31)).code == "northeast-upper-1"
    # Into the cluster it already belongs to: refused, nothing saved.
    response = client.post(url, {"province": loei.pk, "cluster": target.pk, "valid_from": "1/2/2573"})
    assert response.status_code == 200
    assert ClusterMembership.objects.filter(province=loei).count() == 2


def test_overlapping_memberships_are_refused(db):
    from django.core.exceptions import ValidationError

    loei = Province.objects.get(name_en="Loei")
    overlapping = ClusterMembership(
        province=loei, cluster=Cluster.objects.get(code="east"), valid_from=dt.date(2010, 1, 1),
        valid_to=dt.date(2011, 1, 1),
    )  # fmt: skip
    with pytest.raises(ValidationError):
        overlapping.full_clean()


@pytest.mark.parametrize(
    "path", ["/provinces/chiang-mai/", "/clusters/north-upper-1/", "/agencies/dss/", "/"]
)
def test_query_counts_do_not_grow_with_data(client, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count() -> int:
        client.get(path)  # warm the cached footer fragment
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        return len(queries)

    small = count()
    chiang_mai = Province.objects.get(code="50")
    for _ in range(30):
        workshop = WorkshopFactory(target_cluster=Cluster.objects.get(code="north-upper-1"))
        workshop.target_provinces.add(chiang_mai)
        RequestFactory(province=chiang_mai, workshop=workshop)
    assert count() == small


def test_language_switch_keeps_a_thai_query_string(client):
    html = client.get("/provinces/", {"year": "2557", "q": "ลำไย"}).content.decode()
    assert 'href="/en/provinces/?year=2557&amp;q=%E0%B8%A5%E0%B8%B3%E0%B9%84%E0%B8%A2"' in html


def test_province_titles_and_bangkok(client):
    assert "<h1>จังหวัดเชียงใหม่</h1>" in client.get("/provinces/chiang-mai/").content.decode()
    assert "<h1>Chiang Mai province</h1>" in client.get("/en/provinces/chiang-mai/").content.decode()
    # Bangkok is a special administrative area, not a จังหวัด.
    assert "<h1>กรุงเทพมหานคร</h1>" in client.get("/provinces/bangkok/").content.decode()
    assert "<h1>Bangkok</h1>" in client.get("/en/provinces/bangkok/").content.decode()


def test_province_page_shows_the_newest_requests_and_links_to_all(client):
    chiang_mai = Province.objects.get(code="50")
    for _ in range(25):
        RequestFactory(province=chiang_mai)
    response = client.get("/en/provinces/chiang-mai/")
    assert len(response.context["requests"]) == 20
    html = response.content.decode()
    assert 'href="/en/requests/?province=chiang-mai"' in html
    assert "All requests of Chiang Mai province" in html
    assert "โจทย์ความต้องการทั้งหมดของจังหวัดเชียงใหม่" in client.get("/provinces/chiang-mai/").content.decode()
    lamphun = client.get("/en/provinces/lamphun/").content.decode()
    assert "All requests of" not in lamphun


def test_province_page_shows_the_newest_workshops_and_links_to_all(client):
    chiang_mai = Province.objects.get(code="50")
    starts = [dt.date(2010, 1, 1) + dt.timedelta(days=30 * n) for n in range(7)]
    workshops = [WorkshopFactory(host_province=chiang_mai, start_date=start) for start in starts]
    response = client.get("/en/provinces/chiang-mai/")
    shown = [workshop.start_date for workshop in response.context["workshops"]]
    assert shown == sorted(starts, reverse=True)[:5]
    html = response.content.decode()
    assert 'href="/en/workshops/?province=chiang-mai"' in html
    assert "All workshops of Chiang Mai province" in html
    assert "การประชุมเชิงปฏิบัติการทั้งหมดของจังหวัดเชียงใหม่" in client.get("/provinces/chiang-mai/").content.decode()
    # The linked list holds them all.
    listed = client.get("/en/workshops/", {"province": "chiang-mai"}).content.decode()
    assert all(f'href="{workshop.get_absolute_url()}"' in listed for workshop in workshops)
    assert "All workshops of" not in client.get("/en/provinces/lamphun/").content.decode()


@pytest.mark.parametrize("typed", ["ศวภ.2", "ศวภ. 2", "ศวภ.๒", "RCC 2", "2"])
def test_the_centre_autocomplete_finds_a_centre_as_staff_write_it(client_for, staff, typed):
    response = client_for(staff).get(
        reverse("admin:autocomplete"),
        {
            "term": typed,
            "app_label": "workshops",
            "model_name": "workshop",
            "field_name": "organising_centre",
        },
    )
    assert response.status_code == 200
    found = response.json()["results"]
    assert [item["id"] for item in found] == [str(RegionalCentre.objects.get(number=2).pk)]


def test_a_staff_member_sees_the_admin_link_in_the_header_and_a_pcso_does_not(client_for, staff, pcso):
    assert 'class="account-menu__admin" href="/admin/"' in client_for(staff).get("/").content.decode()
    assert "account-menu__admin" not in client_for(pcso).get("/").content.decode()
