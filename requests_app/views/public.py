"""The public list, the request page (facts, assignments, timeline), exports, attachments."""

from django.conf import settings
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db.models import Prefetch
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import DetailView
from django_filters.views import FilterView

from core.pagination import CachedCountMixin
from core.views import BreadcrumbMixin, ReadOnlyPageMixin
from followup.services import answer_template_for, answer_templates_for
from privacy.access import access_record
from privacy.models import AccessKind
from requests_app import exports, services
from requests_app.filters import RequestFilter
from requests_app.forms import (
    CommentForm,
)
from requests_app.models import Assignment, Attachment, Request, RequestEvent
from requests_app.views.actions import action_title
from requests_app.views.common import _filtered, _list_queryset

S = Request.Status


class RequestListView(ReadOnlyPageMixin, CachedCountMixin, BreadcrumbMixin, FilterView):
    """The requests a person may see, filtered; the public sees reviewed requests only."""

    template_name = "requests_app/request_list.html"
    filterset_class = RequestFilter
    paginate_by = 25

    def get_queryset(self):
        # Only the columns the table shows, not every request's description and agencies' answers.
        agencies = Assignment.objects.select_related("deliverer").only(
            "request_id",
            *(f"deliverer__{name}" for name in ("short_name_th", "short_name_en", "name_th", "name_en")),
        )
        return (
            _list_queryset(self.request.user)
            .only(*self.columns)
            .prefetch_related(None)
            .prefetch_related(Prefetch("assignments", queryset=agencies.order_by("agency__order", "pk")))
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
        if fmt not in ("csv", "xlsx"):
            raise Http404
        total = queryset.count()
        # Bounded (issue 12 item 6): anonymous visitors get the first rows and a link to the
        # open-data files; an XLSX is capped for everyone (CSV is streamed, so staff get it whole).
        limit = None if request.user.is_authenticated else settings.EXPORT_ANONYMOUS_MAX_ROWS
        if fmt == "xlsx":
            limit = min(limit or settings.EXPORT_XLSX_MAX_ROWS, settings.EXPORT_XLSX_MAX_ROWS)
        # Personal data may leave in the texts: who took which rows is kept (privacy.access).
        rows = total if limit is None else min(total, limit)
        access_record(request, kind=AccessKind.EXPORT, rows=rows, target=f"{self.name}.{fmt}")
        respond = exports.csv_response if fmt == "csv" else exports.xlsx_response
        return respond(queryset, filename=f"{filename}.{fmt}", limit=limit, total=total)


class RequestDetailView(ReadOnlyPageMixin, BreadcrumbMixin, DetailView):
    """One request: its facts, assignments and timeline, and what the person may do with it."""

    template_name = "requests_app/request_detail.html"
    slug_field = slug_url_kwarg = "reference"

    def get_queryset(self):
        return Request.objects.visible_to(self.request.user).select_related(
            "province__regional_centre", "category", "workshop", "district"
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user, obj = self.request.user, self.object
        internal = services.can_read_internal(user, obj)
        participant = internal or services.is_province_pcso(user, obj)
        assignments = list(
            obj.assignments.select_related(
                "deliverer__agency", "deliverer__centre", "deliverer__province", "mechanism", "officer"
            ).prefetch_related("milestones")
        )
        statuses = [a.status for a in assignments]
        desk = services.is_desk_user(user, obj)
        answered = set()
        if internal and not desk and user.is_authenticated:
            answered = set(
                Assignment.objects.answered_by(user).filter(request=obj).values_list("pk", flat=True)
            )
        for assignment in assignments:
            assignment.can_report = services.can_update_assignment(user, assignment) and (
                assignment.is_open or assignment.status == Assignment.Status.DONE
            )
            # An assignment's internal note: the desk and that assignment's own deliverer only,
            # never the other agencies on the same request (issue 12 item 7).
            assignment.note_visible = internal and (desk or assignment.pk in answered)
        events = list(
            RequestEvent.objects.visible_to(user, obj).select_related(
                "actor", "assignment__deliverer", "assignment__mechanism"
            )
        )
        # Every file of the request in one query: the province's attachments, and each report's
        # evidence under the report it came with (the same people see both).
        files = list(obj.attachments.all()) if participant else []
        evidence: dict[int, list] = {}
        for file in files:
            if file.event_id:
                evidence.setdefault(file.event_id, []).append(file)
        for event in events:
            event.evidence = evidence.get(event.pk, [])
        actions = services.available_actions(user, obj)
        outcome = services.action_target("confirm", obj, statuses) if "confirm" in actions else None
        context.update(
            assignments=assignments,
            events=events,
            attachments=[file for file in files if file.assignment_id is None],
            show_internal=internal,
            show_people=participant,
            show_evidence=participant,
            awaiting_confirmation=services.awaiting_confirmation(obj.status, statuses),
            can_comment=services.can_comment(user, obj),
            comment_form=CommentForm(initial={"text": answer_template_for(self.request, obj)}),
            answer_templates=answer_templates_for(user, obj) if services.can_comment(user, obj) else [],
            can_assign=services.is_desk_user(user, obj) and obj.status in services.ASSIGNABLE_STATUSES,
            can_edit=services.is_province_pcso(user, obj) and obj.status in services.EDITABLE_STATUSES,
            actions=[(action, action_title(action, obj)) for action in actions],
            confirm_outcome=S(outcome).label if outcome else "",
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
