"""Directory pages: the ministry's agencies and their mechanisms."""

from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from agencies.models import Agency, Mechanism
from core.views import BreadcrumbMixin, ReadOnlyPageMixin
from workshops.models import Workshop


class AgencyListView(ReadOnlyPageMixin, BreadcrumbMixin, ListView):
    """The 16 agencies with the mechanisms they offer."""

    template_name = "agencies/agency_list.html"
    queryset = Agency.objects.prefetch_related(
        Prefetch("mechanisms", queryset=Mechanism.objects.active(), to_attr="active_mechanisms")
    )

    def get_breadcrumbs(self):
        return [(_("Agencies"), None)]


class AgencyDetailView(ReadOnlyPageMixin, BreadcrumbMixin, DetailView):
    """An agency: its mechanisms and the workshops it took part in."""

    template_name = "agencies/agency_detail.html"
    queryset = Agency.objects.all()

    def get_breadcrumbs(self):
        return [(_("Agencies"), reverse("agencies:agency_list")), (self.object.code, None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            mechanisms=self.object.mechanisms.active(),
            workshops=Workshop.objects.visible_to(self.request.user)
            .filter(participations__agency=self.object)
            .distinct()
            .select_related("host_province")[:20],
        )
        return context
