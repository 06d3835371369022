"""The matching desk: assign agencies (one request or several), the agencies' progress, exports."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import FormView
from django_filters.views import FilterView

from core.views import BreadcrumbMixin, next_url, refusal
from requests_app import services
from requests_app.filters import TRIAGE, DeskFilter
from requests_app.forms import (
    AssignmentForm,
    AssignmentStatusForm,
    BulkAssignForm,
)
from requests_app.models import Assignment, Request
from requests_app.views.common import RoleRequiredMixin, _desk_queryset, _is_pk
from requests_app.views.public import RequestExportView

S = Request.Status


# --- Matching ---------------------------------------------------------------------------------------


class AssignView(RoleRequiredMixin, BreadcrumbMixin, FormView):
    """Assign an agency mechanism to one request."""

    roles = (services.COORDINATOR, services.STAFF)
    form_class = AssignmentForm
    template_name = "requests_app/assignment_form.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.object = get_object_or_404(
                Request.objects.visible_to(request.user).select_related("province", "category"),
                reference=kwargs["reference"],
            )
            if not services.is_desk_user(request.user, self.object):
                raise PermissionDenied(_("This province is outside your regional centre."))
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["object"] = self.object
        context["assignments"] = self.object.assignments.select_related("agency", "mechanism")
        return context

    def form_valid(self, form):
        data = form.cleaned_data
        with refusal() as refused:
            services.assignment_create(
                request=self.object,
                actor=self.request.user,
                agency=data["agency"],
                mechanism=data["mechanism"],
                due_date=data["due_date"],
                note=data["note"],
                response=data["response"],
            )
        if refused:
            form.add_error(None, refused.reason)
            return self.form_invalid(form)
        messages.success(self.request, _("%(agency)s is assigned.") % {"agency": data["agency"].name})
        if self.request.POST.get("action") == "another":
            return redirect("requests:assign", reference=self.object.reference)
        return redirect(self.object)

    def get_breadcrumbs(self):
        return [
            (gettext_lazy("Matching desk"), reverse("requests:desk")),
            (self.object.reference, self.object.get_absolute_url()),
            (gettext_lazy("Assign"), None),
        ]


class AssignmentStatusView(LoginRequiredMixin, View):
    """The agency's focal point (or staff) reports progress on an assignment (POST only)."""

    http_method_names = ["post"]

    def post(self, request, pk: int):
        assignment = get_object_or_404(
            Assignment.objects.filter(request__in=Request.objects.visible_to(request.user)).select_related(
                "request__province", "agency"
            ),
            pk=pk,
        )
        if not services.can_update_assignment(request.user, assignment):
            raise PermissionDenied(_("Only the assigned agency's focal point updates this assignment."))
        form = AssignmentStatusForm(request.POST, assignment=assignment, prefix=f"a{assignment.pk}")
        target = next_url(request, default=assignment.request.get_absolute_url())
        if not form.is_valid():
            messages.error(request, _("Choose a new status."))
            return HttpResponseRedirect(target)
        with refusal() as refused:
            services.assignment_set_status(
                assignment=assignment,
                actor=request.user,
                status=form.cleaned_data["status"],
                message=form.cleaned_data["message"],
                expected_version=form.cleaned_data["version"],
            )
        if refused:
            messages.error(request, refused.reason)
            return HttpResponseRedirect(target)
        messages.success(request, _("The assignment is updated."))
        return HttpResponseRedirect(target)


class DeskView(RoleRequiredMixin, BreadcrumbMixin, FilterView):
    """The matching desk: requests in the person's scope, triage statuses first, bulk assignment."""

    roles = (services.COORDINATOR, services.STAFF)
    template_name = "requests_app/desk.html"
    filterset_class = DeskFilter
    paginate_by = 50

    def get_queryset(self):
        # Explicit order: Django drops Meta.ordering once a query groups for the overdue count,
        # and an unordered page can repeat or skip requests from one page to the next.
        return (
            _desk_queryset(self.request.user)
            .order_by("-submitted_at", "-pk")
            .annotate(
                overdue_count=Count(
                    "assignments",
                    filter=Q(
                        assignments__due_date__lt=timezone.localdate(),
                        assignments__status__in=(
                            Assignment.Status.PROPOSED,
                            Assignment.Status.ACCEPTED,
                            Assignment.Status.IN_PROGRESS,
                        ),
                    ),
                )
            )
        )

    def get_filterset_kwargs(self, filterset_class):
        kwargs = super().get_filterset_kwargs(filterset_class)
        if not self.request.GET:
            # The triage queue by default: what still needs matching.
            kwargs["data"] = {"status": TRIAGE}
        return kwargs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop("page", None)
        context["query_string"] = query.urlencode()
        context["full_query_string"] = self.request.GET.urlencode()
        # Its own ids: the filters above have an "agency" field too (a duplicate id otherwise).
        context["bulk_form"] = BulkAssignForm(requests_queryset=Request.objects.none(), auto_id="bulk_%s")
        context["counts"] = dict(
            _desk_queryset(self.request.user)
            .filter(status__in=(S.SUBMITTED, S.UNDER_REVIEW))
            .order_by()
            .values_list("status")
            .annotate(n=Count("pk"))
        )
        return context

    def get_breadcrumbs(self):
        return [(gettext_lazy("Matching desk"), None)]


class DeskAssignView(RoleRequiredMixin, View):
    """Bulk assignment from the desk; back to the desk with the same filters."""

    roles = (services.COORDINATOR, services.STAFF)
    http_method_names = ["post"]

    def post(self, request):
        query = request.POST.get("query", "")
        back = f"{reverse('requests:desk')}?{query}" if query else reverse("requests:desk")
        scope = _desk_queryset(request.user)
        picked = {value for value in request.POST.getlist("requests") if _is_pk(value)}
        if len(picked) != len(request.POST.getlist("requests")) or scope.filter(pk__in=picked).count() != len(
            picked
        ):
            raise Http404  # a request outside the person's scope
        form = BulkAssignForm(request.POST, requests_queryset=scope)
        if not form.is_valid():
            for field_errors in form.errors.values():
                for error in field_errors:
                    messages.error(request, error)
            return HttpResponseRedirect(back)
        data = form.cleaned_data
        with refusal(PermissionDenied) as refused:
            created = services.assignment_bulk_create(
                requests=data["requests"],
                actor=request.user,
                agency=data["agency"],
                mechanism=data["mechanism"],
                due_date=data["due_date"],
                note=data["note"],
            )
        if refused:
            messages.error(request, refused.reason)
            return HttpResponseRedirect(back)
        messages.success(
            request,
            _("%(agency)s is assigned to %(count)d requests.")
            % {"agency": data["agency"].name, "count": len(created)},
        )
        return HttpResponseRedirect(back)


class DeskExportView(RoleRequiredMixin, RequestExportView):
    """The desk's filtered list as CSV or XLSX."""

    roles = (services.COORDINATOR, services.STAFF)
    filterset_class = DeskFilter
    name = "desk"

    def get_queryset(self):
        return _desk_queryset(self.request.user)
