"""Public workshop pages."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from core.views import BreadcrumbMixin
from workshops.models import Workshop


class WorkshopListView(BreadcrumbMixin, ListView):
    """Workshops, newest first."""

    template_name = "workshops/workshop_list.html"
    paginate_by = 20

    def get_queryset(self):
        return Workshop.objects.visible_to(self.request.user).select_related(
            "host_province", "target_cluster"
        )

    def get_breadcrumbs(self):
        return [(_("Workshops"), None)]


class WorkshopDetailView(BreadcrumbMixin, DetailView):
    """One workshop."""

    template_name = "workshops/workshop_detail.html"

    def get_queryset(self):
        return Workshop.objects.visible_to(self.request.user).select_related(
            "host_province", "target_cluster", "organising_centre"
        )

    def get_breadcrumbs(self):
        return [(_("Workshops"), reverse("workshops:workshop_list")), (self.object.localized_title, None)]
