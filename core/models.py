"""Building blocks shared by the portal's models."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


def localized(thai: str, english: str) -> str:
    """The English text on English pages when there is one, otherwise the Thai."""
    if english and (get_language() or "th").startswith("en"):
        return english
    return thai


class BilingualName:
    """Gives ``name`` from ``name_th``/``name_en`` in the active language."""

    @property
    def name(self) -> str:
        return localized(self.name_th, self.name_en)


class TimeStampedModel(models.Model):
    """Adds creation and modification times."""

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True
