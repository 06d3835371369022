"""Phones first (issue 14), in Chromium at 390 px and 1366 px, in Thai and English, as each role.

- The header's menu: on a phone every header link (account links included) is behind the Menu
  button and reachable once it is pressed; on a desktop every one is on screen.
- A walk over the pages each role reaches by following links (the public site, /my/, /desk/):
  none scrolls sideways at either width, and none trips the Content-Security-Policy (no inline
  style or script).
- Request lists show each request's status and province inside the screen; /stats/ draws its
  chart labels at 12 px or more and its tile map tells a province's count on a tap.
"""

import datetime as dt
import re
from collections import deque
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.utils import timezone

from agencies.models import Agency
from requests_app import services
from requests_app.models import Category, Request
from tests.browser.conftest import screenshot

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE, DESKTOP = (390, 844), (1366, 900)
ROLES = [None, "pcso", "coordinator", "focal_point", "staff"]

#: Where each role's walk starts, and the paths it may follow (the public site for everyone).
SEEDS = {
    None: ["/", "/en/"],
    "pcso": ["/my/", "/en/my/", "/requests/new/"],
    "coordinator": ["/desk/", "/en/desk/"],
    "focal_point": ["/my/", "/en/my/"],
    "staff": ["/desk/", "/en/desk/"],
}
#: Never followed: downloads, feeds, the admin, the API's JSON, logging out, language switching.
SKIP = re.compile(
    r"\.(csv|xlsx|pdf|ics|xml|json|png|jpe?g|svg)$|/feed/|/rss|/export/|/admin/|/staff-|/api/v1/.+|"
    r"/i18n/|/logout|/accounts/two-factor/|/media/|/static/|/print/$|/password_reset"
)
#: Pages of one shape (one province page, one workshop page…) are visited at most this often.
PER_SHAPE = 2
MAX_PAGES = 70


@pytest.fixture
def scene(pcso, coordinator, focal_point, staff):
    """The demo content, plus a draft, an overdue assignment and a delivered request in Chiang Mai."""
    call_command("load_demo", verbosity=0)
    category = Category.objects.get(number=1)
    services.request_create(actor=pcso, category=category, title="ร่างโจทย์แปรรูปลำไย", submit=False)
    filed = services.request_create(
        actor=pcso,
        category=category,
        title="ถ่ายทอดเทคโนโลยีการอบแห้งลำไยด้วยพลังงานแสงอาทิตย์สำหรับวิสาหกิจชุมชน",
        description="วิสาหกิจชุมชนต้องการลดต้นทุนการอบแห้ง",
    )
    dss = Agency.objects.get(code="DSS")
    services.assignment_create(
        request=filed,
        actor=coordinator,
        agency=dss,
        mechanism=dss.mechanisms.first(),
        due_date=timezone.localdate() - dt.timedelta(days=3),
    )
    return {"pcso": pcso, "coordinator": coordinator, "focal_point": focal_point, "staff": staff}


def _context(chromium, live_server, client, user, size, locale="th-TH"):
    context = chromium.new_context(
        viewport={"width": size[0], "height": size[1]}, is_mobile=size[0] < 800, has_touch=size[0] < 800,
        locale=locale,
    )  # fmt: skip
    if user is not None:
        client.force_login(user)
        context.add_cookies(
            [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
        )
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.violations = []
    page.on(
        "console",
        lambda message: (
            page.violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return context, page


def _header_links(page) -> list[dict]:
    """Every link and button of the header, with where it is on the screen."""
    return page.evaluate(
        """() => [...document.querySelectorAll('.site-header a, .site-header button')]
            .filter(el => !el.classList.contains('menu-toggle'))
            .map(el => { const r = el.getBoundingClientRect(), s = getComputedStyle(el);
                return {text: el.textContent.trim(), href: el.getAttribute('href') || '',
                        left: r.left, right: r.right, width: r.width, height: r.height,
                        visible: s.visibility !== 'hidden' && r.width > 0 && r.height > 0}; })"""
    )


def _overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_menu_holds_every_header_link(chromium, live_server, client, request, scene, role, lang):
    user = request.getfixturevalue(role) if role else None
    prefix = "" if lang == "th" else "/en"

    context, page = _context(chromium, live_server, client, user, DESKTOP)
    page.goto(f"{live_server.url}{prefix}/")
    assert not page.locator(".menu-toggle").is_visible()
    desktop = _header_links(page)
    assert all(link["visible"] and link["right"] <= DESKTOP[0] for link in desktop), desktop
    expected = {(link["text"], link["href"]) for link in desktop}
    if user is not None:
        assert any(link["text"] in ("Log out", "ออกจากระบบ") for link in desktop)
    context.close()

    context, page = _context(chromium, live_server, client, user, PHONE)
    page.goto(f"{live_server.url}{prefix}/")
    toggle = page.locator(".menu-toggle")
    assert toggle.is_visible() and toggle.get_attribute("aria-expanded") == "false"
    assert not page.locator("#site-menu").is_visible()
    assert _overflow(page) <= 0
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    phone = _header_links(page)
    assert {(link["text"], link["href"]) for link in phone} == expected  # the same links as on a desktop
    for link in phone:
        assert link["visible"] and link["left"] >= 0 and link["right"] <= PHONE[0], link
        assert link["height"] >= 24, link  # a finger finds it
    assert _overflow(page) <= 0
    if role is None and lang == "th":
        screenshot(page, "phones-home-menu-open-th")
    # The last one (logging in, or out) works from the menu.
    page.locator("#site-menu a, #site-menu button").last.click()
    page.wait_for_load_state()
    if user is None:
        assert "/accounts/login/" in page.url
    else:
        assert page.locator('.site-header a[href*="/accounts/login/"]').count() == 1  # logged out
    # Escape closes the menu again.
    page.goto(f"{live_server.url}{prefix}/")
    page.locator(".menu-toggle").click()
    page.keyboard.press("Escape")
    assert page.locator(".menu-toggle").get_attribute("aria-expanded") == "false"
    assert not page.violations, page.violations
    context.close()


def test_without_javascript_the_header_links_are_all_shown(chromium, live_server, scene):
    context = chromium.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/")
    assert not page.locator(".menu-toggle").is_visible()
    links = _header_links(page)
    assert links and all(link["visible"] and link["right"] <= 390 for link in links)
    assert _overflow(page) <= 0
    context.close()


def _shape(path: str) -> str:
    parts = [part for part in path.split("/") if part]
    if parts and parts[0] == "en":
        parts = parts[1:]
    return "/".join(parts[:1] + ["*"] * (len(parts) - 1))


def _walk(page, live_server, seeds: list[str], *, area: tuple[str, ...] | None = None) -> list[str]:
    """Visit the pages reachable from ``seeds``; check each at 390 px and at 1366 px."""
    queue, seen, shapes, visited, problems = deque(seeds), set(seeds), {}, [], []
    while queue and len(visited) < MAX_PAGES:
        path = queue.popleft()
        response = page.goto(live_server.url + path)
        if (
            response is None
            or response.status != 200
            or "text/html" not in response.headers.get("content-type", "")
        ):
            continue
        visited.append(path)
        for size in (PHONE, DESKTOP):
            page.set_viewport_size({"width": size[0], "height": size[1]})
            if (extra := _overflow(page)) > 0:
                problems.append(f"{path} scrolls {extra}px sideways at {size[0]}px")
        page.set_viewport_size({"width": PHONE[0], "height": PHONE[1]})
        for href in page.eval_on_selector_all("a[href]", "els => els.map(a => a.getAttribute('href'))"):
            parts = urlsplit(href)
            if (
                parts.scheme
                or parts.netloc
                or not parts.path.startswith("/")
                or parts.query
                or SKIP.search(parts.path)
            ):
                continue
            target = parts.path
            if target in seen or (area and not target.lstrip("/").removeprefix("en/").startswith(area)):
                continue
            shape = _shape(target)
            if shapes.get(shape, 0) >= PER_SHAPE:
                continue
            shapes[shape] = shapes.get(shape, 0) + 1
            seen.add(target)
            queue.append(target)
    problems += [f"CSP: {text}" for text in page.violations]
    assert not problems, problems
    return visited


@pytest.mark.parametrize("role", ROLES)
def test_no_page_scrolls_sideways(chromium, live_server, client, request, scene, role):
    user = request.getfixturevalue(role) if role else None
    context, page = _context(chromium, live_server, client, user, PHONE)
    # Everyone walks the public site; the people behind a login walk their own pages too.
    area = None if role is None else ("my", "desk", "requests", "accounts/password_change")
    visited = _walk(page, live_server, SEEDS[role], area=area)
    context.close()
    assert len(visited) >= (25 if role is None else 3), visited
    assert any(path.startswith("/en/") for path in visited)
    print(f"{role or 'anonymous'}: {len(visited)} pages, none scrolls sideways at 390 or 1366 px")


@pytest.mark.parametrize("lang", ["th", "en"])
def test_request_lists_show_status_and_province_on_a_phone(chromium, live_server, client, scene, lang):
    prefix = "" if lang == "th" else "/en"
    for user, path in ((None, "/requests/"), (scene["coordinator"], "/desk/?status=")):
        context, page = _context(chromium, live_server, client, user, PHONE)
        page.goto(f"{live_server.url}{prefix}{path}")
        rows = page.evaluate(
            """() => [...document.querySelectorAll('table.card-table tbody tr')].map(tr => {
                const status = tr.querySelector('.badge'), province = tr.querySelector(
                    tr.closest('table').classList.contains('desk-table') ? 'td:nth-child(4)' : 'td:nth-child(3)');
                const box = el => { const r = el.getBoundingClientRect(); return [r.left, r.right, r.width]; };
                return {status: status && status.textContent.trim(), statusBox: status && box(status),
                        province: province && province.textContent.trim(), provinceBox: province && box(province)}; })"""
        )
        assert len(rows) >= 8, path
        for row in rows:
            assert row["status"] and row["province"], row
            for left, right, width in (row["statusBox"], row["provinceBox"]):
                assert left >= 0 and right <= PHONE[0] and width > 0, row
        assert _overflow(page) <= 0
        # The filters are folded, and say how many are in use.
        summary = page.locator(".filter-panel__summary")
        assert re.fullmatch(r"(ตัวกรอง|Filters) \(\d+\)", summary.inner_text().strip())
        assert not page.locator(".filter-panel form").is_visible()
        summary.click()
        assert page.locator(".filter-panel form").is_visible()
        if lang == "th":
            screenshot(page, "phones-" + ("requests" if user is None else "desk") + "-th")
        context.close()


def test_the_filters_say_how_many_are_active_and_stay_open_on_a_desktop(chromium, live_server, client, scene):
    context, page = _context(chromium, live_server, client, None, DESKTOP)
    page.goto(f"{live_server.url}/requests/?province=chiang-mai&status=under_review")
    assert page.locator(".filter-panel__summary").inner_text().strip() == "ตัวกรอง (2)"
    assert page.locator(".filter-panel form").is_visible()
    context.close()


def test_stats_on_a_phone_labels_and_the_tile_map(chromium, live_server, client, scene):
    context, page = _context(chromium, live_server, client, None, PHONE)
    page.goto(f"{live_server.url}/stats/")
    sizes = page.evaluate(
        """() => [...document.querySelectorAll('svg.chart text')].map(t =>
            parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a)"""
    )
    assert len(sizes) > 20 and min(sizes) >= 12, min(sizes)
    # No chart label runs past its chart.
    assert page.evaluate(
        """() => [...document.querySelectorAll('svg.chart')].every(svg => {
            const box = svg.getBoundingClientRect();
            return [...svg.querySelectorAll('text')].every(t => t.getBoundingClientRect().right <= box.right + 1); })"""
    )
    # Stacked tables: each value beside its heading, inside the screen.
    assert page.locator("table.stack-table td[data-label]").first.is_visible()
    assert _overflow(page) <= 0
    # The tile map names its provinces; a tap tells the count, a second tap opens the province.
    tile = page.locator('.province-map__tile[data-province="50"]')
    assert tile.locator("text").text_content() == "ชม"
    tile.tap()
    readout = page.locator(".province-map__readout")
    assert (
        readout.is_visible()
        and "เชียงใหม่" in readout.inner_text()
        and "โจทย์ความต้องการ" in readout.inner_text()
    )
    assert page.url.endswith("/stats/")
    screenshot(page, "phones-stats-th")
    tile.tap()
    page.wait_for_url(re.compile(r"/provinces/chiang-mai/$"))
    assert Request.objects.filter(province__code="50").exists()
    context.close()
