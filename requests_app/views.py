"""Public request pages."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from core.views import BreadcrumbMixin
from requests_app.models import Request


class RequestListView(BreadcrumbMixin, ListView):
    """Requests the user may see, newest first."""

    template_name = "requests_app/request_list.html"
    paginate_by = 25

    def get_queryset(self):
        return Request.objects.visible_to(self.request.user).select_related("province", "category")

    def get_breadcrumbs(self):
        return [(_("Requests"), None)]


class RequestDetailView(BreadcrumbMixin, DetailView):
    """One request with its agency assignments."""

    template_name = "requests_app/request_detail.html"
    slug_field = slug_url_kwarg = "reference"

    def get_queryset(self):
        return Request.objects.visible_to(self.request.user).select_related(
            "province", "category", "workshop"
        )

    def get_breadcrumbs(self):
        return [(_("Requests"), reverse("requests:request_list")), (self.object.reference, None)]
