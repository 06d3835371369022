"""Unmanaged models over the portal's tables: the peer reads the same rows, nothing more."""

from django.db import models


class Province(models.Model):  # noqa: DJ008 (never printed)
    name_th = models.CharField(max_length=100)
    name_en = models.CharField(max_length=100)

    class Meta:
        managed = False
        db_table = "provinces_province"


class Category(models.Model):  # noqa: DJ008 (never printed)
    code = models.SlugField()
    name_th = models.CharField(max_length=255)

    class Meta:
        managed = False
        db_table = "requests_app_category"


class Request(models.Model):  # noqa: DJ008 (never printed)
    reference = models.CharField(max_length=20, null=True)
    province = models.ForeignKey(Province, on_delete=models.DO_NOTHING)
    category = models.ForeignKey(Category, on_delete=models.DO_NOTHING)
    title = models.CharField(max_length=300)
    status = models.CharField(max_length=20)
    submitted_at = models.DateTimeField(null=True)

    class Meta:
        managed = False
        db_table = "requests_app_request"


class Article(models.Model):  # noqa: DJ008 (never printed)
    title = models.CharField(max_length=300)
    slug = models.SlugField()
    lead = models.TextField()
    body = models.TextField()
    writer = models.CharField(max_length=200)
    status = models.CharField(max_length=20)
    published_at = models.DateTimeField(null=True)

    class Meta:
        managed = False
        db_table = "news_article"
