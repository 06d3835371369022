"""The assistant's vocabulary is data staff edit in the admin, with a preview of the ranking."""

import pytest
from django.urls import reverse

from agencies.models import Agency, Mechanism
from matching.models import GenericWord, ProductNeed
from matching.services import suggest_mechanisms
from tests.factories import RequestFactory

TEXT = "ชาวบ้านต้องการเลี้ยงผึ้งชันโรงในสวนลำไย"


def _codes(suggestions):
    return [(s.agency.code, s.mechanism.name_en) for s in suggestions]


@pytest.mark.django_db
def test_a_mechanism_added_in_the_admin_with_its_phrases_is_suggested(client, superuser, staff):
    assert ("NSTDA", "stingless bee keeping") not in _codes(suggest_mechanisms(text=TEXT, user=staff))
    client.force_login(superuser)
    response = client.post(
        reverse("admin:agencies_mechanism_add"),
        {
            "agency": Agency.objects.get(code="NSTDA").pk,
            "name_th": "การเลี้ยงผึ้งชันโรง",
            "name_en": "stingless bee keeping",
            "description_th": "",
            "description_en": "",
            "is_active": "on",
            "order": "9",
            "need_phrases": "เลี้ยงผึ้งชันโรง\nน้ำผึ้งชันโรง",
            "products": "ชันโรง",
            "keywords": "ผึ้ง\nstingless bee",
        },
    )
    assert response.status_code == 302
    mechanism = Mechanism.objects.get(name_en="stingless bee keeping")
    assert mechanism.need_phrases.splitlines() == ["เลี้ยงผึ้งชันโรง", "น้ำผึ้งชันโรง"]
    request = RequestFactory(title="ขอความรู้การเลี้ยงผึ้งชันโรง", description=TEXT)
    shown = suggest_mechanisms(request=request, user=staff)
    assert shown[0].mechanism == mechanism
    assert "ชันโรง" in "".join(shown[0].matched_words)


@pytest.mark.django_db
def test_editing_a_phrase_moves_the_ranking_at_once(staff):
    text = "ชมรมพระเครื่องต้องการกล้องส่องพระที่คมชัด"
    optics = Mechanism.objects.get(agency__code="NARIT", name_en="optics and precision instrumentation")
    assert suggest_mechanisms(text=text, user=staff) == []
    optics.need_phrases += "\nกล้องส่องพระ"
    optics.save()
    assert suggest_mechanisms(text=text, user=staff)[0].mechanism == optics


@pytest.mark.django_db
def test_a_product_staff_add_brings_the_services_it_usually_needs(staff):
    text = "กลุ่มแม่บ้านทำข้าวหลาม"
    assert "TISTR" not in [s.agency.code for s in suggest_mechanisms(text=text, user=staff)[:3]]
    ProductNeed.objects.create(products="ข้าวหลาม", needs="ยืดอายุ\nบรรจุภัณฑ์", note="local food")
    assert "TISTR" in [s.agency.code for s in suggest_mechanisms(text=text, user=staff)[:3]]


@pytest.mark.django_db
def test_a_generic_word_no_longer_pulls_to_radiation_safety(staff):
    text = "ผักปลอดภัยสำหรับตลาดนัดชุมชน ตรวจสารพิษตกค้าง"
    assert suggest_mechanisms(text=text, user=staff)[0].agency.code == "DSS"
    GenericWord.objects.filter(word="ปลอดภัย").update(weight=1.0)
    GenericWord.objects.filter(word="ตรวจ").update(weight=1.0)
    with_full_weight = [s.agency.code for s in suggest_mechanisms(text=text, user=staff)]
    assert "OAP" in with_full_weight


@pytest.mark.django_db
def test_the_admin_previews_how_a_sample_request_ranks(client, superuser):
    mechanism = Mechanism.objects.get(agency__code="NIMT", name_en="calibration services")
    client.force_login(superuser)
    url = reverse("admin:agencies_mechanism_change", args=[mechanism.pk])
    page = client.get(url).content.decode()
    assert 'name="sample"' in page and 'name="need_phrases"' in page
    response = client.get(url, {"sample": "ตาชั่งในตลาดสดไม่เที่ยงตรง"})
    html = response.content.decode()
    preview = response.context["preview"]
    assert preview.rank == 1 and preview.on_desk
    assert "mechanism-preview__self" in html
    assert "ตาชั่ง" in html
