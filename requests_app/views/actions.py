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
from requests_app import services
from requests_app.forms import (
    CommentForm,
    ReasonForm,
)
from requests_app.models import Request

S = Request.Status


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
