"""Public workshop pages and calendar files."""

from django.db.models import Prefetch, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from django.views.generic import DetailView
from django_filters.views import FilterView

from core.pagination import CachedCountMixin
from core.views import BreadcrumbMixin, ReadOnlyPageMixin
from news.models import Article
from requests_app.models import Request
from workshops.calendar import workshops_ics
from workshops.filters import WorkshopFilter
from workshops.models import Activity, Handover, Participation, SuccessStory, Workshop, WorkshopPerson


class WorkshopListView(ReadOnlyPageMixin, CachedCountMixin, BreadcrumbMixin, FilterView):
    """Workshops, newest first, narrowed by fiscal year, region, cluster, province, agency or text."""

    template_name = "workshops/workshop_list.html"
    filterset_class = WorkshopFilter
    paginate_by = 20

    def get_queryset(self):
        return Workshop.objects.visible_to(self.request.user).select_related(
            "host_province", "target_cluster"
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop("page", None)
        context["query_string"] = query.urlencode()
        return context

    def get_breadcrumbs(self):
        return [(_("Workshops"), None)]


class WorkshopDetailView(ReadOnlyPageMixin, BreadcrumbMixin, DetailView):
    """One workshop: when and where, who took part, what was done, what the provinces asked for."""

    template_name = "workshops/workshop_detail.html"

    def get_queryset(self):
        return (
            Workshop.objects.visible_to(self.request.user)
            .select_related("host_province", "target_cluster", "organising_centre")
            .prefetch_related(
                "target_provinces",
                "target_clusters",
                "photos",
                "sessions",
                Prefetch("people", WorkshopPerson.objects.select_related("person")),
                Prefetch("handovers", Handover.objects.select_related("province", "agency")),
                Prefetch("success_stories", SuccessStory.objects.select_related("agency", "province")),
                Prefetch("participations", Participation.objects.select_related("agency")),
                Prefetch("activities", Activity.objects.select_related("agency")),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        workshop = self.object
        context["outcomes"] = (
            Request.objects.visible_to(self.request.user)
            .filter(workshop=workshop)
            .select_related("province", "category")
            .order_by("province__code", "pk")
        )
        context["articles"] = (
            Article.objects.published()
            .filter(
                Q(workshop=workshop)
                | Q(
                    pk__in=Article.reported_workshops.through.objects.filter(workshop=workshop).values(
                        "article_id"
                    )
                )
            )
            .order_by("-published_at")
        )
        return context

    def get_breadcrumbs(self):
        return [(_("Workshops"), reverse("workshops:workshop_list")), (self.object.localized_title, None)]


def _ics_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@require_safe
def workshop_ics(request, slug: str) -> HttpResponse:
    """One workshop as an iCalendar event."""
    workshop = get_object_or_404(
        Workshop.objects.visible_to(request.user).select_related("host_province"), slug=slug
    )
    content = workshops_ics(
        workshops=[workshop], build_url=request.build_absolute_uri, name=workshop.localized_title
    )
    return _ics_response(content, f"{workshop.slug}.ics")


@require_safe
def upcoming_ics(request) -> HttpResponse:
    """The workshops that have not ended yet, as a calendar people can subscribe to."""
    workshops = (
        Workshop.objects.visible_to(request.user)
        .filter(end_date__gte=timezone.localdate())
        .exclude(status=Workshop.Status.CANCELLED)
        .select_related("host_province")
        .order_by("start_date", "pk")
    )
    content = workshops_ics(
        workshops=workshops, build_url=request.build_absolute_uri, name=_gettext("MOST workshops")
    )
    return _ics_response(content, "most-workshops.ics")
