"""The public plan page of a province: its STI plans (and its clusters') by fiscal year."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from core.views import BreadcrumbMixin, ReadOnlyPageMixin
from plans.models import Plan, Project
from plans.services import plan_totals
from provinces.models import Province
from requests_app.models import Assignment, Request


class ProvincePlansView(ReadOnlyPageMixin, BreadcrumbMixin, TemplateView):
    """Every plan of a province and of the clusters it belongs to, planned against delivered."""

    template_name = "plans/province_plans.html"

    def get_breadcrumbs(self):
        return [
            (_("Provinces"), reverse("provinces:province_list")),
            (self.province.name, self.province.get_absolute_url()),
            (_("STI plans"), None),
        ]

    def get_context_data(self, **kwargs):
        self.province = get_object_or_404(Province, slug=self.kwargs["slug"])
        context = super().get_context_data(**kwargs)
        user = self.request.user
        visible = Request.objects.visible_to(user)
        projects = Project.objects.select_related("lead").prefetch_related(
            Prefetch(
                "requests",
                queryset=visible.select_related("province").only(
                    "reference", "title", "status", "province__name_th", "province__name_en", "province__slug"
                ),
            ),
            Prefetch(
                "assignments",
                queryset=Assignment.objects.filter(request__in=visible).select_related(
                    "deliverer", "request"
                ),
            ),
        )
        plans = list(
            Plan.objects.visible_to(user)
            .for_province(self.province)
            .select_related("province", "cluster")
            .prefetch_related(Prefetch("projects", queryset=projects))
        )
        context.update(
            province=self.province,
            # An assignment's cost is private (as in the API): only staff see what was spent.
            show_cost=user.is_authenticated and (user.is_superuser or getattr(user, "role", "") == "staff"),
            plans=[(plan, plan_totals(plan)) for plan in plans],
        )
        return context
