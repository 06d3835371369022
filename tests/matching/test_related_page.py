"""Staff mark duplicates and group near-identical requests of a cluster from the request's page."""

import pytest
from django.urls import reverse

from matching.models import DuplicateMark, RequestGroup, RequestGroupMember
from provinces.models import Province
from tests.factories import RequestFactory

pytestmark = pytest.mark.django_db


def url(request) -> str:
    return reverse("matching:request_related", kwargs={"reference": request.reference})


@pytest.fixture
def longan_requests():
    text = "เพิ่มประสิทธิภาพการผลิตลำไยและคุณภาพผลผลิตลำไยเพื่อการส่งออก"
    chiang_mai = RequestFactory(province=Province.objects.get(code="50"), title="ลำไยคุณภาพ", description=text)
    lamphun = RequestFactory(province=Province.objects.get(code="51"), title="ลำไยส่งออก", description=text)
    return chiang_mai, lamphun


def test_staff_mark_and_unmark_a_duplicate(client, staff, longan_requests):
    first, second = longan_requests
    client.force_login(staff)
    page = client.get(url(second))
    assert page.status_code == 200
    assert first.reference in page.content.decode()  # offered as similar
    response = client.post(url(second), {"action": "duplicate", "reference": first.reference, "note": "ซ้ำ"})
    assert response.status_code == 302
    assert DuplicateMark.objects.get(request=second).duplicate_of == first
    # A duplicate of a duplicate is refused with a message; nothing changes.
    third = RequestFactory(title="ลำไย")
    client.post(url(third), {"action": "duplicate", "reference": second.reference}, follow=True)
    assert not DuplicateMark.objects.filter(request=third).exists()
    client.post(url(second), {"action": "unmark"})
    assert not DuplicateMark.objects.exists()


def test_staff_group_requests_of_one_cluster(client, staff, longan_requests):
    first, second = longan_requests
    client.force_login(staff)
    html = client.get(url(first)).content.decode()
    assert second.reference in html  # a candidate from the cluster's other province
    client.post(url(first), {"action": "group", "other": [second.reference], "title": "ลำไยภาคเหนือตอนบน 1"})
    group = RequestGroup.objects.get()
    assert set(group.members.values_list("request__reference", flat=True)) == {
        first.reference,
        second.reference,
    }
    assert group.cluster.code == "north-upper-1"
    client.post(url(first), {"action": "ungroup"})
    assert not RequestGroup.objects.exists()


def test_requests_of_other_clusters_are_not_grouped(client, staff, longan_requests):
    first, _ = longan_requests
    loei = RequestFactory(province=Province.objects.get(code="42"), title="ลำไย")
    client.force_login(staff)
    response = client.post(url(first), {"action": "group", "other": [loei.reference]}, follow=True)
    assert not RequestGroupMember.objects.exists()
    assert response.status_code == 200


@pytest.mark.parametrize("role", ["pcso", "coordinator", "focal_point"])
def test_only_staff_may_use_it(client, request, role, longan_requests):
    first, second = longan_requests
    client.force_login(request.getfixturevalue(role))
    assert client.get(url(first)).status_code == 403
    assert client.post(url(first), {"action": "duplicate", "reference": second.reference}).status_code == 403
    assert not DuplicateMark.objects.exists()


def test_anonymous_is_sent_to_log_in(client, longan_requests):
    response = client.get(url(longan_requests[0]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_unknown_references_are_404_and_change_nothing(client, staff, longan_requests):
    client.force_login(staff)
    assert client.get("/desk/requests/2599-9999/related/").status_code == 404
    response = client.post(url(longan_requests[0]), {"action": "duplicate", "reference": "2599-9999"})
    assert response.status_code == 404
    assert not DuplicateMark.objects.exists()


def test_staff_see_groups_and_duplicates_in_the_admin(client, staff, longan_requests):
    first, second = longan_requests
    client.force_login(staff)
    client.post(url(second), {"action": "duplicate", "reference": first.reference})
    html = client.get(reverse("admin:matching_duplicatemark_changelist")).content.decode()
    assert second.reference in html
    assert client.get(reverse("admin:matching_requestgroup_changelist")).status_code == 200
