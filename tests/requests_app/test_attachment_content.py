"""Attachments are checked by content, not by name alone (issue 12 item 7)."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from requests_app.file_types import content_matches
from requests_app.forms import RequestForm
from requests_app.models import Attachment


def office(names: list[str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "application/vnd.oasis.opendocument.text" if name == "mimetype" else "x")
    return buffer.getvalue()


GOOD = {
    "pdf": b"%PDF-1.7\n1 0 obj\n",
    "jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF",
    "jpeg": b"\xff\xd8\xff\xe1",
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "docx": office(["[Content_Types].xml", "word/document.xml"]),
    "xlsx": office(["[Content_Types].xml", "xl/workbook.xml"]),
    "odt": office(["mimetype", "content.xml"]),
}
BAD = [
    ("page.pdf", b"<!DOCTYPE html><html><script>alert(1)</script></html>"),
    ("drawing.pdf", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    ("polyglot.pdf", b"%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>"),
    ("photo.png", b"<html></html>"),
    ("photo.jpg", b"GIF89a"),
    ("report.docx", office(["[Content_Types].xml", "xl/workbook.xml"])),
    ("sheet.xlsx", b"PK\x03\x04 not really a zip"),
    ("text.odt", office(["content.xml"])),
]


def test_every_allowed_type_has_a_content_check_and_a_sample():
    assert sorted(GOOD) == sorted(Attachment.ALLOWED_EXTENSIONS)


@pytest.mark.parametrize("extension", sorted(GOOD))
def test_real_files_are_accepted(extension):
    assert content_matches(SimpleUploadedFile(f"a.{extension}", GOOD[extension]), extension)


@pytest.mark.parametrize(("name", "content"), BAD)
def test_files_whose_content_is_not_their_name_are_refused(name, content):
    assert not content_matches(SimpleUploadedFile(name, content), name.rsplit(".", 1)[1])


def test_the_help_text_lists_exactly_the_checked_types():
    help_text = str(RequestForm.base_fields["attachments"].help_text)
    for extension in Attachment.ALLOWED_EXTENSIONS:
        assert f".{extension}" in help_text


@pytest.mark.django_db
def test_the_request_form_refuses_a_disguised_page_in_thai(client, pcso):
    from requests_app.models import Category

    client.force_login(pcso)
    data = {
        "category": Category.objects.get(number=1).pk,
        "title": "ขอรับการสนับสนุน",
        "description": "รายละเอียด",
        "attachments": SimpleUploadedFile("แผน.pdf", BAD[2][1], content_type="application/pdf"),
    }
    response = client.post("/requests/new/", data)
    assert response.status_code == 200
    assert "แผน.pdf" in response.content.decode()
