"""Screenshots: the desk's suggestions for a three-agency need, and the vocabulary editor's preview."""

import pytest
from django.urls import reverse

from agencies.models import Mechanism
from requests_app.models import Request
from tests.browser.conftest import screenshot
from tests.browser.test_matching import _login
from tests.factories import RequestFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHU_LUANG = (
    "ชุมชนภูหลวงต้องการ 1) ถ่ายทอดเทคโนโลยีการทำสบู่ 2) สารกรองสนิมเหล็กและเครื่องกรองน้ำดื่มของหมู่บ้าน "
    "3) บรรจุภัณฑ์หลามหมูยอ 4) ยืดอายุหลามหมูยอโดยไม่ใช้สารกันบูด"
)


def _keep(page, name: str) -> None:
    screenshot(page, name)  # artifacts/screenshots/ (tests/browser/conftest)


@pytest.fixture(params=[(1366, 900), (390, 844)], ids=["1366", "390"])
def sized_page(request, chromium, live_server):
    width, height = request.param
    context = chromium.new_context(viewport={"width": width, "height": height}, locale="th-TH")
    page = context.new_page()
    page.set_default_timeout(120_000)
    page.base_url = live_server.url
    page.width = width
    yield page
    context.close()


@pytest.mark.parametrize("lang", ["", "/en"])
def test_the_desk_shows_the_three_agencies_of_a_three_agency_need(sized_page, lang):
    from accounts.services import user_set_role

    staff = user_set_role(user=UserFactory(username="staff_desk"), role="staff")
    request = RequestFactory(
        title="พัฒนาผลิตภัณฑ์ชุมชนอำเภอภูหลวงแบบบูรณาการ",
        description=PHU_LUANG,
        status=Request.Status.SUBMITTED,
    )
    _login(sized_page, staff)
    sized_page.goto(f"{sized_page.base_url}{lang}/requests/{request.reference}/")
    agencies = sized_page.locator("#suggestions .suggestion").evaluate_all(
        "items => items.map(item => item.dataset.agency)"
    )
    assert {"DSS", "TISTR", "TINT"} <= set(agencies[:3])
    sized_page.locator("#suggestions").scroll_into_view_if_needed()
    _keep(sized_page, f"matching-desk-three-agencies-{sized_page.width}-{'en' if lang else 'th'}")


def test_the_vocabulary_editor_previews_a_sample_request(sized_page):
    # The admin is in Thai only (issue 11): there is no English admin to show.
    root = UserFactory(username="root_vocabulary", is_superuser=True, is_staff=True)
    mechanism = Mechanism.objects.get(agency__code="NIMT", name_en="calibration services")
    _login(sized_page, root)
    url = reverse("admin:agencies_mechanism_change", args=[mechanism.pk])
    sized_page.goto(f"{sized_page.base_url}{url}")
    sized_page.fill("#id_sample", "ตาชั่งของแม่ค้าในตลาดสดไม่เที่ยงตรง ขอให้ตรวจสอบ")
    sized_page.locator("#preview input[type=submit]").click()
    sized_page.wait_for_selector(".mechanism-preview__self")
    assert "NIMT" in sized_page.locator(".mechanism-preview__self").inner_text()
    _keep(sized_page, f"matching-vocabulary-preview-{sized_page.width}-th")
