"""axe-core (shipped by axe-playwright-python) finds no serious or critical violation on the main pages."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

from tests.browser.conftest import screenshot

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
    assert not problems, problems
    print(f"axe: {len(PUBLIC_PAGES)} public pages, 0 serious or critical violations")


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
    assert not problems, problems
    print(f"axe: {len(ROLE_PAGES[role])} {role} pages, 0 serious or critical violations")
