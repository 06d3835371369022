"""Photos with captions and credits, checked on upload and stored with resized renditions.

Shared by news articles (cover and gallery) and workshops. An upload must be a real JPEG, PNG,
WebP or GIF within :data:`MAX_UPLOAD_BYTES` and :data:`MAX_DIMENSION`; on save two JPEG
renditions are written next to it — one for lists, one for detail pages — so pages never send
the camera original.
"""

import io
import uuid
from contextlib import contextmanager
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

from core.models import localized

MAX_UPLOAD_BYTES = 8 * 1024 * 1024
MAX_DIMENSION = 10_000
ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
RENDITIONS = {"image_list": 640, "image_detail": 1280}  # field -> longest side in pixels


def photo_upload_to(instance, filename: str) -> str:
    """A random name under the app's folder: originals never clash and never reveal file names."""
    suffix = PurePosixPath(filename).suffix.lower()[:6] or ".jpg"
    return f"{instance._meta.app_label}/photos/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{suffix}"


def rendition_upload_to(instance, filename: str) -> str:
    return f"{instance._meta.app_label}/renditions/{timezone.now():%Y/%m}/{filename}"


def validate_photo(file) -> None:
    """Refuse anything that is not a real image of a sensible size.

    Only a new upload is read. A photo already in storage was checked when it was uploaded, and
    its handle belongs to the model field, which opens and closes it for its own reasons (Django
    reads an image's dimensions each time the field is assigned, and closes the file after):
    re-saving a record with photos must neither fetch every original back from storage nor
    depend on that handle still being open.
    """
    if getattr(file, "_committed", False):
        return
    if file.size is not None and file.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The photo is %(size)s; the limit is %(limit)s."),
            code="too_large",
            params={"size": filesizeformat(file.size), "limit": filesizeformat(MAX_UPLOAD_BYTES)},
        )
    with _reading(file) as readable:
        try:
            with Image.open(readable) as image:
                image_format, (width, height) = image.format, image.size
                if width > MAX_DIMENSION or height > MAX_DIMENSION:
                    raise ValidationError(
                        _("The photo is %(width)s × %(height)s pixels; at most %(limit)s on each side."),
                        code="too_big",
                        params={"width": width, "height": height, "limit": MAX_DIMENSION},
                    )
                image.verify()
        except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError) as error:
            raise ValidationError(
                _("Upload a real photo (JPEG, PNG, WebP or GIF)."), code="invalid"
            ) from error
    if image_format not in ALLOWED_FORMATS:
        raise ValidationError(_("Upload a real photo (JPEG, PNG, WebP or GIF)."), code="invalid")


@contextmanager
def _reading(file):
    """``file`` open and at its start for the block, then left as it was found.

    A file someone else closed is opened again for the block and closed after; an open one is
    rewound, so the storage that saves it next reads it whole.
    """
    was_closed = bool(getattr(file, "closed", False))
    if was_closed:
        file.open("rb")
    try:
        file.seek(0)
        yield file
    finally:
        if was_closed:
            file.close()
        else:
            file.seek(0)


def render_jpeg(source, longest_side: int) -> bytes:
    """``source`` turned upright, shrunk to ``longest_side`` and encoded as a web JPEG."""
    source.seek(0)
    with Image.open(source) as image:
        image = ImageOps.exif_transpose(image)
        image.thumbnail((longest_side, longest_side), Image.Resampling.LANCZOS)
        if image.mode not in ("RGB", "L"):
            background = Image.new("RGB", image.size, "white")
            rgba = image.convert("RGBA")
            background.paste(rgba, mask=rgba.getchannel("A"))
            image = background
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=82, optimize=True, progressive=True)
    return buffer.getvalue()


class Photo(models.Model):
    """A photo with its caption and credit, and the renditions made from it."""

    image = models.ImageField(
        _("photo"),
        upload_to=photo_upload_to,
        validators=[validate_photo],
        width_field="width",
        height_field="height",
        help_text=_("JPEG, PNG, WebP or GIF, up to 8 MB."),
    )
    width = models.PositiveIntegerField(_("width"), null=True, blank=True, editable=False)
    height = models.PositiveIntegerField(_("height"), null=True, blank=True, editable=False)
    image_list = models.ImageField(
        _("list rendition"), upload_to=rendition_upload_to, blank=True, editable=False
    )
    image_detail = models.ImageField(
        _("detail rendition"), upload_to=rendition_upload_to, blank=True, editable=False
    )
    rendition_source = models.CharField(max_length=255, blank=True, editable=False)
    caption = models.CharField(_("caption (Thai)"), max_length=300, blank=True)
    caption_en = models.CharField(_("caption (English)"), max_length=300, blank=True)
    credit = models.CharField(_("credit"), max_length=200, blank=True, help_text=_("Photographer or source."))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        abstract = True
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.localized_caption or PurePosixPath(self.image.name or "").name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if self.image and self.rendition_source != self.image.name:
            self.make_renditions()

    @property
    def localized_caption(self) -> str:
        return localized(self.caption, self.caption_en)

    @property
    def list_url(self) -> str:
        return (self.image_list or self.image).url

    @property
    def detail_url(self) -> str:
        return (self.image_detail or self.image).url

    def make_renditions(self) -> None:
        """Write the list and detail renditions of the current image."""
        stem = PurePosixPath(self.image.name).stem
        # A handle of our own on the stored copy: closing the field's handle here would close
        # the uploaded file the request still holds (and the admin reads after saving).
        with self.image.storage.open(self.image.name, "rb") as source:
            for field, size in RENDITIONS.items():
                getattr(self, field).save(
                    f"{stem}-{size}.jpg", ContentFile(render_jpeg(source, size)), save=False
                )
        self.rendition_source = self.image.name
        type(self).objects.filter(pk=self.pk).update(
            image_list=self.image_list.name,
            image_detail=self.image_detail.name,
            rendition_source=self.rendition_source,
        )
