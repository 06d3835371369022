"""Reference numbers: fiscal year + sequence, given at submission, never reused."""

import datetime as dt

import pytest
from django.utils import timezone

from provinces.models import Province
from requests_app.models import Category, ReferenceCounter, Request
from requests_app.services import (
    reference_assign,
    request_create,
    request_record_from_workshop,
    request_withdraw,
)
from tests.factories import WorkshopFactory

pytestmark = pytest.mark.django_db


def test_reference_follows_the_thai_fiscal_year():
    request = Request(province=Province.objects.get(code="50"), category=Category.objects.get(number=1))
    reference_assign(request=request, when=timezone.make_aware(dt.datetime(2013, 11, 1, 10)))
    assert request.reference == "2557-0001"
    other = Request(province=Province.objects.get(code="50"), category=Category.objects.get(number=1))
    reference_assign(request=other, when=timezone.make_aware(dt.datetime(2013, 9, 30, 10)))
    assert other.reference == "2556-0001"


def test_submission_gives_the_next_number_and_withdrawal_keeps_it(pcso):
    first = request_create(
        actor=pcso, category=Category.objects.get(number=1), title="ลำไยอบแห้ง", description="ลำไย"
    )
    second = request_create(
        actor=pcso, category=Category.objects.get(number=2), title="บรรจุภัณฑ์", description="บรรจุภัณฑ์"
    )
    assert first.sequence + 1 == second.sequence
    assert first.reference.startswith(f"{first.fiscal_year}-")
    request_withdraw(request=second, actor=pcso, reason="ซ้ำกับโจทย์เดิม")
    second.refresh_from_db()
    assert second.status == Request.Status.WITHDRAWN
    third = request_create(
        actor=pcso, category=Category.objects.get(number=1), title="กาแฟ", description="กาแฟ"
    )
    assert third.sequence == second.sequence + 1
    assert second.reference != third.reference
    assert ReferenceCounter.objects.get(fiscal_year=third.fiscal_year).last_sequence == third.sequence


def test_a_draft_has_no_reference(pcso):
    draft = request_create(actor=pcso, category=Category.objects.get(number=1), title="ร่าง", submit=False)
    assert draft.status == Request.Status.DRAFT
    assert draft.reference is None


def test_workshop_requests_are_recorded_under_review_with_a_reference(staff):
    workshop = WorkshopFactory()
    request = request_record_from_workshop(
        workshop=workshop,
        province=Province.objects.get(code="52"),
        category=Category.objects.get(number=3),
        title="นวัตกรรมเซรามิก",
        recorded_by=staff,
    )
    request.refresh_from_db()
    assert request.reference and request.source == Request.Source.WORKSHOP
    assert request.status == Request.Status.UNDER_REVIEW
    assert list(request.events.values_list("from_status", "to_status")) == [
        ("draft", "submitted"),
        ("submitted", "under_review"),
    ]
