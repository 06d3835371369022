"""Django's own words that Thai pages must not show: the "---------" empty option.

Django writes "---------" as the empty choice of every drop-down (``BLANK_CHOICE_DASH`` for model
fields with choices, ``ModelChoiceField``'s ``empty_label`` for foreign keys): code-like, and read
aloud as "dash dash dash". :func:`install` makes it "— เลือก —" / "— choose —" in the page's
language. It runs before the admin builds its forms (``PortalAdminConfig.ready``, the first app):
a form class takes its empty label when it is defined. Filters say "All provinces" etc. themselves.
"""

from django.db.models import fields
from django.forms import models as form_models
from django.utils.translation import gettext_lazy as _

EMPTY_CHOICE = _("— choose —")


def install() -> None:
    # The list object itself is the default argument of Field.get_choices and formfield: change it in place.
    fields.BLANK_CHOICE_DASH[:] = [("", EMPTY_CHOICE)]
    form_models.ModelChoiceField.__init__.__kwdefaults__["empty_label"] = EMPTY_CHOICE
