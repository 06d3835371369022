"""axe-core (shipped by axe-playwright-python) finds no serious or critical violation on the main pages."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

from tests.browser.conftest import screenshot
from tests.gates import record

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PUBLIC_PAGES = [
    "/", "/en/", "/provinces/", "/provinces/chiang-mai/", "/clusters/north-upper-1/", "/centres/1/",
    "/agencies/dss/", "/news/", "/news/2013-11-01-sti-integration-north/", "/workshops/",
    "/workshops/2013-11-01-chiang-mai/", "/requests/", "/requests/2552-0001/", "/stats/", "/search/?q=ลำใย",
    "/accounts/login/", "/about/", "/privacy/", "/cookies/", "/en/faq/", "/sitemap/", "/open-data/",
]  # fmt: skip
#: The pages behind a login, each checked as the role that works on it.
ROLE_PAGES = {
    "pcso": ["/my/", "/requests/new/", "/requests/2557-0001/", "/en/my/", "/my/personal-data/"],
    "coordinator": ["/desk/", "/requests/2557-0001/assign/", "/en/desk/"],
    "focal_point": ["/my/", "/en/my/"],
}


def serious(results) -> list[str]:
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:5]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_public_pages_have_no_serious_accessibility_violation(page):
    call_command("load_demo", verbosity=0)
    axe = Axe()
    problems = {}
    for path in PUBLIC_PAGES:
        page.goto(page.base_url + path)
        found = serious(axe.run(page))
        if found:
            problems[path] = found
            screenshot(page, "a11y-" + (path.strip("/").replace("/", "_").replace("?", "_") or "home"))
    record(
        f"axe: {len(PUBLIC_PAGES)} public pages, {sum(map(len, problems.values()))} serious or critical violations"
    )
    assert not problems, problems


@pytest.mark.parametrize("role", sorted(ROLE_PAGES))
def test_pages_behind_a_login_have_no_serious_accessibility_violation(page, client, request, role):
    call_command("load_demo", verbosity=0)
    client.force_login(request.getfixturevalue(role))
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": page.base_url}]
    )
    axe = Axe()
    problems = {}
    for path in ROLE_PAGES[role]:
        response = page.goto(page.base_url + path)
        assert response.status == 200, path
        found = serious(axe.run(page))
        if found:
            problems[path] = found
            screenshot(page, f"a11y-{role}-" + path.strip("/").replace("/", "_"))
    record(
        f"axe: {len(ROLE_PAGES[role])} {role} pages, {sum(map(len, problems.values()))} serious or critical violations"
    )
    assert not problems, problems


def admin_pages() -> list[str]:
    """The admin's pages staff use every day, with the demo's records."""
    from news.models import Article
    from requests_app.models import Request
    from workshops.models import Workshop

    workshop = Workshop.objects.get(slug="2013-11-01-chiang-mai").pk
    article = Article.objects.get(slug="2013-11-01-sti-integration-north").pk
    request = Request.objects.get(reference="2557-0001").pk
    return [
        "/admin/", "/admin/workshops/workshop/", "/admin/workshops/workshop/add/",
        f"/admin/workshops/workshop/{workshop}/change/", f"/admin/workshops/workshop/{workshop}/history/",
        "/admin/workshops/workshop/?start_date__year=2013", "/admin/workshops/workshop/import/",
        "/admin/workshops/workshop/export/", "/admin/news/article/", "/admin/news/article/add/",
        f"/admin/news/article/{article}/change/", "/admin/requests_app/request/",
        f"/admin/requests_app/request/{request}/change/", "/admin/requests_app/request/import/",
        "/admin/provinces/province/50/change/".replace("50", str(_province_pk("50"))),
        "/admin/provinces/pcso/", "/admin/provinces/regionalcentre/1/change/".replace("1/", f"{_centre_pk()}/"),
        "/admin/accounts/user/", "/admin/auth/group/add/", "/admin/password_change/",
    ]  # fmt: skip


def _province_pk(code: str) -> int:
    from provinces.models import Province

    return Province.objects.get(code=code).pk


def _centre_pk() -> int:
    from provinces.models import RegionalCentre

    return RegionalCentre.objects.get(number=1).pk


def test_admin_pages_have_no_serious_accessibility_violation(page, client, superuser):
    """Ministry staff's own pages, with the admin's script-built controls in place (Thai)."""
    call_command("load_demo", verbosity=0)
    axe = Axe()
    page.goto(page.base_url + "/admin/login/")
    problems = {}
    if found := serious(axe.run(page)):
        problems["/admin/login/"] = found
    client.force_login(superuser)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": page.base_url}]
    )
    pages = admin_pages()
    for path in pages:
        response = page.goto(page.base_url + path)
        assert response.status == 200, path
        page.wait_for_load_state("load")
        found = serious(axe.run(page))
        if found:
            problems[path] = found
            screenshot(page, "a11y-admin-" + path.strip("/").replace("/", "_").replace("?", "_"))
    record(
        f"axe: {len(pages) + 1} admin pages (Thai), {sum(map(len, problems.values()))} serious or critical violations"
    )
    assert not problems, problems
