import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from matching.models import DuplicateMark, RequestGroup, RequestGroupMember
from matching.services import (
    group_candidates,
    request_group_add,
    request_group_create,
    request_group_remove,
    request_mark_duplicate,
    request_unmark_duplicate,
)
from provinces.models import Province
from tests.factories import RequestFactory


def _in(code: str, title: str = "ลำไยอบแห้งคุณภาพส่งออก"):
    return RequestFactory(title=title, province=Province.objects.get(code=code))


@pytest.mark.django_db
def test_staff_marks_a_duplicate_and_takes_it_back(staff):
    original, repeat = _in("50"), _in("50")
    mark = request_mark_duplicate(request=repeat, duplicate_of=original, user=staff, note=" same need ")
    assert mark.duplicate_of == original and mark.note == "same need"
    request_unmark_duplicate(request=repeat, user=staff)
    assert not DuplicateMark.objects.exists()


@pytest.mark.django_db
def test_duplicates_point_at_the_original_never_at_a_duplicate_or_themselves(staff):
    original, first, second = _in("50"), _in("50"), _in("50")
    request_mark_duplicate(request=first, duplicate_of=original, user=staff)
    with pytest.raises(ValidationError):
        request_mark_duplicate(request=second, duplicate_of=first, user=staff)
    with pytest.raises(ValidationError):
        request_mark_duplicate(request=original, duplicate_of=second, user=staff)
    with pytest.raises(ValidationError):
        request_mark_duplicate(request=second, duplicate_of=second, user=staff)
    assert DuplicateMark.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["pcso", "coordinator", "focal_point"])
def test_only_staff_mark_duplicates_or_group(request, role):
    user = request.getfixturevalue(role)
    a, b = _in("50"), _in("51")
    with pytest.raises(PermissionDenied):
        request_mark_duplicate(request=a, duplicate_of=b, user=user)
    with pytest.raises(PermissionDenied):
        request_group_create(requests=[a, b], user=user)
    assert not DuplicateMark.objects.exists() and not RequestGroup.objects.exists()


@pytest.mark.django_db
def test_staff_group_near_identical_requests_of_one_cluster(staff):
    chiang_mai, lamphun, lampang = _in("50"), _in("51"), _in("52")
    group = request_group_create(requests=[chiang_mai, lamphun], user=staff)
    assert group.cluster.code == "north-upper-1"
    assert group.title == chiang_mai.title
    request_group_add(group=group, request=lampang, user=staff)
    assert set(group.members.values_list("request__province__code", flat=True)) == {"50", "51", "52"}

    request_group_remove(group=group, request=lampang, user=staff)
    request_group_remove(group=group, request=lamphun, user=staff)
    assert not RequestGroup.objects.exists()  # a group of one is no group
    assert not RequestGroupMember.objects.exists()


@pytest.mark.django_db
def test_groups_refuse_other_clusters_and_requests_already_grouped(staff):
    chiang_mai, lamphun, udon = _in("50"), _in("51"), _in("41")
    with pytest.raises(ValidationError):
        request_group_create(requests=[chiang_mai, udon], user=staff)
    with pytest.raises(ValidationError):
        request_group_create(requests=[chiang_mai], user=staff)
    group = request_group_create(requests=[chiang_mai, lamphun], user=staff)
    with pytest.raises(ValidationError):
        request_group_add(group=group, request=udon, user=staff)
    with pytest.raises(ValidationError):
        request_group_create(requests=[lamphun, _in("52")], user=staff)
    assert RequestGroup.objects.count() == 1


@pytest.mark.django_db
def test_group_candidates_are_similar_requests_of_the_other_provinces_of_the_cluster(staff):
    chiang_mai, lamphun, udon = _in("50"), _in("51"), _in("41")
    _in("52", title="หอดูดาวสำหรับประชาชน")
    also_chiang_mai = _in("50")
    found = [item.request for item in group_candidates(request=chiang_mai, user=staff)]
    assert found == [lamphun]
    assert udon not in found and also_chiang_mai not in found
