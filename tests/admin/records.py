"""One real record for every model registered in the admin, with its photos and attachments.

``RECORD_BUILDERS`` maps a model label to a function that builds a full record of it: the
re-save test opens each registered model's change form with one. A model registered later
without a builder here makes that test fail (it is never skipped): add its builder.
"""

import datetime as dt

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.models import TwoFactorInvitation
from accounts.two_factor import invitation_issue
from agencies.models import Agency, Deliverer, DelivererKind, Mechanism
from background.models import OutboxMessage, ScheduledJob
from followup.models import AnswerTemplate, DueNotice, Follow
from matching.models import DuplicateMark, GenericWord, ProductNeed, RequestGroup, RequestGroupMember
from news.models import ArticlePhoto
from pages.models import Page
from plans.models import Plan, Project
from privacy.models import AccessLog as PersonalDataAccess
from privacy.models import PersonalDataHold, RightsRequest
from provinces.models import (
    PCSO,
    Cluster,
    ClusterMembership,
    District,
    Province,
    RegionalCentre,
    TechnologyClinic,
)
from requests_app.models import Attachment, Category, ReferenceCounter, RequestEvent
from search.models import SearchVariant
from stats.models import ReportedCategory, ReportedFigure
from tests.factories import ArticleFactory, AssignmentFactory, RequestFactory, UserFactory, WorkshopFactory
from tests.news.helpers import image_upload
from workshops.models import (
    Activity,
    Handover,
    Participation,
    Person,
    Session,
    SuccessStory,
    WorkshopPerson,
    WorkshopPhoto,
)


def workshop(user):
    record = WorkshopFactory(
        title="การประชุมเชิงปฏิบัติการ ภาคเหนือตอนบน",
        title_en="Upper North workshop",
        target_cluster=Cluster.objects.get(code="north-upper-1"),
        organising_centre=RegionalCentre.objects.get(number=1),
        chair="ดร.พีรพันธุ์ พาลุสุข",
        officials="ปลัดกระทรวง\nรองผู้ว่าราชการจังหวัดเชียงใหม่",
        participant_count=130,
    )
    record.target_provinces.set(Province.objects.filter(code__in=["50", "51", "52", "58"]))
    Participation.objects.create(workshop=record, agency=Agency.objects.get(code="DSS"), role="exhibitor")
    Activity.objects.create(
        workshop=record,
        kind="satellite_images",
        title="มอบภาพถ่ายดาวเทียม",
        agency=Agency.objects.get(code="GISTDA"),
    )
    record.target_clusters.set(Cluster.objects.filter(code__in=["north-upper-1", "north-upper-2"]))
    Session.objects.create(workshop=record, title="ช่วงเช้า", day=record.start_date, participant_count=130)
    WorkshopPerson.objects.create(workshop=record, person=person(user), role="chair")
    Handover.objects.create(
        workshop=record, province=Province.objects.get(code="50"), what="ภาพถ่ายดาวเทียมพื้นที่จังหวัด"
    )
    SuccessStory.objects.create(
        workshop=record,
        title="ลำไยอบแห้ง",
        agency=Agency.objects.get(code="DSS"),
        link="https://example.go.th/",
    )
    WorkshopPhoto.objects.create(workshop=record, image=image_upload("one.jpg"), caption="ภาพที่หนึ่ง")
    WorkshopPhoto.objects.create(workshop=record, image=image_upload("two.png", fmt="PNG"), order=1)
    RequestFactory(workshop=record, source="workshop")
    return record


def person(user):
    return Person.objects.get_or_create(
        name="ดร.พีรพันธุ์ พาลุสุข", position="รัฐมนตรีว่าการกระทรวงวิทยาศาสตร์และเทคโนโลยี"
    )[0]


def reported_figure(user):
    record = ReportedFigure.objects.create(
        fiscal_year=2552, workshops=4, clusters=4, provinces=16, requests=125, source_title="รายงานผล 2552"
    )
    ReportedCategory.objects.create(figure=record, category=Category.objects.get(number=1))
    return record


def plan(user):
    record = Plan.objects.create(
        fiscal_year=2553, province=Province.objects.get(code="42"), title="แผน วทน. จังหวัดเลย"
    )
    project = Project.objects.create(
        plan=record, title="หลามหมูยอ", budget_ministry=100000, budget_province=5000
    )
    assignment = AssignmentFactory()
    project.requests.add(assignment.request)
    project.assignments.add(assignment)
    return record


def article(user):
    record = ArticleFactory(workshop=WorkshopFactory(), author=user)
    ArticlePhoto.objects.create(article=record, image=image_upload("cover.jpg"), is_cover=True, caption="ปก")
    ArticlePhoto.objects.create(article=record, image=image_upload("second.jpg"), order=1)
    return record


def request(user):
    record = RequestFactory(workshop=WorkshopFactory(), filed_by=user)
    AssignmentFactory(request=record)
    Attachment.objects.create(
        request=record,
        file=SimpleUploadedFile("แนวคิดโครงการ.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf"),
        original_name="แนวคิดโครงการ.pdf",
        size=15,
        uploaded_by=user,
    )
    RequestEvent.objects.create(request=record, kind=RequestEvent.Kind.EDIT, actor=user, message="แก้ไข")
    return record


def request_group(user):
    group = RequestGroup.objects.create(
        title="กลุ่มลำไย", cluster=Cluster.objects.get(code="north-upper-1"), created_by=user
    )
    RequestGroupMember.objects.create(group=group, request=RequestFactory(), added_by=user)
    return group


def user(user):
    person = UserFactory(username="somchai", first_name="สมชาย", last_name="ใจดี", email="somchai@most.go.th")
    person.groups.add(Group.objects.get_or_create(name="ทดสอบ")[0])
    return person


def pcso(user):
    return PCSO.objects.create(
        province=Province.objects.get(code="52"),
        name="นายสมศักดิ์ รักษ์ถิ่น",
        term_start=dt.date(2013, 10, 1),
        email="pcso.lampang@moi.go.th",
    )


def technology_clinic(user):
    province = Province.objects.filter(technology_clinic__isnull=True).order_by("code").first()
    return TechnologyClinic.objects.create(
        province=province, institution_th="มหาวิทยาลัยทดสอบ", website="https://example.ac.th"
    )


def access_attempt(user):
    return AccessAttempt.objects.create(
        username="staff", ip_address="127.0.0.1", user_agent="Chromium", failures_since_start=2,
        attempt_time=timezone.now(), get_data="", post_data="",
    )  # fmt: skip


def rights_request(user):
    person = UserFactory(username="somsri", first_name="สมศรี", last_name="มีสุข", email="somsri@most.go.th")
    return RightsRequest.objects.create(
        person=person,
        kind=RightsRequest.Kind.ACCESS,
        details="ขอสำเนาข้อมูลของข้าพเจ้า",
        due_date=timezone.localdate() + dt.timedelta(days=30),
    )


def personal_data_hold(user):
    return PersonalDataHold.objects.create(
        request=RequestFactory(), found=[{"kind": "phone", "text": "081-234-5678"}]
    )


def deliverer(user):
    return Deliverer.objects.create(
        kind=DelivererKind.UNIVERSITY,
        name_th="มหาวิทยาลัยเชียงใหม่",
        name_en="Chiang Mai University",
        short_name_th="มช.",
        short_name_en="CMU",
        province=Province.objects.get(code="50"),
        registered_on=dt.date(2014, 1, 15),
        email="sti@cmu.ac.th",
    )


def answer_template(user):
    return AnswerTemplate.objects.create(
        title="รับเรื่องแล้ว",
        status="submitted",
        body="เรียน ท่าน ได้รับโจทย์ {reference} เรื่อง {title} แล้ว",
    )


def due_notice(user):
    return DueNotice.objects.create(
        assignment=AssignmentFactory(),
        kind=DueNotice._meta.get_field("kind").choices[0][0],
        due_date=timezone.localdate(),
        sent_on=timezone.localdate(),
        recipients=2,
    )


RECORD_BUILDERS = {
    "auth.Group": lambda user: Group.objects.create(name="กลุ่มทดสอบ"),
    "axes.AccessAttempt": access_attempt,
    "axes.AccessLog": lambda user: AccessLog.objects.create(
        username="staff", ip_address="127.0.0.1", user_agent="Chromium", attempt_time=timezone.now()
    ),
    "axes.AccessFailureLog": lambda user: AccessFailureLog.objects.create(
        username="staff", ip_address="127.0.0.1", user_agent="Chromium", attempt_time=timezone.now()
    ),
    "otp_totp.TOTPDevice": lambda user: TOTPDevice.objects.create(user=user, name="โทรศัพท์", confirmed=True),
    "accounts.User": user,
    "accounts.TwoFactorInvitation": lambda user: (
        invitation_issue(
            TwoFactorInvitation(user=UserFactory(username="staff_2fa", is_staff=True)), issued_by=user
        )
        and TwoFactorInvitation.objects.get(user__username="staff_2fa")
    ),
    "provinces.Province": lambda user: Province.objects.get(code="50"),
    "provinces.Cluster": lambda user: Cluster.objects.get(code="north-upper-1"),
    "provinces.ClusterMembership": lambda user: ClusterMembership.objects.filter(province__code="38").first(),
    "provinces.RegionalCentre": lambda user: RegionalCentre.objects.get(number=1),
    "provinces.PCSO": pcso,
    "provinces.TechnologyClinic": technology_clinic,
    "provinces.District": lambda user: District.objects.get(code="4211"),
    "workshops.Person": person,
    "stats.ReportedFigure": reported_figure,
    "plans.Plan": plan,
    "agencies.Agency": lambda user: Agency.objects.get(code="DSS"),
    "agencies.Mechanism": lambda user: Mechanism.objects.filter(agency__code="TISTR").first(),
    "news.Article": article,
    "workshops.Workshop": workshop,
    "requests_app.Category": lambda user: Category.objects.get(number=1),
    "requests_app.Request": request,
    "requests_app.RequestEvent": lambda user: request(user).events.first(),
    "requests_app.Assignment": lambda user: AssignmentFactory(),
    "requests_app.ReferenceCounter": lambda user: ReferenceCounter.objects.create(
        fiscal_year=2557, last_sequence=4
    ),
    "matching.RequestGroup": request_group,
    "matching.ProductNeed": lambda user: ProductNeed.objects.order_by("pk").first(),
    "matching.GenericWord": lambda user: GenericWord.objects.get(word="ปลอดภัย"),
    "pages.Page": lambda user: Page.objects.get(kind=Page.Kind.ABOUT),
    "privacy.AccessLog": lambda user: PersonalDataAccess.objects.create(
        user=user,
        ip_address="127.0.0.1",
        kind=PersonalDataAccess.Kind.EXPORT,
        path="/requests/export.csv",
        rows=8,
    ),
    "privacy.PersonalDataHold": personal_data_hold,
    "privacy.RightsRequest": rights_request,
    "search.SearchVariant": lambda user: SearchVariant.objects.create(
        kind=SearchVariant.Kind.SPELLING, words="เซรามิก\nเซรามิค", note="ราชบัณฑิตยสถาน: เซรามิก"
    ),
    "agencies.Deliverer": deliverer,
    "followup.AnswerTemplate": answer_template,
    "followup.DueNotice": due_notice,
    "followup.Follow": lambda user: Follow.objects.create(
        user=user, province=Province.objects.get(code="50")
    ),
    "matching.DuplicateMark": lambda user: DuplicateMark.objects.create(
        request=RequestFactory(), duplicate_of=RequestFactory(), note="ซ้ำ", marked_by=user
    ),
    "background.OutboxMessage": lambda user: OutboxMessage.objects.create(
        key="event:1:pcso@example.go.th",
        recipient="pcso@example.go.th",
        subject="[2557-0001] สถานะ: ยื่นแล้ว",
        body="โจทย์ความต้องการของท่านได้รับการยื่นแล้ว",
        status=OutboxMessage.Status.FAILED,
        attempts=12,
        last_error="ConnectionRefusedError",
    ),
    "background.ScheduledJob": lambda user: ScheduledJob.objects.create(
        name="request_digest", next_run_at=timezone.now(), last_result="ส่งอีเมลสรุป 3 ฉบับ"
    ),
}
