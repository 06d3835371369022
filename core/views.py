"""The home page and view helpers shared by the apps."""

from django.db.models import Count, Q
from django.utils import timezone
from django.views.generic import TemplateView

from agencies.models import Agency
from news.models import Article
from provinces.models import Province
from requests_app.models import Request
from workshops.models import Workshop


class BreadcrumbMixin:
    """Puts ``breadcrumbs`` — a list of (label, url) after "Home" — into the context."""

    def get_breadcrumbs(self) -> list[tuple[str, str | None]]:
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["breadcrumbs"] = self.get_breadcrumbs()
        return context


class HomeView(TemplateView):
    """Latest news, upcoming and recent workshops, and the programme's key figures."""

    template_name = "home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        user = self.request.user
        workshops = Workshop.objects.visible_to(user).select_related("host_province", "target_cluster")
        requests = Request.objects.visible_to(user)
        context.update(
            latest_news=Article.objects.published().select_related("workshop")[:4],
            upcoming_workshops=workshops.filter(end_date__gte=today)
            .exclude(status=Workshop.Status.CANCELLED)
            .order_by("start_date")[:3],
            recent_workshops=workshops.filter(end_date__lt=today)[:4],
            figures=requests.aggregate(
                requests=Count("pk"),
                delivered=Count("pk", filter=Q(status=Request.Status.DELIVERED)),
            )
            | {
                "workshops": workshops.count(),
                "provinces": Province.objects.count(),
                "agencies": Agency.objects.count(),
            },
        )
        return context
