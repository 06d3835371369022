"""Filter forms' select boxes: built once per language and content version, renamed at once."""

import pytest

from provinces.models import Province

pytestmark = pytest.mark.django_db


def test_the_province_box_is_built_once_and_shows_a_rename_at_once(client, django_assert_max_num_queries):
    first = client.get("/en/requests/")
    assert ">Chiang Mai</option>" in first.content.decode()
    with django_assert_max_num_queries(100) as again:
        client.get("/en/requests/")
    box_queries = [q for q in again.captured_queries if 'FROM "provinces_province"' in q["sql"]]
    assert box_queries == []  # the box's 77 provinces were not read again

    province = Province.objects.get(slug="chiang-mai")
    province.name_en = "Chiang Mai (renamed)"
    province.save()
    assert ">Chiang Mai (renamed)</option>" in client.get("/en/requests/").content.decode()


def test_each_language_gets_its_own_labels_and_the_chosen_option_stays_selected(client):
    thai = client.get("/requests/?province=chiang-mai").content.decode()
    english = client.get("/en/requests/?province=chiang-mai").content.decode()
    assert '<option value="chiang-mai" selected>เชียงใหม่</option>' in thai
    assert '<option value="chiang-mai" selected>Chiang Mai</option>' in english
    assert (
        '<option value="chiang-mai">' not in client.get("/en/workshops/?province=chiang-mai").content.decode()
    )
