"""Staff keep editing workshops and articles that have photos: the journey that was a 500.

Create a workshop with two photos and an article with one, save, reopen, edit a caption, save
again, replace a photo, publish — in real Chromium, as staff do it every day.
"""

import re

import pytest
from django.urls import reverse
from PIL import Image
from playwright.sync_api import expect

from news.models import Article
from tests.browser.conftest import screenshot
from workshops.models import Workshop

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def photo(tmp_path, name: str, color) -> str:
    path = tmp_path / name
    Image.new("RGB", (1600, 1000), color).save(path, "JPEG")
    return str(path)


def log_in(page) -> None:
    page.goto(page.base_url + "/admin/login/")
    page.fill("#id_username", "staff")
    page.fill("#id_password", "pass-12345")
    page.locator("input[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def pick(page, select_id: str, search: str, option: str) -> None:
    page.locator(f"#{select_id} + .select2 .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill(search)
    page.locator(".select2-results__option", has_text=option).first.click()


def save_and_continue(page) -> None:
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    expect(page.locator(".errornote")).to_have_count(0)


def test_staff_edit_and_publish_a_workshop_and_an_article_with_photos(page, staff, tmp_path, client):
    log_in(page)
    base = page.base_url

    # A workshop with two photos, saved as a draft.
    page.goto(base + reverse("admin:workshops_workshop_add"))
    page.fill("#id_title", "การประชุมเชิงปฏิบัติการ ภาคเหนือตอนบน")
    page.fill("#id_title_en", "Upper North workshop with photos")
    page.fill("#id_start_date", "1/11/2556")
    page.fill("#id_end_date", "1/11/2556")
    page.fill("#id_venue", "โรงแรมดิเอ็มเพรส")
    pick(page, "id_host_province", "เชียงใหม่", "เชียงใหม่")
    for index, (name, color, caption) in enumerate(
        [("one.jpg", (200, 30, 30), "พิธีเปิด"), ("two.jpg", (30, 160, 60), "นิทรรศการ")]
    ):
        page.locator("#photos-group .add-row a").click()
        page.set_input_files(f"#id_photos-{index}-image", photo(tmp_path, name, color))
        page.fill(f"#id_photos-{index}-caption", caption)
    save_and_continue(page)
    workshop = Workshop.objects.get(title_en="Upper North workshop with photos")
    assert workshop.publication == Workshop.Publication.DRAFT
    assert workshop.photos.count() == 2

    # Reopened, a caption edited, saved again: the step that was a 500.
    page.goto(base + reverse("admin:workshops_workshop_change", args=[workshop.pk]))
    page.fill("#id_photos-0-caption", "พิธีเปิดการประชุม")
    save_and_continue(page)
    assert workshop.photos.get(order=0, caption="พิธีเปิดการประชุม")

    # The second photo replaced by another file, then the workshop published.
    second = workshop.photos.get(caption="นิทรรศการ")
    old_name = second.image.name
    page.set_input_files("#id_photos-1-image", photo(tmp_path, "three.jpg", (20, 20, 200)))
    save_and_continue(page)
    second.refresh_from_db()
    assert second.image.name != old_name and second.rendition_source == second.image.name
    page.select_option("#id_publication", "published")
    screenshot(page, "admin-workshop-photos")
    save_and_continue(page)
    workshop.refresh_from_db()
    assert workshop.is_public
    public = client.get(workshop.get_absolute_url()).content.decode()
    assert "พิธีเปิดการประชุม" in public and second.list_url.split("/")[-1] in public

    # An article with one photo: draft, reopen, caption, save, replace, publish.
    page.goto(base + reverse("admin:news_article_add"))
    page.fill("#id_title", "ข่าวการประชุมภาคเหนือตอนบน")
    page.fill("#id_title_en", "Upper North news with a photo")
    page.locator(".richtext__editor").click()
    page.keyboard.type("ผู้เข้าร่วมประชุม 130 คน")
    page.locator("#photos-group .add-row a").click()
    page.set_input_files("#id_photos-0-image", photo(tmp_path, "cover.jpg", (240, 200, 0)))
    page.fill("#id_photos-0-caption", "ภาพปก")
    save_and_continue(page)
    article = Article.objects.get(title_en="Upper North news with a photo")
    assert article.status == Article.Status.DRAFT and article.photos.count() == 1

    page.goto(base + reverse("admin:news_article_change", args=[article.pk]))
    page.fill("#id_photos-0-caption", "ภาพปกข่าว")
    save_and_continue(page)
    page.set_input_files("#id_photos-0-image", photo(tmp_path, "cover2.jpg", (0, 120, 240)))
    save_and_continue(page)
    page.select_option("#id_status", "published")
    save_and_continue(page)
    article.refresh_from_db()
    cover = article.photos.get()
    assert article.is_public and cover.caption == "ภาพปกข่าว"
    assert cover.image.name.endswith(".jpg") and cover.rendition_source == cover.image.name
    public = client.get(article.get_absolute_url()).content.decode()
    assert "ภาพปกข่าว" in public and cover.detail_url in public
