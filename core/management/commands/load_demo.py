"""Load the demo content: what the ministry's two seed pages describe, in their Thai words.

Idempotent: every record is found by its natural key (slug, reference, username) and brought to
the state below, so running it again changes nothing. Demo logins are created only in debug.
"""

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from accounts.models import User
from accounts.services import user_set_role
from agencies.models import Agency, Mechanism
from core.demo_content import NORTH_2013_BODY, PROGRAMME_BODY
from core.demo_programme import fy2552_handovers, north_2013_proceedings, reported_fy2552
from news.models import Article
from provinces.models import Cluster, District, Province, RegionalCentre
from requests_app.models import Assignment, Category, ReferenceCounter, Request, RequestEvent
from workshops.models import Activity, Participation, Workshop

BANGKOK = ZoneInfo("Asia/Bangkok")

FY2552_THEME = "สร้างงาน สร้างเงิน สร้างคุณภาพชีวิตด้วยวิทยาศาสตร์ เทคโนโลยีและนวัตกรรม"
FY2552_TITLE = "การประชุมเชิงปฏิบัติการ การบูรณาการงานด้านวิทยาศาสตร์ เทคโนโลยีและนวัตกรรมกับจังหวัด/กลุ่มจังหวัด"
FY2552_TITLE_EN = (
    "Workshop on integrating science, technology and innovation with the provinces/province clusters"
)

# (slug, number, start, end, venue, host province code, cluster code, target province codes)
FY2552_WORKSHOPS = [
    ("2008-11-09-udon-thani", 1, "2008-11-09", "2008-11-11", "โรงแรมบ้านเชียง", "41", "northeast-upper-1",
     ["41", "43", "42", "39"]),
    ("2009-01-13-chiang-rai", 2, "2009-01-13", "2009-01-15", "โรงแรมเวียงอินทร์", "57", "north-upper-2",
     ["57", "56", "54", "55"]),
    ("2009-03-08-phetchaburi", 3, "2009-03-08", "2009-03-10", "โรงแรมลองบีช ชะอำ", "76", "central-lower-2",
     ["77", "76", "74", "75"]),
    ("2009-05-24-nakhon-si-thammarat", 4, "2009-05-24", "2009-05-26", "โรงแรมทวิลโลตัส", "80", "south-gulf",
     ["80", "84", "93", "86"]),
]  # fmt: skip

# What the FY 2552 page says happened at those workshops. The page names no agency for any of
# them (not even for the satellite images), so none is recorded.
FY2552_ACTIVITIES = [
    (Activity.Kind.SATELLITE_IMAGES, "มอบภาพถ่ายดาวเทียมพื้นที่จังหวัดให้กับผู้แทนจังหวัด", None),
    (Activity.Kind.EXHIBITION, "นิทรรศการผลงานของหน่วยงานในสังกัดกระทรวงวิทยาศาสตร์ฯ และคลินิกเทคโนโลยีเครือข่าย", None),
    (Activity.Kind.DEMONSTRATION, "การสาธิตการใช้ประโยชน์จากภาพถ่ายดาวเทียม", None),
    (Activity.Kind.TECHNOLOGY_TRANSFER, "การสาธิตการเพาะเลี้ยงเนื้อเยื่อพืช (กล้วยไม้และหน่อไม้ฝรั่ง)", None),
    (Activity.Kind.TECHNOLOGY_TRANSFER, "การแปรรูปมะนาวเพื่อเพิ่มมูลค่า และการผลิตเยลลี่มะนาว", None),
    (Activity.Kind.TECHNOLOGY_TRANSFER, "การผลิตปุ๋ยชีวภาพ", None),
]

NORTH_2013_SLUG = "2013-11-01-chiang-mai"
NORTH_2013_TITLE = "การประชุมเชิงปฏิบัติการ การบูรณาการเพื่อนำวิทยาศาสตร์ เทคโนโลยี และนวัตกรรม สู่ภาคเหนือ"
NORTH_2013_TITLE_EN = "Workshop: integrating science, technology and innovation for the North"
# The morning's outcomes, one request per province: (sequence, province code, category number,
# title). The description is the page's own line (NORTH_2013_LINES); the page gives no category.
NORTH_2013_REQUESTS = [
    (1, "50", 1, "สนับสนุนโครงการ Food Valley เน้นอาหารปลอดภัย"),
    (2, "52", 1, "สนับสนุนนวัตกรรม อุตสาหกรรม เซรามิค เป็นศูนย์กลางในการเผยแพร่ด้านพลังงาน "
                 "โดยเฉพาะพลังงานน้ำ พลังงานชีวมวลและการดูแลกลุ่ม OTOP"),
    (3, "57", 1, "สนับสนุนการพัฒนาเมล็ดพันธุ์ข้าวที่ดี"),
    (4, "51", 1, "สนับสนุนโครงการลำใย ด้านประสิทธิภาพภายใต้การผลิตและคุณภาพ"),
    (5, "58", 2, "สนับสนุนการแปรรูปเพิ่มมูลค่าสินค้าเกษตร กาแฟ ถั่ว งา ขนแกะ"),
    (6, "55", 2, "สนับสนุนการพัฒนาเครื่องเงิน"),
    (7, "54", 2, "สนับสนุนการแปรรูปเศษวัสดุที่เหลือจากไม้"),
    (8, "56", 2, "สนับสนุนการแปรรูปเพิ่มมูลค่าสินค้าเกษตร หอมแดง ลิ้นจี่ และวัสดุเหลือใช้จากข้าวโพด"),
]  # fmt: skip

NORTH_2013_PROVINCE_TH = {
    "50": "เชียงใหม่", "52": "ลำปาง", "57": "เชียงราย", "51": "ลำพูน",
    "58": "แม่ฮ่องสอน", "55": "น่าน", "54": "แพร่", "56": "พะเยา",
}  # fmt: skip
NORTH_2013_CATEGORY_INFERRED = "หมวดหมู่ของความต้องการ: ข่าวไม่ได้ระบุ ผู้จัดทำข้อมูลตัวอย่างกำหนดจากเนื้อหาของความต้องการ"
NORTH_2013_PROPOSER = "ผู้แทนจังหวัด{province}"

RECORDED_AT_WORKSHOP = "บันทึกจากการประชุมเชิงปฏิบัติการ"
REPORTED_FY2552 = "ตามรายงานผลการดำเนินงานปีงบประมาณ พ.ศ. 2552"

PHU_LUANG_REFERENCE = "2552-0001"
# (agency, English name of the mechanism, what the agency did — the seed page's words)
PHU_LUANG_RESPONSES = [
    ("DSS", "technology transfer for community products", "การถ่ายทอดเทคโนโลยีการทำสบู่"),
    ("DSS", "drinking-water quality and water filters for communities",
     "การถ่ายทอดเทคโนโลยีการผลิตสารกรองสนิมเหล็กในน้ำและผลิตเครื่องกรองน้ำเพื่อการอุปโภคและบริโภค"),
    ("TISTR", "packaging design and testing (Thai Packaging Centre)", "การพัฒนาบรรจุภัณฑ์ใส่หลามหมูยอ"),
    ("TINT", "irradiation services (food/agricultural products/medical devices/gemstones)",
     "การถ่ายทอดเทคโนโลยีการเพิ่มมูลค่าผลิตภัณฑ์หลามหมูยอ (หมูยอในกระบอกไม้ไผ่) โปรตีนจากผงไหม"),
]  # fmt: skip
PHU_LUANG_DISTRICT = "4211"  # อำเภอภูหลวง, DOPA code (provinces/data/districts.csv)
PHU_LUANG_TITLE = "ความต้องการของ อ.ภูหลวง จ.เลย"
PHU_LUANG_DESCRIPTION = (
    "ตัวอย่างการตอบสนองความต้องการจังหวัดแบบบูรณาการ เช่น อ.ภูหลวง จ.เลย (รายงานผลการดำเนินงานปีงบประมาณ พ.ศ. 2552)"
)
PHU_LUANG_INFERRED = (
    "การประชุมเชิงปฏิบัติการ (ครั้งที่ 1 จ.อุดรธานี ซึ่งมีจังหวัดเลยเป็นกลุ่มเป้าหมาย) และหมวดหมู่ "
    "อนุมานจากรายงาน รายงานไม่ได้ระบุวันที่ยื่นความต้องการและวันที่ส่งมอบผล"
)

# Demo logins (debug only): username -> (role, link kind, link code)
DEMO_USERS = {
    "staff": ("staff", None, None),
    "pcso-chiangmai": ("pcso", "province", "50"),
    "pcso-loei": ("pcso", "province", "42"),
    "coordinator-rcc1": ("coordinator", "centre", 1),
    "focal-dss": ("focal_point", "agency", "DSS"),
    "focal-tistr": ("focal_point", "agency", "TISTR"),
    "focal-tint": ("focal_point", "agency", "TINT"),
}

#: The people behind the demo logins: Thai names, positions and addresses (on a reserved
#: ``.example`` domain, so a demo notification can be read in the console and never reaches anyone).
DEMO_PEOPLE = {
    "admin": ("ผู้ดูแล", "ระบบ", "ผู้ดูแลระบบ สำนักงานปลัดกระทรวงวิทยาศาสตร์และเทคโนโลยี"),
    "staff": ("วรรณา", "ศรีสุข", "นักวิเคราะห์นโยบายและแผนชำนาญการ สำนักงานปลัดกระทรวงวิทยาศาสตร์และเทคโนโลยี"),
    "pcso-chiangmai": ("ประเสริฐ", "วงศ์คำ", "รองผู้ว่าราชการจังหวัดเชียงใหม่"),
    "pcso-loei": ("สมศักดิ์", "ภูผาทอง", "รองผู้ว่าราชการจังหวัดเลย"),
    "coordinator-rcc1": ("นภาพร", "แก้วมณี", "ผู้ประสานงาน ศูนย์ประสานงานกระทรวงวิทยาศาสตร์และเทคโนโลยีประจำภูมิภาค (ภาคเหนือตอนบน)"),
    "focal-dss": ("กมล", "รัตนชัย", "นักวิทยาศาสตร์ชำนาญการพิเศษ กรมวิทยาศาสตร์บริการ"),
    "focal-tistr": ("ปิยะนุช", "ทองดี", "นักวิจัย สถาบันวิจัยวิทยาศาสตร์และเทคโนโลยีแห่งประเทศไทย"),
    "focal-tint": ("อนุชา", "บุญมา", "นักวิทยาศาสตร์นิวเคลียร์ สถาบันเทคโนโลยีนิวเคลียร์แห่งชาติ"),
}  # fmt: skip
DEMO_EMAIL_DOMAIN = "most-portal.example"


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _at(day: dt.date, hour: int = 9) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=BANGKOK)


class Command(BaseCommand):
    help = "Load the demo content of the two seed pages (idempotent); demo logins only in debug."

    @transaction.atomic
    def handle(self, *args, **options) -> None:
        province = {p.code: p for p in Province.objects.all()}
        agency = {a.code: a for a in Agency.objects.all()}
        category = {c.number: c for c in Category.objects.all()}

        fy2552 = [self._fy2552_workshop(row, province, agency) for row in FY2552_WORKSHOPS]
        north = self._north_2013_workshop(province, agency)
        self._north_2013_requests(north, province, category)
        self._phu_luang(fy2552[0], province, agency, category)
        programme = self._articles(north, fy2552)
        reported_fy2552(programme)
        for year in (2552, 2557):
            last = Request.objects.filter(fiscal_year=year).aggregate(last=Max("sequence"))["last"] or 0
            counter, _ = ReferenceCounter.objects.get_or_create(fiscal_year=year)
            if counter.last_sequence < last:
                counter.last_sequence = last
                counter.save()
        created_users = self._users(province, agency) if settings.DEBUG else 0
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {Workshop.objects.count()} workshops, {Article.objects.count()} articles, "
                f"{Request.objects.count()} requests"
                + (f", {created_users} demo logins" if settings.DEBUG else " (no demo logins: DEBUG is off)")
            )
        )

    def _fy2552_workshop(self, row, province, agency) -> Workshop:
        slug, number, start, end, venue, host, cluster_code, targets = row
        workshop, _ = Workshop.objects.update_or_create(
            slug=slug,
            defaults={
                "title": f"{FY2552_TITLE} ครั้งที่ {number}",
                "title_en": f"{FY2552_TITLE_EN}, no. {number}",
                "theme": FY2552_THEME,
                "start_date": _day(start),
                "end_date": _day(end),
                "venue": venue,
                "host_province": province[host],
                "target_cluster": Cluster.objects.get(code=cluster_code),
                "status": Workshop.Status.HELD,
                "publication": Workshop.Publication.PUBLISHED,
                "summary": "การประชุมเชิงปฏิบัติการเพื่อเรียนรู้ความสำเร็จจากโครงการที่กระทรวงวิทยาศาสตร์ฯ "
                "ให้การสนับสนุน ระดมความคิดเห็นเพื่อรับทราบความต้องการของจังหวัด "
                "และบูรณาการแผนงานและงบประมาณกับท้องถิ่น",
            },
        )
        workshop.target_provinces.set([province[code] for code in targets])
        workshop.target_clusters.set([workshop.target_cluster])
        for kind, title, code in FY2552_ACTIVITIES:
            Activity.objects.update_or_create(
                workshop=workshop, title=title, defaults={"kind": kind, "agency": agency.get(code)}
            )
        # Earlier demos named GISTDA as demonstrator: the page does not.
        Participation.objects.filter(
            workshop=workshop, agency=agency["GISTDA"], role=Participation.Role.DEMONSTRATOR
        ).delete()
        fy2552_handovers(workshop)
        return workshop

    def _north_2013_workshop(self, province, agency) -> Workshop:
        workshop, _ = Workshop.objects.update_or_create(
            slug=NORTH_2013_SLUG,
            defaults={
                "title": NORTH_2013_TITLE,
                "title_en": NORTH_2013_TITLE_EN,
                "theme": "การบูรณาการเพื่อนำวิทยาศาสตร์ เทคโนโลยี และนวัตกรรม สู่ภาคเหนือ",
                "start_date": dt.date(2013, 11, 1),
                "end_date": dt.date(2013, 11, 1),
                "venue": "โรงแรมดิเอ็มเพรส",
                "host_province": province["50"],
                "target_cluster": None,  # the upper north: both clusters, in target_clusters
                # The page says the ministry held it; it does not name ศวภ.1 as organiser.
                "organising_centre": None,
                # The chair and officials are person records (core.demo_programme).
                "chair": "",
                "officials": "",
                # 130 took part in the morning session; the page gives no total for the day.
                "participant_count": None,
                "status": Workshop.Status.HELD,
                "publication": Workshop.Publication.PUBLISHED,
                "summary": "หารือประเด็นความต้องการด้านวิทยาศาสตร์ เทคโนโลยีและนวัตกรรมของจังหวัด/กลุ่มจังหวัด"
                "ภาคเหนือตอนบน และบูรณาการการทำงานร่วมกันผ่านผู้บริหารวิทยาศาสตร์จังหวัดระดับสูง (PCSO)",
            },
        )
        workshop.target_provinces.set(
            [province[code] for code in ("50", "58", "52", "51", "55", "56", "57", "54")]
        )
        # Earlier demos named OPS as a speaker: the page names the Permanent Secretary (a person).
        Participation.objects.filter(
            workshop=workshop, agency=agency["OPS"], role=Participation.Role.SPEAKER
        ).delete()
        north_2013_proceedings(workshop)
        return workshop

    def _north_2013_requests(self, workshop, province, category) -> None:
        for sequence, code, number, title in NORTH_2013_REQUESTS:
            request, _ = Request.objects.update_or_create(
                reference=f"2557-{sequence:04d}",
                defaults={
                    "fiscal_year": 2557,
                    "sequence": sequence,
                    "province": province[code],
                    "category": category[number],
                    "title": title,
                    # The province's need in the page's own words.
                    "description": f"จังหวัด{NORTH_2013_PROVINCE_TH[code]}{title}",
                    "proposer_sector": Request.ProposerSector.PUBLIC,
                    "proposer_body": NORTH_2013_PROPOSER.format(province=NORTH_2013_PROVINCE_TH[code]),
                    "inferred": NORTH_2013_CATEGORY_INFERRED,
                    "source": Request.Source.WORKSHOP,
                    "workshop": workshop,
                    "status": Request.Status.UNDER_REVIEW,
                    "submitted_at": _at(workshop.start_date, 12),
                },
            )
            self._history(
                request,
                _at(workshop.start_date, 12),
                [
                    ("", Request.Status.SUBMITTED, RECORDED_AT_WORKSHOP),
                    (Request.Status.SUBMITTED, Request.Status.UNDER_REVIEW, ""),
                ],
            )

    def _phu_luang(self, workshop, province, agency, category) -> None:
        request, _ = Request.objects.update_or_create(
            reference=PHU_LUANG_REFERENCE,
            defaults={
                "fiscal_year": 2552,
                "sequence": 1,
                "province": province["42"],
                "district": District.objects.get(code=PHU_LUANG_DISTRICT),
                "category": category[2],
                "title": PHU_LUANG_TITLE,
                "description": PHU_LUANG_DESCRIPTION,
                "beneficiaries": "",
                "source": Request.Source.WORKSHOP,
                "workshop": workshop,
                "status": Request.Status.DELIVERED,
                # The report dates neither the request nor the responses: no date is invented.
                "submitted_at": None,
                "inferred": PHU_LUANG_INFERRED,
            },
        )
        # Earlier demos dated this history in 2008-2009 (invented dates that made the only
        # "median days to delivery" of /stats/); the history now says when it was recorded here.
        request.events.filter(kind=RequestEvent.Kind.STATUS, created_at__lt=_at(dt.date(2010, 1, 1))).delete()
        self._history(
            request,
            timezone.now(),
            [
                ("", Request.Status.SUBMITTED, REPORTED_FY2552),
                (Request.Status.SUBMITTED, Request.Status.UNDER_REVIEW, ""),
                (Request.Status.UNDER_REVIEW, Request.Status.MATCHED, REPORTED_FY2552),
                (Request.Status.MATCHED, Request.Status.IN_DELIVERY, ""),
                (Request.Status.IN_DELIVERY, Request.Status.DELIVERED, REPORTED_FY2552),
            ],
        )
        for code, mechanism_en, response in PHU_LUANG_RESPONSES:
            Assignment.objects.update_or_create(
                request=request,
                agency=agency[code],
                response=response,
                defaults={
                    "mechanism": Mechanism.objects.get(agency=agency[code], name_en=mechanism_en),
                    "status": Assignment.Status.DONE,
                },
            )

    @staticmethod
    def _history(request, when, steps) -> None:
        """The public history of a demo request, as the services would have written it (once)."""
        wanted = [to_status for _, to_status, _ in steps]
        have = set(
            request.events.filter(kind=RequestEvent.Kind.STATUS, to_status__in=wanted).values_list(
                "to_status", flat=True
            )
        )
        for offset, (from_status, to_status, message) in enumerate(steps):
            if to_status in have:
                continue
            RequestEvent.objects.create(
                request=request,
                kind=RequestEvent.Kind.STATUS,
                visibility=RequestEvent.Visibility.PUBLIC,
                actor_role="staff",
                created_at=when + dt.timedelta(minutes=offset),
                from_status=from_status,
                to_status=to_status,
                message=message,
            )

    def _articles(self, north, fy2552) -> Article:
        Article.objects.update_or_create(
            slug="2013-11-01-sti-integration-north",
            defaults={
                "title": NORTH_2013_TITLE,
                "title_en": NORTH_2013_TITLE_EN,
                "lead": "กระทรวงวิทยาศาสตร์และเทคโนโลยีหารือความต้องการด้านวิทยาศาสตร์ เทคโนโลยีและนวัตกรรม "
                "ของ 8 จังหวัดภาคเหนือตอนบน ณ โรงแรมดิเอ็มเพรส จังหวัดเชียงใหม่",
                "body": NORTH_2013_BODY,
                "writer": "นางสาวศิริลักษณ์ สิกขะบูรณะ",
                "photographers": "นายไววิทย์ ยอดประสิทธิ์ และนายพิริยะ เผ่าพงษา",
                "workshop": north,
                "status": Article.Status.PUBLISHED,
                "published_at": _at(dt.date(2013, 11, 1), 16),
            },
        )
        programme, _ = Article.objects.update_or_create(
            slug="provincial-sti-integration-programme",
            defaults={
                "title": "โครงการบูรณาการงานด้านวิทยาศาสตร์และเทคโนโลยีในระดับจังหวัด",
                "title_en": "The provincial science and technology integration programme",
                "lead": "ผลการดำเนินงานปีงบประมาณ พ.ศ. 2552: ประชุมเชิงปฏิบัติการ 4 ครั้ง กับ 4 กลุ่มจังหวัด "
                "(16 จังหวัด) และข้อเสนอความต้องการของจังหวัด 125 เรื่อง ใน 3 ด้าน",
                "body": PROGRAMME_BODY,
                "writer": "",
                "photographers": "",
                "status": Article.Status.PUBLISHED,
                # The page carries no date: none is shown (undated). The publish time only orders
                # it and files it under the fiscal year it reports (the last day of FY 2552).
                "undated": True,
                "published_at": _at(dt.date(2009, 9, 30), 10),
            },
        )
        programme.reported_workshops.set(fy2552)
        return programme

    def _users(self, province, agency) -> int:
        created = 0
        for username, (role, link, code) in DEMO_USERS.items():
            user, was_created = User.objects.get_or_create(username=username)
            if was_created:
                user.set_password(settings.DEMO_PASSWORD)
                user.save()
                created += 1
            links = {}
            if link == "province":
                links["province"] = province[code]
            elif link == "centre":
                links["regional_centre"] = RegionalCentre.objects.get(number=code)
            elif link == "agency":
                links["agency"] = agency[code]
            self._person(user)
            user_set_role(user=user, role=role, **links)
        admin, was_created = User.objects.get_or_create(
            username="admin", defaults={"is_superuser": True, "is_staff": True}
        )
        if was_created:
            admin.set_password(settings.DEMO_PASSWORD)
            admin.save()
            created += 1
        self._person(admin)
        return created

    def _person(self, user: User) -> None:
        first, last, position = DEMO_PEOPLE[user.username]
        user.first_name, user.last_name, user.position = first, last, position
        user.email = f"{user.username}@{DEMO_EMAIL_DOMAIN}"
        user.full_clean(exclude=["password"])
        user.save()
