"""Demo records the two seed pages support beyond workshops and requests: the figures the FY 2552
report gives, the 2013 workshop's morning session and the people on its stage, and the satellite
images handed to each province at the FY 2552 workshops. Only what the sources say (used by
``load_demo``); where a value is inferred, the record says so in its ``inferred`` field.
"""

import datetime as dt

from news.models import Article
from provinces.models import Cluster
from requests_app.models import Category
from stats.models import ReportedCategory, ReportedFigure
from workshops.models import Handover, Person, Session, Workshop, WorkshopPerson

FY2552_SOURCE = "โครงการบูรณาการงานด้านวิทยาศาสตร์และเทคโนโลยีในระดับจังหวัด (ผลงานเด่น สำนักงานปลัดกระทรวง)"
FY2552_NOTE = (
    "จัดประชุมเชิงปฏิบัติการ 4 ครั้ง กับ 4 กลุ่มจังหวัด (16 จังหวัด) มีข้อเสนอความต้องการของจังหวัด "
    "125 เรื่อง ใน 3 ด้าน; รายงานไม่ได้ระบุจำนวนผู้เข้าร่วมประชุมและจำนวนเรื่องในแต่ละด้าน"
)

# The 2013 workshop's people, as the news page names them: (name, position, roles).
NORTH_2013_PEOPLE = [
    ("ดร.พีรพันธุ์ พาลุสุข", "รัฐมนตรีว่าการกระทรวงวิทยาศาสตร์และเทคโนโลยี", ["chair", "speaker"]),
    ("รศ.ดร. วีระพงศ์ แพสุวรรณ", "ปลัดกระทรวงวิทยาศาสตร์และเทคโนโลยี", ["speaker", "official"]),
    # The page names these by office only: the office is recorded as the name, nothing invented.
    ("รองผู้ว่าราชการจังหวัดเชียงใหม่", "", ["official"]),
    ("หัวหน้าผู้ตรวจราชการกระทรวงวิทยาศาสตร์ฯ", "", ["official"]),
    ("หัวหน้าส่วนราชการและรองหัวหน้าส่วนราชการของจังหวัด", "", ["official"]),
    ("หัวหน้าหน่วยงานในสังกัดกระทรวงวิทยาศาสตร์ฯ", "", ["official"]),
]
NORTH_2013_MORNING = "ช่วงเช้า"
NORTH_2013_MORNING_SUMMARY = "สรุปประเด็นความต้องการวิทยาศาสตร์เทคโนโลยีและนวัตกรรม จากผู้แทนจังหวัดในกลุ่มต่างๆ"
SATELLITE_IMAGES = "ภาพถ่ายดาวเทียมพื้นที่จังหวัด"
SATELLITE_RECIPIENT = "ผู้แทนจังหวัดที่เข้าร่วมประชุม"


def reported_fy2552(programme_article: Article) -> ReportedFigure:
    """FY 2552 as the programme page reports it: 4 workshops, 4 clusters, 16 provinces, 125
    requests in 3 categories (named, not counted); participants not given."""
    figure, _ = ReportedFigure.objects.update_or_create(
        fiscal_year=2552,
        cluster=None,
        province=None,
        defaults={
            "workshops": 4,
            "clusters": 4,
            "provinces": 16,
            "requests": 125,
            "participants": None,
            "source_title": FY2552_SOURCE,
            "source_article": programme_article,
            "note": FY2552_NOTE,
        },
    )
    for category in Category.objects.filter(number__in=[1, 2, 3]):
        ReportedCategory.objects.update_or_create(
            figure=figure, category=category, defaults={"requests": None}
        )
    return figure


def fy2552_handovers(workshop: Workshop) -> None:
    """The satellite images of each target province handed to its representatives (the page
    names no agency as the giver, so none is recorded)."""
    for province in workshop.target_provinces.all():
        Handover.objects.update_or_create(
            workshop=workshop,
            province=province,
            what=SATELLITE_IMAGES,
            defaults={"recipient": SATELLITE_RECIPIENT, "agency": None},
        )


def north_2013_proceedings(workshop: Workshop) -> None:
    """Both Upper North clusters, the morning session of 130, and the people on the stage."""
    workshop.target_clusters.set(Cluster.objects.filter(code__in=["north-upper-1", "north-upper-2"]))
    Session.objects.update_or_create(
        workshop=workshop,
        title=NORTH_2013_MORNING,
        defaults={
            "title_en": "Morning",
            "day": dt.date(2013, 11, 1),
            "participant_count": 130,
            "summary": NORTH_2013_MORNING_SUMMARY,
        },
    )
    order = 0
    for name, position, roles in NORTH_2013_PEOPLE:
        person, _ = Person.objects.get_or_create(name=name, position=position)
        for role in roles:
            WorkshopPerson.objects.update_or_create(
                workshop=workshop, person=person, role=role, defaults={"order": order}
            )
            order += 1
