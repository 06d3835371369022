"""The access log: a row for every export, attachment download and admin view of people; never changed."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from privacy.models import AccessLog
from provinces.models import PCSO, Province
from requests_app import services
from requests_app.models import Category
from tests.factories import RequestFactory

pytestmark = pytest.mark.django_db


def test_an_export_and_an_attachment_download_each_add_a_row(client, pcso, coordinator, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    RequestFactory.create_batch(3)
    client.force_login(coordinator)
    response = client.get("/desk/export/csv/?status=under_review", REMOTE_ADDR="10.1.2.3")
    assert response.status_code == 200
    entry = AccessLog.objects.get()
    assert entry.user == coordinator and entry.kind == "export" and entry.ip_address == "10.1.2.3"
    assert entry.path == "/desk/export/csv/" and entry.filters == "status=under_review" and entry.rows == 3

    client.logout()
    client.get("/requests/export/xlsx/")
    assert AccessLog.objects.filter(kind="export", user=None, target="requests.xlsx", rows=3).exists()

    request = services.request_create(
        actor=pcso,
        category=Category.objects.get(number=1),
        title="โจทย์พร้อมไฟล์",
        description="แผนงานแนบมาพร้อมนี้",
        files=[SimpleUploadedFile("แผนงาน.pdf", b"%PDF-1.4 test", content_type="application/pdf")],
    )
    attachment = request.attachments.get()
    client.force_login(pcso)
    response = client.get(reverse("requests:attachment", args=[request.reference, attachment.pk]))
    assert response.status_code == 200
    entry = AccessLog.objects.filter(kind="attachment").get()
    assert entry.user == pcso and entry.rows == 1 and "แผนงาน.pdf" in entry.target


def test_the_log_refuses_change_in_the_model_and_in_the_database(client, coordinator):
    client.force_login(coordinator)
    client.get("/desk/export/csv/")
    entry = AccessLog.objects.get()
    entry.rows = 0
    with pytest.raises(ValidationError):
        entry.save()
    with pytest.raises(ValidationError):
        entry.delete()
    with pytest.raises(DatabaseError), transaction.atomic():
        AccessLog.objects.filter(pk=entry.pk).update(rows=0)
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE privacy_accesslog SET path = %s", ["/forged/"])
    if connection.vendor == "postgresql":  # a fresh entry cannot be deleted either
        with pytest.raises(DatabaseError), transaction.atomic():
            AccessLog.objects.filter(pk=entry.pk).delete()
    entry.refresh_from_db()
    assert entry.path == "/desk/export/csv/"


def test_admin_views_of_users_and_pcsos_are_logged_and_the_log_is_read_only(admin_client, superuser):
    PCSO.objects.create(
        province=Province.objects.get(code="50"), name="นายทดสอบ ระบบ", term_start="2013-01-01"
    )
    admin_client.get(reverse("admin:accounts_user_changelist") + "?role=pcso")
    admin_client.get(reverse("admin:provinces_pcso_changelist"))
    admin_client.get(reverse("admin:accounts_user_change", args=[superuser.pk]))
    entries = list(AccessLog.objects.order_by("pk"))
    assert [e.kind for e in entries] == ["admin_view"] * 3
    assert entries[0].filters == "role=pcso" and entries[0].target == "accounts.user: list"
    assert entries[1].rows == 1 and entries[2].target == f"accounts.user: {superuser.pk}"
    listing = admin_client.get(reverse("admin:privacy_accesslog_changelist"))
    assert listing.status_code == 200
    assert admin_client.get(reverse("admin:privacy_accesslog_add")).status_code == 403
    change = admin_client.post(reverse("admin:privacy_accesslog_change", args=[entries[0].pk]), {"rows": 0})
    assert change.status_code == 403
    assert (
        admin_client.post(
            reverse("admin:privacy_accesslog_delete", args=[entries[0].pk]), {"post": "yes"}
        ).status_code
        == 403
    )
    assert AccessLog.objects.filter(pk=entries[0].pk, rows=entries[0].rows).exists()


def test_ministry_staff_read_the_log_and_the_register_but_never_change_the_log(client, staff, coordinator):
    client.get("/requests/export/csv/")
    entry = AccessLog.objects.get()
    client.force_login(staff)
    assert client.get(reverse("admin:privacy_accesslog_changelist")).status_code == 200
    assert client.get(reverse("admin:privacy_accesslog_change", args=[entry.pk])).status_code == 200
    assert client.post(reverse("admin:privacy_accesslog_change", args=[entry.pk]), {}).status_code == 403
    assert client.get(reverse("admin:privacy_rightsrequest_add")).status_code == 200
    assert client.get(reverse("admin:pages_page_changelist")).status_code == 200
    client.force_login(coordinator)  # not staff: no admin at all
    assert client.get(reverse("admin:privacy_accesslog_changelist")).status_code == 302
