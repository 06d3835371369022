"""factory_boy factories shared by the suite; reference data comes from the migrations."""

import datetime as dt
import itertools

import factory
from django.utils import timezone

from accounts.models import User
from agencies.models import Agency, Mechanism
from news.models import Article
from provinces.models import Province
from requests_app.models import Assignment, Category, Request
from workshops.models import Workshop

_sequence = itertools.count(1)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.go.th")
    password = factory.django.Password("pass-12345")


class WorkshopFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Workshop

    title = factory.Sequence(lambda n: f"การประชุมเชิงปฏิบัติการ ครั้งที่ {n}")
    slug = factory.Sequence(lambda n: f"workshop-{n}")
    start_date = dt.date(2013, 11, 1)
    end_date = factory.LazyAttribute(lambda o: o.start_date)
    venue = "โรงแรมดิเอ็มเพรส"
    host_province = factory.LazyFunction(lambda: Province.objects.get(code="50"))
    status = Workshop.Status.HELD
    publication = Workshop.Publication.PUBLISHED


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"ข่าวกระทรวง ฉบับที่ {n}")
    slug = factory.Sequence(lambda n: f"news-{n}")
    lead = "สรุปข่าว"
    body = "<p>เนื้อข่าว</p>"
    status = Article.Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - dt.timedelta(days=1))


class RequestFactory(factory.django.DjangoModelFactory):
    """A reviewed (public) request with a reference number."""

    class Meta:
        model = Request

    province = factory.LazyFunction(lambda: Province.objects.get(code="50"))
    category = factory.LazyFunction(lambda: Category.objects.get(number=1))
    title = factory.Sequence(lambda n: f"โจทย์ความต้องการ {n}")
    description = "รายละเอียด"
    source = Request.Source.PORTAL
    status = Request.Status.UNDER_REVIEW
    fiscal_year = 2557
    sequence = factory.LazyFunction(lambda: next(_sequence) + 5000)
    reference = factory.LazyAttribute(lambda o: f"{o.fiscal_year}-{o.sequence:04d}")
    submitted_at = factory.LazyFunction(timezone.now)


class AssignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Assignment

    request = factory.SubFactory(RequestFactory)
    agency = factory.LazyFunction(lambda: Agency.objects.get(code="DSS"))
    mechanism = factory.LazyAttribute(lambda o: Mechanism.objects.filter(agency=o.agency).first())
    status = Assignment.Status.PROPOSED
