"""Request pages: the public list and timeline, the PCSO's pages, the matching desk, exports.

Every object is fetched through ``Request.objects.visible_to(user)``: outside it is a 404. Inside
it, an action the person's role may not take is a 403. Workflows are the functions of
``requests_app.services``; a refused change comes back as a message and changes nothing.
"""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Prefetch, Q
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import DetailView, FormView, TemplateView
from django_filters.views import FilterView

from core.pagination import CachedCountMixin
from core.views import BreadcrumbMixin, ReadOnlyPageMixin, next_url, refusal
from privacy.access import access_record
from privacy.models import AccessKind
from requests_app import exports, services
from requests_app.filters import TRIAGE, DeskFilter, RequestFilter
from requests_app.forms import (
    AssignmentForm,
    AssignmentStatusForm,
    BulkAssignForm,
    CommentForm,
    ReasonForm,
    RequestEditForm,
    RequestForm,
)
from requests_app.models import Assignment, Attachment, Request, RequestEvent

S = Request.Status


class RoleRequiredMixin(LoginRequiredMixin):
    """Anonymous → the login page; a logged-in person without one of ``roles`` → 403."""

    roles: tuple[str, ...] = ()

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if self.roles and services.actor_role(request.user) not in self.roles:
            raise PermissionDenied(_("This page is not for your role."))
        return super().dispatch(request, *args, **kwargs)


def _list_queryset(user):
    """What a list shows: the visibility rule, without drafts (those live on /my/)."""
    return (
        Request.objects.visible_to(user)
        .exclude(status=S.DRAFT)
        .select_related("province", "category")
        .prefetch_related(
            Prefetch(
                "assignments", queryset=Assignment.objects.select_related("agency").order_by("agency__order")
            )
        )
    )


def _desk_queryset(user):
    queryset = _list_queryset(user)
    if services.actor_role(user) == services.COORDINATOR:
        queryset = queryset.filter(province__regional_centre_id=user.regional_centre_id)
    return queryset


# --- Public list, timeline, exports ---------------------------------------------------------------


class RequestListView(ReadOnlyPageMixin, CachedCountMixin, BreadcrumbMixin, FilterView):
    """The requests a person may see, filtered; the public sees reviewed requests only."""

    template_name = "requests_app/request_list.html"
    filterset_class = RequestFilter
    paginate_by = 25

    def get_queryset(self):
        # Only the columns the table shows, not every request's description and agencies' answers.
        agencies = Assignment.objects.select_related("agency").only("request_id", "agency__code")
        return (
            _list_queryset(self.request.user)
            .only(*self.columns)
            .prefetch_related(None)
            .prefetch_related(Prefetch("assignments", queryset=agencies.order_by("agency__order")))
        )

    columns = ["reference", "title", "status", "submitted_at", "category__name_th", "category__name_en",
               "province__name_th", "province__name_en"]  # fmt: skip

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop("page", None)
        context["query_string"] = query.urlencode()
        context["export_base"] = reverse("requests:request_export", kwargs={"fmt": "csv"})
        return context

    def get_breadcrumbs(self):
        return [(gettext_lazy("Requests"), None)]


def _filtered(filterset_class, data, queryset, request):
    filterset = filterset_class(data, queryset=queryset, request=request)
    return filterset.qs if filterset.is_valid() else queryset.none()


class RequestExportView(View):
    """The filtered list as CSV (UTF-8 with BOM) or XLSX, under the same visibility rule as the page."""

    filterset_class = RequestFilter
    name = "requests"

    def get_queryset(self):
        return _list_queryset(self.request.user)

    def get(self, request, fmt: str):
        queryset = _filtered(self.filterset_class, request.GET, self.get_queryset(), request)
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        filename = f"most-{self.name}-{stamp}"
        if fmt in ("csv", "xlsx"):
            # Personal data may leave in the texts: who took which rows is kept (privacy.access).
            access_record(request, kind=AccessKind.EXPORT, rows=queryset.count(), target=f"{self.name}.{fmt}")
        if fmt == "csv":
            return exports.csv_response(queryset, filename=f"{filename}.csv")
        if fmt == "xlsx":
            return exports.xlsx_response(queryset, filename=f"{filename}.xlsx")
        raise Http404


class RequestDetailView(ReadOnlyPageMixin, BreadcrumbMixin, DetailView):
    """One request: its facts, assignments and timeline, and what the person may do with it."""

    template_name = "requests_app/request_detail.html"
    slug_field = slug_url_kwarg = "reference"

    def get_queryset(self):
        return Request.objects.visible_to(self.request.user).select_related(
            "province__regional_centre", "category", "workshop"
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user, obj = self.request.user, self.object
        internal = services.can_read_internal(user, obj)
        participant = internal or services.is_province_pcso(user, obj)
        assignments = list(obj.assignments.select_related("agency", "mechanism"))
        statuses = [a.status for a in assignments]
        for assignment in assignments:
            if (
                services.can_update_assignment(user, assignment)
                and services.ASSIGNMENT_TRANSITIONS[assignment.status]
            ):
                assignment.status_form = AssignmentStatusForm(
                    assignment=assignment, initial={"version": obj.version}, prefix=f"a{assignment.pk}"
                )
        transitions = services.allowed_transitions(user, obj)
        context.update(
            assignments=assignments,
            events=RequestEvent.objects.visible_to(user, obj).select_related(
                "actor", "assignment__agency", "assignment__mechanism"
            ),
            attachments=obj.attachments.all() if participant else [],
            show_internal=internal,
            show_people=participant,
            awaiting_confirmation=services.awaiting_confirmation(obj.status, statuses),
            can_comment=services.can_comment(user, obj),
            comment_form=CommentForm(),
            can_assign=services.is_desk_user(user, obj) and obj.status in services.ASSIGNABLE_STATUSES,
            can_edit=services.is_province_pcso(user, obj) and obj.status in services.EDITABLE_STATUSES,
            actions=[action for action, spec in ACTIONS.items() if _action_possible(spec, transitions, obj)],
            is_staff_user=services.actor_role(user) == services.STAFF,
        )
        return context

    def get_breadcrumbs(self):
        return [(gettext_lazy("Requests"), reverse("requests:request_list")), (self.object.reference, None)]


class AttachmentDownloadView(LoginRequiredMixin, View):
    """An attachment, for the province, the centre, the ministry and the assigned agencies only."""

    def get(self, request, reference: str, pk: int):
        obj = get_object_or_404(Request.objects.visible_to(request.user), reference=reference)
        if not (
            services.is_province_pcso(request.user, obj) or services.can_read_internal(request.user, obj)
        ):
            raise Http404
        attachment = get_object_or_404(Attachment, pk=pk, request=obj)
        access_record(
            request, kind=AccessKind.ATTACHMENT, rows=1, target=f"{obj.reference}: {attachment.original_name}"
        )
        return FileResponse(attachment.file.open("rb"), as_attachment=True, filename=attachment.original_name)


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
                Assignment.objects.filter(agency_id=user.agency_id)
                .select_related("request__province", "request__category", "mechanism", "agency")
                .order_by("due_date", "-pk")
            )
            open_assignments = [a for a in assignments if a.is_open]
            context.update(
                agency=user.agency,
                open_assignments=open_assignments,
                finished_assignments=[a for a in assignments if not a.is_open][:50],
                overdue_count=sum(1 for a in open_assignments if a.due_date and a.due_date < today),
            )
            return context
        requests = list(
            Request.objects.filter(province_id=user.province_id)
            .select_related("category")
            .prefetch_related(Prefetch("assignments", queryset=Assignment.objects.select_related("agency")))
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


# --- Status actions ---------------------------------------------------------------------------------

#: action slug → (who: "pcso" | "desk", target statuses, reason required, title, button)
ACTIONS: dict[str, dict] = {
    "withdraw": {
        "who": "pcso",
        "targets": (S.WITHDRAWN,),
        "reason": True,
        "title": gettext_lazy("Withdraw the request"),
        "button": gettext_lazy("Withdraw"),
    },
    "confirm": {
        "who": "pcso",
        "targets": (S.DELIVERED, S.PARTLY_DELIVERED),
        "reason": False,
        "title": gettext_lazy("Confirm delivery"),
        "button": gettext_lazy("Confirm delivery"),
    },
    "reopen": {
        "who": "pcso",
        "targets": (S.UNDER_REVIEW, S.SUBMITTED),
        "reason": True,
        "title": gettext_lazy("Reopen the request"),
        "button": gettext_lazy("Reopen"),
    },
    "review": {
        "who": "desk",
        "targets": (S.UNDER_REVIEW,),
        "reason": False,
        "title": gettext_lazy("Start the review"),
        "button": gettext_lazy("Start the review"),
    },
    "not-feasible": {
        "who": "desk",
        "targets": (S.NOT_FEASIBLE,),
        "reason": True,
        "title": gettext_lazy("Close as not feasible"),
        "button": gettext_lazy("Not feasible"),
    },
}


def _action_possible(spec: dict, transitions: list[str], obj: Request) -> bool:
    if spec is ACTIONS["reopen"] and obj.status == S.IN_DELIVERY:
        return S.UNDER_REVIEW in transitions  # refusing a delivery awaiting confirmation
    if spec is ACTIONS["review"] and obj.status != S.SUBMITTED:
        return False
    return any(target in transitions for target in spec["targets"])


class RequestActionView(LoginRequiredMixin, BreadcrumbMixin, FormView):
    """Withdraw, confirm, reopen (the province); review, not feasible (the desk). GET asks, POST does."""

    template_name = "requests_app/request_action.html"

    def dispatch(self, request, *args, **kwargs):
        self.spec = ACTIONS.get(kwargs["action"])
        if self.spec is None:
            raise Http404
        if request.user.is_authenticated:
            self.object = get_object_or_404(
                Request.objects.visible_to(request.user).select_related("province"),
                reference=kwargs["reference"],
            )
            allowed = (
                services.is_province_pcso(request.user, self.object)
                if self.spec["who"] == "pcso"
                else services.is_desk_user(request.user, self.object)
            )
            if not allowed:
                raise PermissionDenied(_("Your role may not do this."))
        return super().dispatch(request, *args, **kwargs)

    def get_form(self, form_class=None):
        return ReasonForm(reason_required=self.spec["reason"], **self.get_form_kwargs())

    def get_initial(self):
        return {"version": self.object.version}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        transitions = services.allowed_transitions(self.request.user, self.object)
        context.update(
            object=self.object, spec=self.spec, possible=_action_possible(self.spec, transitions, self.object)
        )
        return context

    def form_valid(self, form):
        user, obj = self.request.user, self.object
        reason, version = form.cleaned_data["reason"], form.cleaned_data["version"]
        action = self.kwargs["action"]
        with refusal(PermissionDenied) as refused:
            if action == "withdraw":
                services.request_withdraw(request=obj, actor=user, reason=reason, expected_version=version)
            elif action == "confirm":
                services.request_confirm_delivery(
                    request=obj, actor=user, message=reason, expected_version=version
                )
            elif action == "reopen":
                services.request_reopen(request=obj, actor=user, reason=reason, expected_version=version)
            else:
                services.request_transition(
                    request=obj,
                    actor=user,
                    to_status=self.spec["targets"][0],
                    reason=reason,
                    expected_version=version,
                )
        if refused:
            messages.error(self.request, refused.reason)
            return redirect(obj)
        messages.success(self.request, _("Done: %(action)s.") % {"action": self.spec["title"]})
        return redirect(obj)

    def get_breadcrumbs(self):
        return [
            (gettext_lazy("Requests"), reverse("requests:request_list")),
            (self.object.reference, self.object.get_absolute_url()),
            (self.spec["title"], None),
        ]


class CommentView(LoginRequiredMixin, View):
    """Add a comment or an internal note (POST only)."""

    http_method_names = ["post"]

    def post(self, request, reference: str):
        obj = get_object_or_404(
            Request.objects.visible_to(request.user).select_related("province"), reference=reference
        )
        if not services.can_comment(request.user, obj):
            raise PermissionDenied(_("You cannot comment on this request."))
        form = CommentForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Write something first."))
            return redirect(obj)
        with refusal(PermissionDenied) as refused:
            services.request_comment(
                request=obj,
                actor=request.user,
                text=form.cleaned_data["text"],
                internal=form.cleaned_data["internal"],
            )
        if refused:
            messages.error(request, refused.reason)
            return redirect(obj)
        messages.success(request, _("Your note is added."))
        return redirect(f"{obj.get_absolute_url()}#timeline")


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


def _is_pk(value: str) -> bool:
    """A primary key as a form sends it: ASCII digits that fit the database ("²" is a digit to Python)."""
    return value.isascii() and value.isdigit() and len(value) <= 18


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
