"""Staff record a workshop with two outcomes and a news article in the admin; the public reads them."""

import re

import pytest
from playwright.sync_api import expect

from news.models import Article
from requests_app.models import Request
from tests.browser.conftest import screenshot
from workshops.models import Workshop

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

WORKSHOP_TITLE = "การบูรณาการเพื่อนำวิทยาศาสตร์ เทคโนโลยี และนวัตกรรม สู่ภาคเหนือ"
WORKSHOP_TITLE_EN = "Bringing science, technology and innovation to the North"
ARTICLE_TITLE = "ก.วิทย์ฯ ประชุมบูรณาการ วทน. สู่ภาคเหนือ ที่เชียงใหม่"
ARTICLE_TITLE_EN = "MOST brings STI to the North at a Chiang Mai workshop"


def pick(page, select_id: str, search: str, option: str) -> None:
    """Choose ``option`` in the admin's autocomplete (select2) for ``select_id``."""
    page.locator(f"#{select_id} + .select2 .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill(search)
    page.locator(".select2-results__option", has_text=option).first.click()


def test_staff_publish_a_workshop_and_its_news_and_the_public_reads_them(page, phone_page, staff):
    base = page.base_url
    page.goto(base + "/admin/login/")
    page.fill("#id_username", "staff")
    page.fill("#id_password", "pass-12345")
    page.locator("input[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))

    # The workshop, in one screen, with Thai (B.E.) dates and two outcomes.
    page.goto(base + "/admin/workshops/workshop/add/")
    page.fill("#id_title", WORKSHOP_TITLE)
    page.fill("#id_title_en", WORKSHOP_TITLE_EN)
    page.select_option("#id_status", "held")
    page.select_option("#id_publication", "published")  # a new workshop starts as a draft
    page.fill("#id_start_date", "1/11/2556")
    page.fill("#id_end_date", "1/11/2556")
    page.fill("#id_venue", "โรงแรมดิเอ็มเพรส")
    pick(page, "id_host_province", "เชียงใหม่", "เชียงใหม่")
    pick(page, "id_target_cluster", "north-upper-1", "ภาคเหนือตอนบน 1")
    pick(page, "id_target_provinces", "เชียงใหม่", "เชียงใหม่")
    pick(page, "id_target_provinces", "ลำพูน", "ลำพูน")
    page.fill("#id_chair", "ดร.พีรพันธุ์ พาลุสุข")
    page.fill("#id_participant_count", "130")
    outcomes = [("เชียงใหม่", "Food Valley ความปลอดภัยด้านอาหาร"), ("ลำพูน", "เพิ่มประสิทธิภาพการผลิตลำไย")]
    for index, (province, title) in enumerate(outcomes):
        page.locator("#requests-group .add-row a").click()
        pick(page, f"id_requests-{index}-province", province, province)
        page.select_option(f"#id_requests-{index}-category", index=1)
        page.fill(f"#id_requests-{index}-title", title)
    screenshot(page, "admin-workshop-form")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()

    workshop = Workshop.objects.get(title_en=WORKSHOP_TITLE_EN)
    assert (
        workshop.slug == "bringing-science-technology-and-innovation-to-the-north"
    )  # from the English title
    assert workshop.start_date.isoformat() == "2013-11-01"
    assert set(Request.objects.filter(workshop=workshop).values_list("source", flat=True)) == {"workshop"}
    assert Request.objects.filter(workshop=workshop).count() == 2

    # The news article: rich text typed in the editor, linked to the workshop, published.
    page.goto(base + "/admin/news/article/add/")
    page.fill("#id_title", ARTICLE_TITLE)
    page.fill("#id_title_en", ARTICLE_TITLE_EN)
    page.fill("#id_lead", "รัฐมนตรีว่าการกระทรวงวิทยาศาสตร์และเทคโนโลยีเป็นประธานการประชุม")
    editor = page.locator(".richtext__editor")
    editor.click()
    page.keyboard.type("ผู้เข้าร่วมประชุมกว่า 130 คน จาก 8 จังหวัดภาคเหนือตอนบน")
    page.locator(".richtext__toolbar button[data-command=bold]").click()
    page.keyboard.type(" ตัวหนา")
    pick(page, "id_workshop", "ภาคเหนือ", WORKSHOP_TITLE[:20])
    page.fill("#id_writer", "นางสาวตัวอย่าง ข่าวดี")
    page.select_option("#id_status", "published")
    screenshot(page, "admin-article-form")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    article = Article.objects.get(title_en=ARTICLE_TITLE_EN)
    assert article.is_public and "<b>" in article.body and "130" in article.body

    # The public: Thai at /, English under /en/, on a desktop and on a phone.
    page.context.clear_cookies()
    page.goto(base + "/news/")
    expect(page.get_by_role("link", name=ARTICLE_TITLE)).to_be_visible()
    screenshot(page, "news-list-th-desktop")
    page.get_by_role("link", name=ARTICLE_TITLE).click()
    expect(page.locator("h1")).to_have_text(ARTICLE_TITLE)
    expect(page.locator(".article-body b")).to_contain_text("ตัวหนา")
    expect(page.locator(".credits")).to_contain_text("นางสาวตัวอย่าง ข่าวดี")
    screenshot(page, "article-th-desktop")
    page.get_by_role("link", name=WORKSHOP_TITLE).click()
    expect(page.locator("h1")).to_have_text(WORKSHOP_TITLE)
    expect(page.locator(".outcomes")).to_contain_text("Food Valley")
    expect(page.locator(".outcomes")).to_contain_text("เพิ่มประสิทธิภาพการผลิตลำไย")
    expect(page.locator(".facts")).to_contain_text("1 พฤศจิกายน 2556")
    screenshot(page, "workshop-th-desktop")

    page.goto(base + f"/en/news/{article.slug}/")
    expect(page.locator("h1")).to_have_text(ARTICLE_TITLE_EN)
    screenshot(page, "article-en-desktop")
    page.goto(base + f"/en/workshops/{workshop.slug}/")
    expect(page.locator("h1")).to_have_text(WORKSHOP_TITLE_EN)
    expect(page.locator(".facts")).to_contain_text("1 November 2013")
    expect(page.locator(".outcomes")).to_contain_text("Chiang Mai")
    screenshot(page, "workshop-en-desktop")
    page.goto(base + "/en/workshops/?fiscal_year=2557")
    expect(page.get_by_role("link", name=WORKSHOP_TITLE_EN)).to_be_visible()
    screenshot(page, "workshop-list-en-desktop")

    for path, name in [
        ("/news/", "news-list-th-phone"),
        (f"/news/{article.slug}/", "article-th-phone"),
        (f"/en/news/{article.slug}/", "article-en-phone"),
        (f"/workshops/{workshop.slug}/", "workshop-th-phone"),
        ("/en/workshops/", "workshop-list-en-phone"),
    ]:
        phone_page.goto(phone_page.base_url + path)
        assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390, path
        screenshot(phone_page, name)
    phone_page.goto(phone_page.base_url + f"/news/{article.slug}/print/")
    screenshot(phone_page, "article-print-th-phone")
