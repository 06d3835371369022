"""/open-data/: the datasets with their catalogue metadata and licence; the DCAT-AP catalogue (JSON-LD)."""

import json

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from core.views import BreadcrumbMixin, ReadOnlyPageMixin
from opendata import dcat
from opendata.datasets import LICENCE_NAME, LICENCE_URL, PUBLISHER_EN, PUBLISHER_TH, datasets


class OpenDataView(ReadOnlyPageMixin, BreadcrumbMixin, TemplateView):
    """Each dataset: what it holds, publisher, contact, update frequency, last modified, coverage, licence, formats."""

    template_name = "opendata/index.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            datasets=datasets(),
            licence_name=LICENCE_NAME,
            licence_url=LICENCE_URL,
            publisher_th=PUBLISHER_TH,
            publisher_en=PUBLISHER_EN,
            contact_email=settings.OPEN_DATA_CONTACT_EMAIL,
        )
        return context

    def get_breadcrumbs(self):
        return [(_("Open data"), None)]


@require_safe
def catalogue(request):
    """The DCAT-AP catalogue as JSON-LD, for data.go.th's CKAN harvester."""
    origin = f"{request.scheme}://{request.get_host()}"
    document = dcat.catalogue(
        datasets(),
        origin=origin,
        page=reverse("opendata:index"),
        catalogue_url=origin + request.path,
        contact_url=origin + reverse("pages:contact"),
        email=settings.OPEN_DATA_CONTACT_EMAIL,
    )
    return HttpResponse(
        json.dumps(document, ensure_ascii=False, indent=1), content_type="application/ld+json; charset=utf-8"
    )
