"""The reference data the migrations ship, checked against the repository's CSVs and DOMAIN.md."""

import csv
import datetime as dt
from pathlib import Path

import pytest
from django.utils import timezone

from agencies.models import Agency, Mechanism
from provinces.models import Cluster, ClusterMembership, Province, RegionalCentre
from requests_app.models import Category

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
PROVINCE_DATA = ROOT / "provinces" / "data"
AGENCY_DATA = ROOT / "agencies" / "data"


def test_counts_of_the_programme():
    assert Province.objects.count() == 77
    assert Cluster.objects.count() == 18
    assert ClusterMembership.objects.current().values("province").distinct().count() == 76
    assert Agency.objects.count() == 16
    assert Category.objects.count() == 3
    assert RegionalCentre.objects.count() == 4


def test_bangkok_is_the_only_province_outside_a_cluster():
    bangkok = Province.objects.get(code="10")
    assert bangkok.cluster_on() is None
    assert Province.objects.exclude(cluster_memberships__isnull=False).get() == bangkok


def test_rcc1_covers_exactly_the_eight_upper_north_provinces():
    centre = RegionalCentre.objects.get(number=1)
    names = set(centre.provinces.values_list("name_en", flat=True))
    assert names == {
        "Chiang Mai",
        "Lampang",
        "Lamphun",
        "Phayao",
        "Phrae",
        "Nan",
        "Mae Hong Son",
        "Chiang Rai",
    }
    assert centre.host_province.name_en == "Chiang Mai"
    assert centre.established_on == dt.date(2011, 12, 13)


def test_other_centres_seats():
    seats = dict(RegionalCentre.objects.values_list("number", "host_province__name_en"))
    assert seats == {1: "Chiang Mai", 2: "Khon Kaen", 3: "Songkhla", 4: "Chon Buri"}


def test_upper_northeast_1_membership_is_dated():
    cluster = Cluster.objects.get(code="northeast-upper-1")
    on_first_workshop = set(cluster.members_on(dt.date(2008, 11, 9)).values_list("name_en", flat=True))
    assert on_first_workshop == {"Udon Thani", "Nong Khai", "Loei", "Nong Bua Lamphu"}
    today = set(cluster.members_on(timezone.localdate()).values_list("name_en", flat=True))
    assert today == on_first_workshop | {"Bueng Kan"}
    bueng_kan = Province.objects.get(name_en="Bueng Kan")
    assert bueng_kan.cluster_on(dt.date(2011, 3, 27)) is None
    assert bueng_kan.cluster_on(dt.date(2011, 3, 28)) == cluster


def test_provinces_match_the_reference_file():
    rows = list(csv.DictReader((PROVINCE_DATA / "provinces.csv").open(encoding="utf-8")))
    assert len(rows) == Province.objects.count()
    for row in rows:
        province = Province.objects.get(code=row["code"])
        assert (province.iso_code, province.name_th, province.name_en, province.region) == (
            row["iso"],
            row["name_th"],
            row["name_en"],
            row["region"],
        )
        assert (province.abbreviation_th, province.abbreviation_en) == (row["abbr_th"], row["abbr_en"])
        assert float(province.latitude) == pytest.approx(float(row["lat"]))
        assert float(province.longitude) == pytest.approx(float(row["lon"]))
        cluster = province.cluster_on()
        assert (cluster.code if cluster else "") == row["cluster_code"]


def test_every_agency_has_its_listed_services_as_mechanisms():
    rows = list(csv.DictReader((AGENCY_DATA / "agencies.csv").open(encoding="utf-8")))
    for row in rows:
        agency = Agency.objects.get(code=row["code"])
        assert (agency.name_th, agency.name_en) == (row["name_th"], row["name_en"])
        services = [service.strip() for service in row["services"].split(";")]
        assert list(agency.mechanisms.values_list("name_en", flat=True)) == services
        assert all(name.strip() for name in agency.mechanisms.values_list("name_th", flat=True))
    assert Mechanism.objects.count() == sum(len(r["services"].split(";")) for r in rows)


def test_clusters_match_the_reference_file():
    rows = list(csv.DictReader((PROVINCE_DATA / "clusters.csv").open(encoding="utf-8")))
    assert len(rows) == Cluster.objects.count()
    for row in rows:
        cluster = Cluster.objects.get(code=row["code"])
        assert (cluster.name_th, cluster.name_en, cluster.hub_province.code, cluster.region) == (
            row["name_th"],
            row["name_en"],
            row["hub_province_code"],
            row["region"],
        )


def test_every_province_has_its_own_abbreviations():
    thai = list(Province.objects.values_list("abbreviation_th", flat=True))
    english = list(Province.objects.values_list("abbreviation_en", flat=True))
    assert len(set(thai)) == len(set(english)) == 77 and all(thai) and all(english)
    chiang_mai = Province.objects.get(code="50")
    assert (chiang_mai.abbreviation_th, chiang_mai.abbreviation_en) == ("ชม", "CMI")


def test_each_cluster_is_named_after_the_region_it_is_filed_under():
    """The scheme names its clusters after five regions (no "west"): ภาคเหนือตอนบน 1 is north."""
    names = {
        "north": "ภาคเหนือ",
        "northeast": "ภาคตะวันออกเฉียงเหนือ",
        "central": "ภาคกลาง",
        "east": "ภาคตะวันออก",
        "south": "ภาคใต้",
    }
    for cluster in Cluster.objects.all():
        named_after = max((r for r, n in names.items() if cluster.name_th.startswith("กลุ่มจังหวัด" + n)),
                          key=lambda r: len(names[r]))  # fmt: skip
        assert cluster.region == named_after, cluster.code
