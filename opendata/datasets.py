"""The portal's open datasets with their catalogue metadata (for /open-data/ and the DCAT catalogue).

Licence: Creative Commons Attribution 4.0 (CC BY 4.0) — see README "Open data" for why. The
metadata are those DCAT-AP and data.go.th's CKAN ask for: publisher, contact, update frequency,
last modified, coverage in space and time, licence and formats.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.contrib.auth.models import AnonymousUser
from django.db.models import Max, Min
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.models import localized

LICENCE_NAME = "Creative Commons Attribution 4.0 International (CC BY 4.0)"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENCE_SPDX = "CC-BY-4.0"
PUBLISHER_TH = "กระทรวงวิทยาศาสตร์และเทคโนโลยี"
PUBLISHER_EN = "Ministry of Science and Technology"
#: DCAT-AP controlled vocabularies (EU Publications Office authority tables).
FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/"
COUNTRY_THAILAND = "http://publications.europa.eu/resource/authority/country/THA"
FREQUENCY_LABELS = {
    "CONT": _("Continuously (as records change)"),
    "IRREG": _("Irregularly (when the ministry changes the reference data)"),
}
#: The programme began in B.E. 2547 (2004), per the ministry's programme page.
PROGRAMME_START = dt.date(2004, 1, 1)


@dataclass
class Dataset:
    slug: str
    title_th: str
    title_en: str
    description_th: str
    description_en: str
    api_name: str
    frequency: str
    keywords: list[str] = field(default_factory=list)
    modified: dt.datetime | dt.date | None = None
    temporal_start: dt.date | None = None
    temporal_end: dt.date | None = None
    has_csv: bool = True

    @property
    def title(self) -> str:
        return localized(self.title_th, self.title_en)

    @property
    def description(self) -> str:
        return localized(self.description_th, self.description_en)

    @property
    def frequency_label(self) -> str:
        return FREQUENCY_LABELS[self.frequency]

    @property
    def json_url(self) -> str:
        return reverse(self.api_name)

    @property
    def csv_url(self) -> str:
        return reverse(self.api_name) + "?format=csv" if self.has_csv else ""

    @property
    def formats(self) -> list[str]:
        return ["JSON", "CSV"] if self.has_csv else ["JSON"]


def _dates(queryset, start_field: str | None, modified_field: str | None) -> dict:
    aggregates = {}
    if start_field:
        aggregates["start"] = Min(start_field)
        aggregates["end"] = Max(start_field)
    if modified_field:
        aggregates["modified"] = Max(modified_field)
    return queryset.aggregate(**aggregates) if aggregates else {}


def _day(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def datasets() -> list[Dataset]:
    """Every dataset, with its dates read from the data (a few aggregate queries)."""
    from provinces.models import ClusterMembership, RegionalCentre
    from requests_app.models import Request
    from workshops.models import Workshop

    public = AnonymousUser()
    request_dates = _dates(Request.objects.visible_to(public), "submitted_at", "updated_at")
    workshop_dates = _dates(Workshop.objects.visible_to(public), "start_date", "updated_at")
    memberships = ClusterMembership.objects.aggregate(since=Max("valid_from"), until=Max("valid_to"))
    membership_change = max([day for day in memberships.values() if day], default=None)
    centres = RegionalCentre.objects.aggregate(modified=Max("established_on"))
    return [
        Dataset(
            "provinces", "จังหวัด", "Provinces",
            "77 จังหวัด รหัส ISO พิกัด ภาค และศูนย์ประสานงานประจำภูมิภาคที่ดูแล",
            "The 77 provinces with their ISO codes, coordinates, region and regional centre.",
            "api:province-list", "IRREG", ["จังหวัด", "province"], membership_change,
        ),
        Dataset(
            "clusters", "กลุ่มจังหวัด", "Province clusters",
            "18 กลุ่มจังหวัด พร้อมการเป็นสมาชิกตามช่วงเวลา",
            "The 18 province clusters with their dated memberships.",
            "api:cluster-list", "IRREG", ["กลุ่มจังหวัด", "cluster"], membership_change,
        ),
        Dataset(
            "centres", "ศูนย์ประสานงานประจำภูมิภาค", "Regional coordination centres",
            "ศวภ. และจังหวัดที่ดูแล", "The regional coordination centres (ศวภ.) and the provinces they cover.",
            "api:centre-list", "IRREG", ["ศวภ.", "regional centre"], centres["modified"],
        ),
        Dataset(
            "agencies", "หน่วยงานในสังกัดและกลไก", "Agencies and mechanisms",
            "16 หน่วยงานในสังกัดกระทรวงและกลไกสนับสนุนที่ให้บริการ",
            "The ministry's 16 agencies and the support mechanisms they offer.",
            "api:agency-list", "IRREG", ["หน่วยงาน", "agency", "mechanism"],
        ),
        Dataset(
            "workshops", "การประชุมเชิงปฏิบัติการ", "Workshops",
            "การประชุมเชิงปฏิบัติการกับกลุ่มจังหวัด หน่วยงานที่เข้าร่วม และกิจกรรม",
            "Workshops held with the province clusters, participating agencies and activities.",
            "api:workshop-list", "CONT", ["การประชุมเชิงปฏิบัติการ", "workshop"],
            workshop_dates.get("modified"), _day(workshop_dates.get("start")) or PROGRAMME_START, _day(workshop_dates.get("end")),
        ),
        Dataset(
            "requests", "โจทย์ความต้องการของจังหวัด", "Provinces' S&T requests",
            "โจทย์ความต้องการด้านวิทยาศาสตร์ เทคโนโลยีและนวัตกรรมที่กระทรวงพิจารณาแล้ว การจับคู่กับหน่วยงาน และผลการดำเนินงาน (ไม่มีข้อมูลส่วนบุคคล)",
            "The provinces' reviewed S&T requests, their matching to agencies and their outcome (no personal data).",
            "api:request-list", "CONT", ["โจทย์ความต้องการ", "request"],
            request_dates.get("modified"), _day(request_dates.get("start")) or PROGRAMME_START, _day(request_dates.get("end")),
        ),
        Dataset(
            "figures", "สถิติของโครงการ", "Programme figures",
            "ตัวเลขของหน้าสถิติ: โจทย์ตามปีงบประมาณ ภาค หมวด และผลการดำเนินงาน",
            "The figures of the statistics page: requests by fiscal year, region, category and outcome.",
            "api:stats", "CONT", ["สถิติ", "statistics"],
            request_dates.get("modified"), _day(request_dates.get("start")) or PROGRAMME_START, _day(request_dates.get("end")),
            has_csv=False,
        ),
    ]  # fmt: skip
