"""Attachments are checked by what they contain, not only by their name (issue 12 item 7).

An HTML page, an SVG or a PDF/HTML polyglot renamed ``.pdf`` was accepted by its extension alone.
Each allowed extension has a signature its content must carry; office files are ZIP archives
whose entries must be those of their format. A PDF whose first bytes also hold HTML or script
(what a browser would sniff) is refused.
"""

import zipfile

SNIFF_BYTES = 2048
_MARKUP = (b"<html", b"<!doctype html", b"<script", b"<svg", b"<body", b"<iframe")


def _head(upload) -> bytes:
    upload.seek(0)
    head = upload.read(SNIFF_BYTES)
    upload.seek(0)
    return head


def _zip_names(upload) -> list[str]:
    try:
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return []
    finally:
        upload.seek(0)


def content_matches(upload, extension: str) -> bool:
    """True when the file's content is what its extension says (one of the allowed types)."""
    head = _head(upload)
    if extension == "pdf":
        return head.startswith(b"%PDF-") and not any(marker in head.lower() for marker in _MARKUP)
    if extension in ("jpg", "jpeg"):
        return head.startswith(b"\xff\xd8\xff")
    if extension == "png":
        return head.startswith(b"\x89PNG\r\n\x1a\n")
    if extension in ("docx", "xlsx", "odt"):
        if not head.startswith(b"PK\x03\x04"):
            return False
        names = _zip_names(upload)
        if extension == "docx":
            return "[Content_Types].xml" in names and any(n.startswith("word/") for n in names)
        if extension == "xlsx":
            return "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names)
        return bool(names) and names[0] == "mimetype" and b"opendocument.text" in head[:200]
    return False
