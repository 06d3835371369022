"""Screenshots of the suggestions as staff see them (Thai and English, desktop and phone)."""

import pytest

from agencies.models import Mechanism
from provinces.models import Province
from requests_app.models import Request
from tests.browser.conftest import screenshot
from tests.factories import AssignmentFactory, RequestFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _login(page, user) -> None:
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session.session_key, "url": page.base_url}]
    )


@pytest.fixture
def scene():
    from accounts.services import user_set_role

    staff = user_set_role(user=UserFactory(username="staff_browser"), role="staff")
    calibration = Mechanism.objects.get(agency__code="NIMT", name_en="calibration services")
    past = RequestFactory(title="สอบเทียบเครื่องชั่งในตลาดนัดชุมชน", province=Province.objects.get(code="51"))
    AssignmentFactory(request=past, agency=calibration.agency, mechanism=calibration, status="done")
    request = RequestFactory(
        title="สอบเทียบเครื่องชั่งในตลาดสดเทศบาล",
        description="ผู้บริโภคร้องเรียนว่าตาชั่งของแม่ค้าไม่เที่ยงตรง ขอให้ตรวจและสอบเทียบ พร้อมอบรมการดูแลเครื่องชั่ง",
        status=Request.Status.SUBMITTED,
    )
    return staff, request


@pytest.mark.parametrize("lang", ["", "/en"])
def test_suggestions_on_the_request_page(page, phone_page, scene, lang):
    staff, request = scene
    for view, size in ((page, "desktop"), (phone_page, "phone")):
        _login(view, staff)
        view.goto(f"{view.base_url}{lang}/requests/{request.reference}/")
        section = view.locator("#suggestions")
        assert section.locator("[data-agency=NIMT]").first.is_visible()
        assert "สอบเทียบ" in " ".join(section.locator("mark").all_inner_texts())  # the words that matched
        screenshot(view, f"matching-request-{size}-{'en' if lang else 'th'}")


def test_assigning_a_suggestion_from_the_assign_page(page, scene):
    staff, request = scene
    _login(page, staff)
    page.goto(f"{page.base_url}/en/requests/{request.reference}/assign/")
    screenshot(page, "matching-assign-page-desktop-en")
    page.locator("#suggestions [data-agency=NIMT] a.button").first.click()
    page.wait_for_load_state()
    page.fill("input[name=due_date]", "31/12/2027")
    page.locator("button[name=action][value=check]").click()
    page.locator("button[name=action][value=confirm]").click()
    page.wait_for_load_state()
    assert "is assigned" in page.content()
    screenshot(page, "matching-assigned-desktop-en")
