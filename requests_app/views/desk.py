"""The matching desk: assign deliverers (one request, with a confirmation, or several), exports."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView
from django_filters.views import FilterView

from agencies.models import Mechanism
from core.dates import format_date
from core.views import BreadcrumbMixin, refusal
from requests_app import services
from requests_app.filters import TRIAGE, DeskFilter
from requests_app.forms import (
    AssignmentForm,
    BulkAssignForm,
)
from requests_app.models import Assignment, Request
from requests_app.views.common import RoleRequiredMixin, _desk_queryset, _is_pk
from requests_app.views.public import RequestExportView

S = Request.Status


def _language() -> str:
    return (get_language() or "th")[:2]


# --- Matching ---------------------------------------------------------------------------------------


class AssignView(RoleRequiredMixin, BreadcrumbMixin, FormView):
    """Give a part of one request to a deliverer, in two steps: the form (who, which mechanism,
    which officer, by when), then a page that says what will happen, and the confirmation.

    ``?mechanism=<id>`` (a suggestion of the matching assistant) or ``?deliverer=<id>`` fill the
    form in; the due date is always asked.
    """

    roles = (services.COORDINATOR, services.STAFF)
    form_class = AssignmentForm
    template_name = "requests_app/assignment_form.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.object = get_object_or_404(
                Request.objects.visible_to(request.user).select_related(
                    "province__regional_centre", "category"
                ),
                reference=kwargs["reference"],
            )
            if not services.is_desk_user(request.user, self.object):
                raise PermissionDenied(_("This province is outside your regional centre."))
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        initial = super().get_initial()
        mechanism = self.request.GET.get("mechanism", "")
        deliverer = self.request.GET.get("deliverer", "")
        if _is_pk(mechanism):
            found = (
                Mechanism.objects.active()
                .filter(pk=int(mechanism))
                .select_related("agency__deliverer")
                .first()
            )
            if found is not None:
                initial.update(mechanism=found.pk, deliverer=found.agency.deliverer.pk)
        elif _is_pk(deliverer):
            initial["deliverer"] = int(deliverer)
        return initial

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["object"] = self.object
        context["assignments"] = self.object.assignments.select_related("deliverer", "mechanism")
        return context

    def form_valid(self, form):
        action = self.request.POST.get("action", "")
        if action == "edit":
            return self.render_to_response(self.get_context_data(form=form))
        if action not in ("confirm", "another"):
            return self.render_to_response(
                self.get_context_data(form=form, confirming=True, **self._preview(form))
            )
        data = form.cleaned_data
        with refusal() as refused:
            services.assignment_create(
                request=self.object,
                actor=self.request.user,
                deliverer=data["deliverer"],
                mechanism=data["mechanism"],
                officer=data["officer"],
                due_date=data["due_date"],
                note=data["note"],
                response=data["response"],
            )
        if refused:
            form.add_error(None, refused.reason)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("%(agency)s is assigned, due %(due)s.")
            % {"agency": data["deliverer"].name, "due": format_date(data["due_date"], _language())},
        )
        if action == "another":
            return redirect("requests:assign", reference=self.object.reference)
        return redirect(self.object)

    def _preview(self, form) -> dict:
        """What confirming will do: the request's next status and who is told."""
        data = form.cleaned_data
        statuses = [*self.object.assignments.values_list("status", flat=True), Assignment.Status.PROPOSED]
        start = S.UNDER_REVIEW if self.object.status == S.SUBMITTED else self.object.status
        next_status = services.derive_status(start, statuses)
        officer = data.get("officer")
        told = (
            [officer]
            if officer is not None
            else list(data["deliverer"].focal_points.filter(is_active=True).exclude(email=""))
        )
        return {
            "preview": data,
            "next_status": S(next_status).label if next_status != self.object.status else "",
            "told": told,
        }

    def get_breadcrumbs(self):
        return [
            (gettext_lazy("Matching desk"), reverse("requests:desk")),
            (self.object.reference, self.object.get_absolute_url()),
            (gettext_lazy("Assign"), None),
        ]


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
                deliverer=data["deliverer"],
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
            % {"agency": data["deliverer"].name, "count": len(created)},
        )
        return HttpResponseRedirect(back)


class DeskExportView(RoleRequiredMixin, RequestExportView):
    """The desk's filtered list as CSV or XLSX."""

    roles = (services.COORDINATOR, services.STAFF)
    filterset_class = DeskFilter
    name = "desk"

    def get_queryset(self):
        return _desk_queryset(self.request.user)
