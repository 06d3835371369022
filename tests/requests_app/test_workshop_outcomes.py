"""A request stated at a workshop is numbered and dated by the workshop, even when recorded later."""

import datetime as dt

import pytest
from django.utils import timezone

from provinces.models import Province
from requests_app.models import Category
from requests_app.services import request_record_from_workshop
from tests.factories import WorkshopFactory

pytestmark = pytest.mark.django_db


def test_outcome_of_a_past_workshop_takes_the_workshops_fiscal_year(staff):
    workshop = WorkshopFactory(start_date=dt.date(2013, 11, 1), end_date=dt.date(2013, 11, 1))
    request = request_record_from_workshop(
        workshop=workshop, province=Province.objects.get(code="51"), category=Category.objects.get(number=1),
        title="สนับสนุนโครงการลำใย", recorded_by=staff,
    )  # fmt: skip
    assert request.reference.startswith("2557-")
    assert timezone.localtime(request.submitted_at).date() == dt.date(2013, 11, 1)


def test_outcome_of_a_future_workshop_is_dated_now(staff):
    start = timezone.localdate() + dt.timedelta(days=30)
    workshop = WorkshopFactory(start_date=start, end_date=start)
    request = request_record_from_workshop(
        workshop=workshop, province=Province.objects.get(code="51"), category=Category.objects.get(number=1),
        title="ทดสอบ", recorded_by=staff,
    )  # fmt: skip
    assert timezone.localtime(request.submitted_at).date() == timezone.localdate()
