"""The deliverer's answers: the report page (status, progress, cost, period, milestones, results,
evidence) and the short status form kept for scripts and older pages."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import FormView

from core.views import BreadcrumbMixin, next_url, refusal
from requests_app import services
from requests_app.forms import AssignmentReportForm, AssignmentStatusForm
from requests_app.models import Assignment, Request


def _assignment(user, pk: int) -> Assignment:
    """An assignment of a request ``user`` may see (404 otherwise); 403 if they may not answer it."""
    assignment = get_object_or_404(
        Assignment.objects.filter(request__in=Request.objects.visible_to(user)).select_related(
            "request__province", "deliverer", "mechanism", "officer"
        ),
        pk=pk,
    )
    if not services.can_update_assignment(user, assignment):
        raise PermissionDenied(_("Only the assigned agency's focal point updates this assignment."))
    return assignment


class AssignmentReportView(LoginRequiredMixin, BreadcrumbMixin, FormView):
    """The deliverer reports: a status, a message, progress, cost, plan and actual period, dated
    milestones, results and evidence; one history row, shown on the request's timeline."""

    template_name = "requests_app/assignment_report.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.assignment = _assignment(request.user, kwargs["pk"])
            self.object = self.assignment.request
        return super().dispatch(request, *args, **kwargs)

    def get_form(self, form_class=None):
        return AssignmentReportForm(assignment=self.assignment, **self.get_form_kwargs())

    def get_initial(self):
        return {"version": self.object.version}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(object=self.object, assignment=self.assignment)
        return context

    def form_valid(self, form):
        with refusal() as refused:
            services.assignment_report(
                assignment=self.assignment,
                actor=self.request.user,
                expected_version=form.cleaned_data["version"],
                **form.report(),
            )
        if refused:
            form.add_error(None, refused.reason)
            return self.form_invalid(form)
        messages.success(self.request, _("Your report is on the request's timeline."))
        return redirect(f"{self.object.get_absolute_url()}#assignment-{self.assignment.pk}")

    def get_breadcrumbs(self):
        return [
            (gettext_lazy("Requests"), reverse("requests:request_list")),
            (self.object.reference, self.object.get_absolute_url()),
            (gettext_lazy("Report progress and results"), None),
        ]


class AssignmentStatusView(LoginRequiredMixin, View):
    """A status change with a message in one POST (what the report page does, in short)."""

    http_method_names = ["post"]

    def post(self, request, pk: int):
        assignment = _assignment(request.user, pk)
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
