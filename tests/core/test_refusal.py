"""A refused change is undone whole and its reason shown; anything else is not swallowed."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.test import RequestFactory
from django.utils import translation

from core.views import next_url, refusal
from news.models import Article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_a_refusal_undoes_what_the_block_wrote_and_keeps_the_reason():
    with transaction.atomic(), refusal() as refused:  # inside the request's transaction
        ArticleFactory(slug="half-saved")
        raise ValidationError(["ยังไม่ครบ", "ต้องมีชื่อเรื่อง"])
    assert refused and refused.reason == "ยังไม่ครบ ต้องมีชื่อเรื่อง"
    assert not Article.objects.filter(slug="half-saved").exists()


def test_a_block_that_succeeds_keeps_its_work():
    with transaction.atomic(), refusal() as refused:
        ArticleFactory(slug="saved")
    assert not refused and refused.reason == ""
    assert Article.objects.filter(slug="saved").exists()


def test_a_bare_permission_refusal_still_says_why_in_the_page_language():
    with translation.override("th"), transaction.atomic(), refusal(PermissionDenied) as refused:
        raise PermissionDenied
    assert refused and refused.reason == "ท่านไม่มีสิทธิ์ดำเนินการนี้"
    # Not listed: it goes on up (a 403 page), it is not turned into a message.
    with pytest.raises(PermissionDenied), transaction.atomic(), refusal():
        raise PermissionDenied


@pytest.mark.parametrize(
    "target,expected",
    [
        ("/requests/2557-0001/", "/requests/2557-0001/"),
        ("https://evil.example/", "/back/"),
        ("//evil.example/", "/back/"),
        ("/\\evil.example", "/back/"),
        ("", "/back/"),
    ],
)
def test_a_form_goes_back_only_to_a_page_of_this_site(target, expected):
    request = RequestFactory().post("/", {"next": target})
    assert next_url(request, default="/back/") == expected
