"""Uploads are real images within the limits; lists and pages get resized renditions."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from news.models import Article, ArticlePhoto
from news.photos import MAX_UPLOAD_BYTES
from tests.factories import ArticleFactory
from tests.news.helpers import image_upload

pytestmark = pytest.mark.django_db


def test_renditions_are_written_on_save_and_keep_the_aspect_ratio():
    article = ArticleFactory()
    photo = ArticlePhoto.objects.create(article=article, image=image_upload(size=(3000, 2000)), caption="ภาพ")
    photo.refresh_from_db()
    assert (photo.width, photo.height) == (3000, 2000)
    with Image.open(photo.image_list.path) as listed, Image.open(photo.image_detail.path) as detailed:
        assert listed.size == (640, 427) and listed.format == "JPEG"
        assert detailed.size == (1280, 853)
    assert photo.list_url != photo.image.url


def test_a_png_with_transparency_becomes_a_jpeg_rendition():
    article = ArticleFactory()
    photo = ArticlePhoto.objects.create(
        article=article, image=image_upload("logo.png", size=(800, 800), fmt="PNG")
    )
    with Image.open(photo.image_detail.path) as detailed:
        assert detailed.mode == "RGB"


def test_a_file_that_is_not_an_image_is_refused():
    fake = SimpleUploadedFile("photo.jpg", b"<?php echo 'hello'; ?>", content_type="image/jpeg")
    photo = ArticlePhoto(article=ArticleFactory(), image=fake)
    with pytest.raises(ValidationError) as error:
        photo.full_clean()
    assert "image" in error.value.message_dict


def test_a_photo_over_the_size_limit_is_refused():
    big = SimpleUploadedFile(
        "big.jpg", image_upload().read() + b"\0" * MAX_UPLOAD_BYTES, content_type="image/jpeg"
    )
    photo = ArticlePhoto(article=ArticleFactory(), image=big)
    with pytest.raises(ValidationError) as error:
        photo.full_clean()
    assert any("8.0" in message or "8 " in message for message in error.value.message_dict["image"])


def test_staff_upload_a_cover_and_a_gallery_in_the_admin_and_the_page_shows_them(client_for, staff, client):
    admin = client_for(staff)
    data = {
        "title": "ข่าวพร้อมภาพ",
        "title_en": "News with photos",
        "slug": "with-photos",
        "lead": "สรุป",
        "body": "<p>เนื้อข่าว</p>",
        "workshop": "",
        "writer": "",
        "photographers": "",
        "pr_contact": "",
        "status": "published",
        "published_at_0": "",
        "published_at_1": "",
        "photos-TOTAL_FORMS": "3",
        "photos-INITIAL_FORMS": "0",
        "photos-MIN_NUM_FORMS": "0",
        "photos-MAX_NUM_FORMS": "1000",
        "photos-0-image": image_upload("cover.jpg"),
        "photos-0-is_cover": "on",
        "photos-0-caption": "ภาพปก",
        "photos-0-credit": "นายภาพ",
        "photos-0-order": "0",
        "photos-1-image": image_upload("two.jpg"),
        "photos-1-caption": "ภาพที่สอง",
        "photos-1-order": "1",
        "photos-2-image": SimpleUploadedFile("bad.jpg", b"not an image", content_type="image/jpeg"),
        "photos-2-order": "2",
    }
    response = admin.post(reverse("admin:news_article_add"), data)
    assert response.status_code == 200  # the bad upload stops the whole save
    assert not Article.objects.exists()
    data["photos-TOTAL_FORMS"] = "2"
    data["photos-0-image"], data["photos-1-image"] = image_upload("cover.jpg"), image_upload("two.jpg")
    response = admin.post(reverse("admin:news_article_add"), data)
    assert response.status_code == 302, (
        response.context["adminform"].form.errors,
        [f.errors for f in response.context["inline_admin_formsets"][0].formset.forms],
    )
    article = Article.objects.get(slug="with-photos")
    assert article.author == staff
    assert article.is_public and article.published_at <= timezone.now()  # empty time = now
    page = client.get("/news/with-photos/").content.decode()
    cover = article.photos.get(is_cover=True)
    assert f'content="http://testserver{cover.detail_url}"' in page  # og:image
    assert "ภาพปก" in page and "นายภาพ" in page and "ภาพที่สอง" in page
    assert cover.list_url in client.get("/news/").content.decode()


def test_a_be_publish_time_schedules_the_article(client_for, staff, client):
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    data = {
        "title": "ข่าวตั้งเวลา",
        "slug": "later",
        "lead": "",
        "body": "<p>x</p>",
        "workshop": "",
        "writer": "",
        "photographers": "",
        "pr_contact": "",
        "status": "published",
        "published_at_0": f"{tomorrow.day}/{tomorrow.month}/{tomorrow.year + 543}",
        "published_at_1": "09:30",
        "photos-TOTAL_FORMS": "0",
        "photos-INITIAL_FORMS": "0",
        "photos-MIN_NUM_FORMS": "0",
        "photos-MAX_NUM_FORMS": "1000",
    }
    assert client_for(staff).post(reverse("admin:news_article_add"), data).status_code == 302
    article = Article.objects.get(slug="later")
    assert timezone.localtime(article.published_at).date() == tomorrow
    assert article.is_scheduled
    client.logout()
    assert client.get("/news/later/").status_code == 404
