"""Status actions (withdraw, confirm, reopen, review, not feasible) and comments."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import FormView

from core.views import BreadcrumbMixin, refusal
from followup.services import answer_template_for, answer_templates_for
from requests_app import services
from requests_app.forms import (
    CommentForm,
    ReasonForm,
)
from requests_app.models import Assignment, Request, RequestEvent

S = Request.Status


# --- Status actions ---------------------------------------------------------------------------------

#: The words of each named action (``services.ACTIONS`` says what it does and the transition table
#: who may): its title, and whether it must say why.
ACTION_TEXT: dict[str, dict] = {
    "withdraw": {"title": gettext_lazy("Withdraw the request"), "reason": True},
    "confirm": {"title": gettext_lazy("Confirm delivery"), "reason": False},
    "reopen": {"title": gettext_lazy("Reopen the request"), "reason": True},
    "review": {"title": gettext_lazy("Start the review"), "reason": False},
    "not-feasible": {"title": gettext_lazy("Close as not feasible"), "reason": True},
}


def action_title(action: str, obj: Request) -> str:
    if action == "reopen" and obj.status == S.IN_DELIVERY:
        return str(gettext_lazy("Not delivered as agreed: reopen"))
    return str(ACTION_TEXT[action]["title"])


class RequestActionView(LoginRequiredMixin, BreadcrumbMixin, FormView):
    """Withdraw, confirm, reopen (the province); review, not feasible (the desk). GET says what will
    happen (from which status to which, and for a confirmation the outcome and why), POST does it.

    A role that may never take the action is refused (403); one that may, but not in the request's
    present status, is told so. The page offers only ``services.available_actions``.
    """

    template_name = "requests_app/request_action.html"

    def dispatch(self, request, *args, **kwargs):
        self.action = kwargs["action"]
        if self.action not in ACTION_TEXT:
            raise Http404
        self.spec = ACTION_TEXT[self.action]
        if request.user.is_authenticated:
            self.object = get_object_or_404(
                Request.objects.visible_to(request.user).select_related("province__regional_centre"),
                reference=kwargs["reference"],
            )
            role = services.actor_role(request.user)
            if role not in services.action_roles(self.action) or services._scope_error(
                request.user, self.object, role
            ):
                raise PermissionDenied(_("Your role may not do this."))
        return super().dispatch(request, *args, **kwargs)

    def get_form(self, form_class=None):
        return ReasonForm(reason_required=self.spec["reason"], **self.get_form_kwargs())

    def get_initial(self):
        initial = {"version": self.object.version}
        template = answer_template_for(self.request, self.object)
        if template:
            initial["reason"] = template
        return initial

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        obj = self.object
        assignments = list(obj.assignments.select_related("deliverer", "mechanism"))
        statuses = [a.status for a in assignments]
        target = services.action_target(self.action, obj, statuses)
        possible = self.action in services.available_actions(self.request.user, obj)
        declined = []
        if self.action == "confirm":
            last_words = {
                event.assignment_id: event.message
                for event in RequestEvent.objects.visible_to(self.request.user, obj)
                .filter(kind=RequestEvent.Kind.ASSIGNMENT, assignment__isnull=False)
                .order_by("created_at", "pk")
            }
            for assignment in assignments:
                assignment.last_message = last_words.get(assignment.pk, "")
            declined = [a for a in assignments if a.status == Assignment.Status.DECLINED]
        context.update(
            object=obj,
            spec=self.spec,
            action=self.action,
            title=action_title(self.action, obj),
            possible=possible,
            target=target,
            target_label=S(target).label if target else "",
            assignments=assignments,
            declined=declined,
            answer_templates=answer_templates_for(self.request.user, obj),
        )
        return context

    def form_valid(self, form):
        user, obj = self.request.user, self.object
        reason, version = form.cleaned_data["reason"], form.cleaned_data["version"]
        action = self.action
        title = action_title(action, obj)
        if services.action_target(action, obj) is None:
            messages.error(self.request, _("This is not possible in the request's current status."))
            return redirect(obj)
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
                    to_status=services.action_target(action, obj),
                    reason=reason,
                    expected_version=version,
                )
        if refused:
            messages.error(self.request, refused.reason)
            return redirect(obj)
        obj.refresh_from_db(fields=["status"])
        messages.success(
            self.request,
            _("Done: %(action)s. The request is now “%(status)s”.")
            % {"action": title, "status": obj.get_status_display()},
        )
        return redirect(obj)

    def get_breadcrumbs(self):
        return [
            (gettext_lazy("Requests"), reverse("requests:request_list")),
            (self.object.reference, self.object.get_absolute_url()),
            (action_title(self.action, self.object), None),
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
