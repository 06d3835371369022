"""Ministry staff enter a workshop in one admin screen: Thai dates, inlines, outcomes, warnings."""

import datetime as dt
import re

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from agencies.models import Agency
from provinces.models import Cluster, Province
from requests_app.models import Category, Request
from tests.factories import RequestFactory, WorkshopFactory
from workshops.models import Activity, Participation, Workshop

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:workshops_workshop_add")
INLINES = ("participations", "activities", "photos", "requests")


def province(code: str) -> Province:
    return Province.objects.get(code=code)


def workshop_form(**overrides) -> dict:
    """The POST of the admin's workshop screen: the 1 Nov 2556 Chiang Mai workshop, no inline rows."""
    data = {
        "title": "การบูรณาการเพื่อนำวิทยาศาสตร์ เทคโนโลยี และนวัตกรรม สู่ภาคเหนือ",
        "title_en": "Bringing STI to the North",
        "slug": "north-2556",
        "theme": "",
        "status": "held",
        "publication": "published",
        "start_date": "1/11/2556",
        "end_date": "1/11/2556",
        "venue": "โรงแรมดิเอ็มเพรส",
        "host_province": province("50").pk,
        "organising_centre": "",
        "target_cluster": Cluster.objects.get(code="north-upper-1").pk,
        "target_provinces": [province(code).pk for code in ("50", "51", "52", "58")],
        "chair": "ดร.พีรพันธุ์ พาลุสุข",
        "officials": "",
        "participant_count": "130",
        "summary": "",
    }
    for prefix in INLINES:
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": "0",
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    data.update(overrides)
    return data


def with_rows(data: dict, prefix: str, rows: list[dict]) -> dict:
    data[f"{prefix}-TOTAL_FORMS"] = str(len(rows))
    for index, row in enumerate(rows):
        for key, value in row.items():
            data[f"{prefix}-{index}-{key}"] = value
    return data


@pytest.fixture
def staff_client(client_for, staff):
    return client_for(staff)


def test_staff_open_the_workshop_screen_with_all_its_inlines(staff_client):
    response = staff_client.get(ADD_URL)
    assert response.status_code == 200
    content = response.content.decode()
    for prefix in INLINES:
        assert f'name="{prefix}-TOTAL_FORMS"' in content, prefix
    assert "admin-autocomplete" in content  # provinces and agencies are autocompleted


def test_staff_record_a_workshop_with_agencies_activities_and_two_outcomes(staff_client, staff):
    first, second = Category.objects.order_by("number")[:2]
    data = workshop_form()
    with_rows(data, "participations", [{"agency": Agency.objects.get(code="DSS").pk, "role": "exhibitor"}])
    with_rows(
        data,
        "activities",
        [
            {
                "kind": "satellite_images",
                "title": "มอบภาพถ่ายดาวเทียม",
                "agency": Agency.objects.get(code="GISTDA").pk,
                "description": "",
            }
        ],
    )
    with_rows(
        data,
        "requests",
        [
            {
                "province": province("50").pk,
                "category": first.pk,
                "title": "Food Valley ความปลอดภัยอาหาร",
                "description": "",
            },
            {
                "province": province("51").pk,
                "category": second.pk,
                "title": "เพิ่มประสิทธิภาพการผลิตลำไย",
                "description": "คุณภาพลำไย",
            },
        ],
    )
    response = staff_client.post(ADD_URL, data)
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    workshop = Workshop.objects.get(slug="north-2556")
    assert workshop.start_date == dt.date(2013, 11, 1)  # 1/11/2556 read as B.E.
    assert workshop.participant_count == 130
    assert Participation.objects.filter(workshop=workshop, agency__code="DSS").exists()
    assert Activity.objects.filter(workshop=workshop, kind="satellite_images").exists()
    outcomes = list(Request.objects.filter(workshop=workshop).order_by("province__code"))
    assert [outcome.province.code for outcome in outcomes] == ["50", "51"]
    for outcome in outcomes:
        assert outcome.source == Request.Source.WORKSHOP
        assert outcome.reference and outcome.reference.startswith(f"{outcome.fiscal_year}-")
        assert outcome.filed_by == staff
    assert outcomes[0].reference != outcomes[1].reference


def test_thai_month_names_are_accepted(staff_client):
    response = staff_client.post(
        ADD_URL, workshop_form(start_date="9 พ.ย. 2551", end_date="11 พฤศจิกายน 2551")
    )
    assert response.status_code == 302
    workshop = Workshop.objects.get(slug="north-2556")
    assert (workshop.start_date, workshop.end_date) == (dt.date(2008, 11, 9), dt.date(2008, 11, 11))


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"start_date": "3/11/2556", "end_date": "1/11/2556"}, "end_date"),
        ({"participant_count": "-5"}, "participant_count"),
        ({"start_date": "31/02/2556"}, "start_date"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_is_saved(staff_client, overrides, field):
    data = with_rows(
        workshop_form(**overrides),
        "requests",
        [
            {
                "province": province("50").pk,
                "category": Category.objects.first().pk,
                "title": "โจทย์",
                "description": "",
            },
        ],
    )
    response = staff_client.post(ADD_URL, data)
    assert response.status_code == 200
    assert field in response.context["adminform"].form.errors
    assert not Workshop.objects.exists()
    assert not Request.objects.exists()


def test_end_before_start_message_is_in_the_pages_language(staff_client):
    response = staff_client.post(ADD_URL, workshop_form(start_date="3/11/2556", end_date="1/11/2556"))
    content = response.content.decode()
    language = re.search(r'<html lang="([\w-]+)"', content).group(1)
    with translation.override(language):
        expected = str(_("The end date cannot be before the start date."))
    assert expected in content


def test_a_target_province_outside_the_cluster_is_refused_before_saving_with_the_ways_out(staff_client):
    # Udon Thani (41) was in Upper Northeast 1, not Upper North 1, on 1 Nov 2556.
    data = workshop_form(target_provinces=[province("50").pk, province("41").pk])
    response = staff_client.post(ADD_URL, data)
    assert response.status_code == 200
    assert not Workshop.objects.filter(slug="north-2556").exists()
    errors = response.context["adminform"].form.errors["target_provinces"]
    assert len(errors) == 1
    udon, chiang_mai = province("41"), province("50")
    message = errors[0]
    assert udon.name_th in message and chiang_mai.name_th not in message.split(".")[0]
    assert "1 พฤศจิกายน 2556" in message  # the day, in B.E.
    assert udon.cluster_on(dt.date(2013, 11, 1)).name_th in message  # the cluster it was in
    assert "ลบ" in message or "นำ" in message  # the ways out, in Thai
    # Following the advice (leaving the cluster empty) saves it.
    data["target_cluster"] = ""
    assert staff_client.post(ADD_URL, data).status_code == 302


def test_provinces_inside_the_cluster_give_no_error(staff_client):
    response = staff_client.post(ADD_URL, workshop_form())
    assert response.status_code == 302
    assert not [m for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]


def test_duplicate_as_a_new_workshop(staff_client):
    original = WorkshopFactory(
        slug="north-2556",
        title="ประชุมภาคเหนือ",
        participant_count=130,
        target_cluster=Cluster.objects.get(code="north-upper-1"),
    )
    original.target_provinces.set([province("50"), province("51")])
    Participation.objects.create(workshop=original, agency=Agency.objects.get(code="DSS"), role="exhibitor")
    RequestFactory(workshop=original, source=Request.Source.WORKSHOP)
    response = staff_client.post(
        reverse("admin:workshops_workshop_changelist"),
        {"action": "duplicate", "_selected_action": [original.pk]},
    )
    assert response.status_code == 302
    copy = Workshop.objects.exclude(pk=original.pk).get()
    assert copy.slug == "north-2556-copy" and copy.status == Workshop.Status.PLANNED
    assert set(copy.target_provinces.values_list("code", flat=True)) == {"50", "51"}
    assert copy.participations.get().agency.code == "DSS"
    assert not copy.requests.exists()  # outcomes belong to the day it was held
    assert copy.participant_count is None


def test_other_roles_cannot_open_the_workshop_admin(client_for, pcso, coordinator):
    for user in (None, pcso, coordinator):
        response = client_for(user).get(ADD_URL)
        assert response.status_code == 302 and "/login/" in response["Location"]
