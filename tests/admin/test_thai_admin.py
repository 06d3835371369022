"""A Thai admin page shows no English interface word and no Common-Era year.

Every page of every registered model (list, add, change with a real record, history, delete),
the date hierarchy drilled down to a month, the password pages, the log-in page, a saved form's
message and a form's errors are read as a person reads them (tests.admin.pages.visible_text) and
checked against the English words kept in ``english_interface_words.txt`` and for any year
between 1900 and 2099.
"""

from pathlib import Path

import pytest
from django.contrib import admin
from django.urls import reverse

from core.admin import SpreadsheetMixin
from tests.admin.forms import form_data
from tests.admin.pages import common_era_years, english_words, visible_text
from tests.admin.records import RECORD_BUILDERS

pytestmark = pytest.mark.django_db

WORDS = [
    line.strip()
    for line in (Path(__file__).parent / "english_interface_words.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
]


def admin_pages(superuser) -> list[str]:
    pages = ["/admin/", "/admin/password_change/", f"/admin/accounts/user/{superuser.pk}/password/"]
    for model in admin.site._registry:
        opts = model._meta
        record = RECORD_BUILDERS[opts.label](superuser)
        name = f"admin:{opts.app_label}_{opts.model_name}"
        pages += [reverse(f"{name}_changelist"), reverse(f"{name}_add")]
        pages += [reverse(f"{name}_{view}", args=[record.pk]) for view in ("change", "history", "delete")]
        if isinstance(admin.site._registry[model], SpreadsheetMixin):
            pages += [reverse(f"{name}_import"), reverse(f"{name}_export")]
    pages += [
        "/admin/workshops/workshop/?start_date__year=2013",
        "/admin/workshops/workshop/?start_date__year=2013&start_date__month=11",
        "/admin/news/article/?published_at__year=2013",
        "/admin/news/article/?state=draft",
        "/admin/workshops/workshop/?publication__exact=draft",
    ]
    return pages


def problems_on(html: str) -> dict:
    text = visible_text(html)
    found = {}
    if english := english_words(text, WORDS):
        found["english"] = english
    if years := common_era_years(text):
        found["common era"] = years
    return found


def test_thai_admin_pages_have_no_english_interface_words_and_no_common_era_year(client, superuser):
    client.force_login(superuser)
    problems, checked = {}, 0
    for url in admin_pages(superuser):
        response = client.get(url)
        if response.status_code == 403:  # a page the admin refuses (add or delete of read-only records)
            continue
        assert response.status_code == 200, (url, response.status_code)
        checked += 1
        if found := problems_on(response.content.decode()):
            problems[url] = found
    assert not problems, problems
    assert checked > 60


def test_saved_and_refused_forms_speak_thai(client, superuser):
    client.force_login(superuser)
    province = RECORD_BUILDERS["provinces.Province"](superuser)
    url = reverse("admin:provinces_province_change", args=[province.pk])
    data = form_data(client.get(url).content.decode(), "province_form")
    saved = client.post(url, {**data, "_continue": "1"}, follow=True)
    text = visible_text(saved.content.decode())
    assert "เรียบร้อยแล้ว" in text and not problems_on(saved.content.decode())

    refused = client.post(reverse("admin:workshops_workshop_add"), {})
    assert refused.status_code == 200
    # Django's "This field is required." as the portal words it in Thai
    assert "กรุณากรอกข้อมูลในช่องนี้" in visible_text(refused.content.decode())
    assert not problems_on(refused.content.decode()), problems_on(refused.content.decode())


def test_the_log_in_page_is_thai(client):
    response = client.get("/admin/login/")
    assert not problems_on(response.content.decode())


def test_groups_of_users_are_not_called_request_groups(client, superuser):
    client.force_login(superuser)
    index = visible_text(client.get("/admin/").content.decode())
    assert "กลุ่มผู้ใช้" in index
    assert index.count("กลุ่มโจทย์ความต้องการ") == 1  # the matching desk's own request groups


def test_an_import_preview_with_a_row_error_speaks_thai(client, staff):
    from tests.admin.test_import_export import CSV, WORKSHOP_CSV, upload

    client.force_login(staff)
    preview = upload(
        client, "workshops/workshop", WORKSHOP_CSV.replace("จ.อุดรธานี", "X").encode(), "w.csv", CSV
    )
    assert "ไม่พบจังหวัด “X”" in visible_text(preview.content.decode())
    assert not problems_on(preview.content.decode()), problems_on(preview.content.decode())
