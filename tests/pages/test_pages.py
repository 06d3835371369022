"""The standard's pages: in every footer, answering in Thai and English, edited with history and dated."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from django.utils import timezone

from pages.models import Page
from tests.factories import RequestFactory, WorkshopFactory

pytestmark = pytest.mark.django_db

FOOTER = re.compile(r'<footer class="site-footer">(.*?)</footer>', re.DOTALL)
KINDS = ["about", "contact", "policy", "privacy", "cookies", "security", "accessibility", "faq"]


def _footer_links(html: str) -> list[str]:
    footer = FOOTER.search(html).group(1)
    return re.findall(r'href="([^"]+)"', footer)


@pytest.mark.parametrize("home", ["/", "/en/"])
def test_every_footer_link_answers_200_in_thai_and_english(client, home):
    links = _footer_links(client.get(home).content.decode())
    internal = [link.split("#")[0] for link in links if link.startswith("/")]
    external = [link for link in links if not link.startswith("/")]
    prefix = "/en/" if home == "/en/" else "/"
    for kind in KINDS:
        assert f"{prefix}{kind}/" in internal, kind
    assert f"{prefix}sitemap/" in internal and f"{prefix}open-data/" in internal
    for link in internal:
        response = client.get(link)
        assert response.status_code == 200, link
        assert response["Content-Language"] == ("en" if home == "/en/" else "th")
    # The ministry's own site, its Official Information Centre (the contact page's section until
    # the ministry sets its address) and the government open-data catalogue.
    assert "https://www.most.go.th/" in external and "https://data.go.th/" in external
    assert f"{prefix}contact/#official-information" in links


def test_the_footer_is_on_every_page_kind(client, pcso):
    client.force_login(pcso)
    for path in [
        "/requests/",
        "/provinces/chiang-mai/",
        "/my/",
        "/requests/new/",
        "/en/stats/",
        "/my/personal-data/",
    ]:
        links = _footer_links(client.get(path).content.decode())
        assert any(link.endswith("/privacy/") for link in links), path


@pytest.mark.parametrize("kind", KINDS)
def test_each_page_shows_its_text_and_when_it_was_last_updated(client, kind):
    page = Page.objects.get(kind=kind)
    thai = client.get(f"/{kind}/").content.decode()
    english = client.get(f"/en/{kind}/").content.decode()
    assert page.title_th in thai and page.title_en in english
    assert "ปรับปรุงล่าสุด" in thai and "Last updated" in english
    year_be = page.updated_at.year + 543
    assert str(year_be) in thai and str(page.updated_at.year) in english


def test_the_about_page_states_the_sources_facts(client):
    thai = client.get("/about/").content.decode()
    for fact in ["2547", "20 เมษายน 2552", "13 ธันวาคม 2554", "ผู้บริหารวิทยาศาสตร์จังหวัดระดับสูง", "ศวภ.1"]:
        assert fact in thai, fact
    english = client.get("/en/about/").content.decode()
    assert "20 April B.E. 2552 (2009)" in english and "Chiang Mai" in english


def test_facts_the_sources_do_not_give_are_marked_placeholders(client, admin_client):
    contact = Page.objects.get(kind="contact")
    assert contact.placeholders, "the address, e-mail and hours are placeholders"
    assert "<mark>" in client.get("/contact/").content.decode()
    assert "02 333 3700" in contact.body_th  # the one phone number the sources give
    listing = admin_client.get(reverse("admin:pages_page_changelist")).content.decode()
    assert "placeholders to replace" in listing or "ต้องแทนที่" in listing


def test_staff_edit_a_page_with_history_and_the_date_moves(admin_client, client):
    page = Page.objects.get(kind="faq")
    before = page.updated_at
    url = reverse("admin:pages_page_change", args=[page.pk])
    form = {
        "title_th": "คำถามที่พบบ่อย",
        "title_en": "Frequently asked questions",
        "summary_th": "",
        "summary_en": "",
        "body_th": page.body_th + "<h2>คำถามใหม่</h2><p>คำตอบใหม่</p><script>alert(1)</script>",
        "body_en": page.body_en,
    }
    response = admin_client.post(url, form)
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.updated_at > before
    assert "คำถามใหม่" in client.get("/faq/").content.decode()
    assert "<script>" not in page.body_th
    assert page.history.count() == 2  # the seeded version and this edit
    assert admin_client.get(reverse("admin:pages_page_history", args=[page.pk])).status_code == 200


def test_pages_cannot_be_added_or_deleted_in_the_admin(admin_client):
    assert admin_client.get(reverse("admin:pages_page_add")).status_code == 403
    page = Page.objects.get(kind="faq")
    assert admin_client.get(reverse("admin:pages_page_delete", args=[page.pk])).status_code == 403


def test_the_cookie_policy_names_every_cookie_the_portal_sets(client, pcso, settings):
    """Walk what sets cookies (a form, a log-in, a saved message, the language switch) and read the policy."""
    set_names = set()
    response = client.get("/accounts/login/")
    set_names |= set(response.cookies)
    pcso.set_password("pass-12345")
    pcso.save()
    response = client.post("/accounts/login/", {"username": pcso.username, "password": "pass-12345"})
    set_names |= set(response.cookies)
    response = client.post("/my/personal-data/", {"kind": "access", "details": ""})
    set_names |= set(response.cookies)
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    set_names |= set(response.cookies)
    assert {
        settings.SESSION_COOKIE_NAME,
        settings.CSRF_COOKIE_NAME,
        settings.LANGUAGE_COOKIE_NAME,
    } <= set_names
    policy = client.get("/cookies/").content.decode()
    for name in set_names:
        assert f"<code>{name}</code>" in policy, name


def test_the_html_site_map_links_every_public_section(client):
    html = client.get("/sitemap/").content.decode()
    for path in ["/news/", "/workshops/", "/requests/", "/provinces/", "/clusters/", "/centres/", "/agencies/",
                 "/stats/", "/open-data/", "/privacy/", "/accessibility/"]:  # fmt: skip
        assert f'href="{path}"' in html, path


def test_the_xml_sitemap_lists_every_public_page_with_real_lastmod(client):
    request = RequestFactory(title="โจทย์สาธารณะ")
    RequestFactory(status="draft", reference=None, fiscal_year=None, sequence=None, submitted_at=None)
    WorkshopFactory()
    body = client.get("/sitemap.xml").content
    tree = ET.fromstring(body)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    entries = {
        url.find("s:loc", ns).text.split("testserver", 1)[1]: getattr(url.find("s:lastmod", ns), "text", None)
        for url in tree.findall("s:url", ns)
    }
    for path in ["/provinces/chiang-mai/", "/clusters/north-upper-1/", "/centres/1/", "/agencies/dss/",
                 f"/requests/{request.reference}/", "/stats/", "/privacy/", "/en/about/", "/open-data/"]:  # fmt: skip
        assert path in entries, path
    changed = timezone.localdate(request.updated_at).isoformat()  # the ministry's day, not UTC's
    assert entries[f"/requests/{request.reference}/"] == changed
    assert entries["/provinces/chiang-mai/"] == changed
    assert entries["/centres/1/"] == changed
    assert entries["/privacy/"] == timezone.localdate(Page.objects.get(kind="privacy").updated_at).isoformat()
    assert entries["/provinces/bueng-kan/"] is None  # nothing dated on it yet: no made-up date
    assert not any("draft" in path for path in entries)
