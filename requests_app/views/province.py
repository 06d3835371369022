"""The province's pages: /my/, filing a request, drafts and corrections."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView

from core.views import BreadcrumbMixin, refusal
from requests_app import services
from requests_app.forms import (
    RequestEditForm,
    RequestForm,
)
from requests_app.models import Assignment, Request
from requests_app.views.common import RoleRequiredMixin

S = Request.Status


# --- The province's pages ---------------------------------------------------------------------


class MyView(RoleRequiredMixin, BreadcrumbMixin, TemplateView):
    """A PCSO's province at a glance; an agency focal point's assignments. The desk for the rest."""

    roles = (services.PCSO, services.FOCAL_POINT, services.COORDINATOR, services.STAFF)

    def get(self, request, *args, **kwargs):
        if services.actor_role(request.user) in (services.COORDINATOR, services.STAFF):
            return redirect("requests:desk")
        return super().get(request, *args, **kwargs)

    def get_template_names(self):
        if services.actor_role(self.request.user) == services.FOCAL_POINT:
            return ["requests_app/my_agency.html"]
        return ["requests_app/my_province.html"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        today = timezone.localdate()
        if services.actor_role(user) == services.FOCAL_POINT:
            assignments = (
                Assignment.objects.answered_by(user)
                .select_related("request__province", "request__category", "mechanism", "deliverer")
                .order_by("due_date", "-pk")
            )
            open_assignments = [a for a in assignments if a.is_open]
            context.update(
                agency=user.deliverer,
                open_assignments=open_assignments,
                finished_assignments=[a for a in assignments if not a.is_open][:50],
                overdue_count=sum(1 for a in open_assignments if a.due_date and a.due_date < today),
            )
            return context
        requests = list(
            Request.objects.filter(province_id=user.province_id)
            .select_related("category")
            .prefetch_related(
                Prefetch("assignments", queryset=Assignment.objects.select_related("deliverer"))
            )
            .order_by("-updated_at")
        )
        groups: dict[str, list] = {value: [] for value in S.values}
        awaiting, overdue = [], []
        for item in requests:
            statuses = [a.status for a in item.assignments.all()]
            item.awaiting_confirmation = services.awaiting_confirmation(item.status, statuses)
            item.overdue_assignments = [a for a in item.assignments.all() if a.is_overdue]
            groups[item.status].append(item)
            if item.awaiting_confirmation:
                awaiting.append(item)
            if item.overdue_assignments:
                overdue.append(item)
        context.update(
            province=user.province,
            groups=[(S(value).label, value, items) for value, items in groups.items() if items],
            awaiting=awaiting,
            overdue=overdue,
            total=len(requests),
        )
        return context

    def get_breadcrumbs(self):
        return [(gettext_lazy("My requests"), None)]


def _submitting(request) -> bool:
    """Whether the request form was sent to submit (or save a submitted request), not as a draft or a check."""
    return request.POST.get("action", "submit") == "submit"


class RequestCreateView(RoleRequiredMixin, BreadcrumbMixin, FormView):
    """A PCSO files a request; similar existing requests are shown before it is submitted."""

    roles = (services.PCSO,)
    form_class = RequestForm
    template_name = "requests_app/request_form.html"

    def get_form_kwargs(self):
        return super().get_form_kwargs() | {"submitting": _submitting(self.request)}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("similar", None)
        context["is_new"] = True
        return context

    def form_valid(self, form):
        action = self.request.POST.get("action", "submit")
        data = form.cleaned_data
        if action == "check":
            similar = services.similar_requests(
                f"{data['title']} {data['description']}", self.request.user, limit=5
            )
            return self.render_to_response(self.get_context_data(form=form, similar=similar, checked=True))
        with refusal() as refused:
            obj = services.request_create(
                actor=self.request.user, submit=action != "draft", **form.request_fields()
            )
        if refused:
            form.add_error(None, refused.reason)
            return self.form_invalid(form)
        if obj.status == S.DRAFT:
            messages.success(self.request, _("Your draft is saved. Submit it when it is ready."))
            return redirect("requests:draft_edit", pk=obj.pk)
        messages.success(
            self.request, _("Request %(reference)s is submitted.") % {"reference": obj.reference}
        )
        return redirect(obj)

    def get_breadcrumbs(self):
        return [(gettext_lazy("My requests"), reverse("requests:my")), (gettext_lazy("New request"), None)]


class SimilarRequestsView(LoginRequiredMixin, TemplateView):
    """A fragment listing requests similar to ``q`` (for the new-request page, as one types)."""

    template_name = "requests_app/includes/similar.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["similar"] = services.similar_requests(
            self.request.GET.get("q", "")[:2000], self.request.user
        )
        context["checked"] = True
        return context


class _ProvinceEditView(RoleRequiredMixin, BreadcrumbMixin, FormView):
    roles = (services.PCSO,)
    form_class = RequestEditForm
    template_name = "requests_app/request_form.html"

    def get_object(self):
        raise NotImplementedError

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.object = self.get_object()
            if not services.is_province_pcso(request.user, self.object):
                raise PermissionDenied(_("Only the province's PCSO can edit this request."))
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["instance"] = Request.objects.get(pk=self.object.pk)
        kwargs["initial"] = {"version": self.object.version}
        kwargs["submitting"] = _submitting(self.request)
        return kwargs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["object"] = self.object
        context["editable"] = self.object.status in services.EDITABLE_STATUSES
        return context

    def form_valid(self, form):
        with refusal() as refused:
            obj = services.request_update(
                request=self.object,
                actor=self.request.user,
                expected_version=form.cleaned_data["version"],
                **form.request_fields(),
            )
            if obj.status == S.DRAFT and self.request.POST.get("action") == "submit":
                obj = services.request_submit(request=obj, actor=self.request.user)
        if refused:
            form.add_error(None, refused.reason)
            return self.form_invalid(form)
        if obj.status == S.DRAFT:
            messages.success(self.request, _("Your draft is saved."))
            return redirect("requests:draft_edit", pk=obj.pk)
        messages.success(self.request, _("Request %(reference)s is saved.") % {"reference": obj.reference})
        return redirect(obj)


class DraftEditView(_ProvinceEditView):
    """The province's draft: edit it, then submit it (it gets its reference then)."""

    def get_object(self):
        return get_object_or_404(
            Request.objects.visible_to(self.request.user).select_related("province"),
            pk=self.kwargs["pk"],
            status=S.DRAFT,
        )

    def get_breadcrumbs(self):
        return [(gettext_lazy("My requests"), reverse("requests:my")), (gettext_lazy("Draft"), None)]


class RequestEditView(_ProvinceEditView):
    """The province corrects its request while it is submitted and not yet reviewed."""

    def get_object(self):
        return get_object_or_404(
            Request.objects.visible_to(self.request.user).select_related("province"),
            reference=self.kwargs["reference"],
        )

    def get_breadcrumbs(self):
        return [
            (gettext_lazy("Requests"), reverse("requests:request_list")),
            (self.object.reference, self.object.get_absolute_url()),
            (gettext_lazy("Edit"), None),
        ]
