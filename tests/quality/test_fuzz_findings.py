"""What the fuzzing found, pinned: each of these once ended in a server error."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from requests_app.models import Attachment, Category, Request

pytestmark = pytest.mark.django_db


def test_a_long_thai_file_name_is_attached_under_its_whole_name(client, pcso):
    """250 Thai letters are 750 bytes: too long for a file name on disk ("File name too long", a 500)."""
    call_command("load_demo", verbosity=0)
    client.force_login(pcso)
    name = "บันทึกแนวคิดโครงการ" * 13 + ".pdf"
    response = client.post(
        "/en/requests/new/",
        {
            "category": Category.objects.first().pk,
            "title": "เครื่องอบแห้งลำไย",
            "description": "โรงอบของชุมชน",
            "action": "submit",
            "attachments": [SimpleUploadedFile(name, b"%PDF-1.4\n", content_type="application/pdf")],
        },
    )
    assert response.status_code == 302
    attachment = Attachment.objects.get(request=Request.objects.get(filed_by=pcso))
    assert attachment.original_name == name
    assert attachment.file.name.endswith(".pdf")
    download = client.get(f"/en/requests/{attachment.request.reference}/attachments/{attachment.pk}/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == b"%PDF-1.4\n"


@pytest.mark.parametrize("value", ["²", "๑", "99999999999999999999999", "9" * 5000])
def test_the_desk_refuses_a_request_number_that_is_no_number(client, coordinator, value):
    """A "²" is a digit to Python but not to the database; 24 digits overflow SQLite (both were 500s)."""
    call_command("load_demo", verbosity=0)
    client.force_login(coordinator)
    response = client.post("/en/desk/assign/", {"requests": [value], "deliverer": "1", "mechanism": "1"})
    assert response.status_code == 404
