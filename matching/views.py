"""Matching-desk actions: assign a suggested mechanism; mark duplicates and group requests."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from agencies.models import Mechanism
from core.views import refusal
from matching.models import DuplicateMark, RequestGroupMember
from matching.services import (
    group_candidates,
    request_group_add,
    request_group_create,
    request_group_remove,
    request_mark_duplicate,
    request_unmark_duplicate,
    similar_requests,
)
from requests_app.models import Request


class SuggestionAssignView(LoginRequiredMixin, View):
    """A suggestion is never assigned in one click: this sends the desk to the assignment page with
    the suggested mechanism filled in, where the due date is asked and the assignment confirmed."""

    http_method_names = ["get", "post"]

    def get(self, request, reference: str):
        from requests_app.services import is_desk_user

        obj = get_object_or_404(
            Request.objects.visible_to(request.user).select_related("province"), reference=reference
        )
        if not is_desk_user(request.user, obj):
            raise PermissionDenied
        mechanism_id = request.GET.get("mechanism", "") or request.POST.get("mechanism", "")
        mechanism = get_object_or_404(
            Mechanism.objects.select_related("agency"),
            pk=mechanism_id if mechanism_id.isascii() and mechanism_id.isdigit() else None,
        )
        if not mechanism.is_active:
            messages.error(request, _("This mechanism is no longer offered."))
            return HttpResponseRedirect(obj.get_absolute_url())
        return HttpResponseRedirect(
            f"{reverse('requests:assign', kwargs={'reference': reference})}?mechanism={mechanism.pk}"
        )

    post = get


class RequestRelatedView(LoginRequiredMixin, TemplateView):
    """Staff: mark a request as a duplicate, or group it with near-identical ones of its cluster."""

    template_name = "matching/related.html"
    http_method_names = ["get", "post"]

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not request.user.is_ministry_staff:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_object(self) -> Request:
        return get_object_or_404(
            Request.objects.visible_to(self.request.user).select_related("province", "category"),
            reference=self.kwargs["reference"],
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        obj = self.get_object()
        mark = DuplicateMark.objects.filter(request=obj).select_related("duplicate_of", "marked_by").first()
        member = RequestGroupMember.objects.filter(request=obj).select_related("group__cluster").first()
        group_members = []
        if member:
            group_members = list(
                member.group.members.select_related("request__province").order_by("request__reference")
            )
        context.update(
            object=obj,
            duplicate_mark=mark,
            duplicates=DuplicateMark.objects.filter(duplicate_of=obj).select_related("request__province"),
            group=member.group if member else None,
            group_members=group_members,
            cluster=obj.province.cluster_on(),
            candidates=group_candidates(request=obj, user=self.request.user),
            similar=similar_requests(
                text=f"{obj.title}\n{obj.description}", user=self.request.user, exclude={obj.pk}, limit=8
            ),
        )
        return context

    def post(self, request, reference: str):
        obj = self.get_object()
        action = request.POST.get("action", "")
        others = self._others(request.POST.getlist("other") + [request.POST.get("reference", "")])
        with refusal() as refused:
            if action == "duplicate" and len(others) == 1:
                request_mark_duplicate(
                    request=obj, duplicate_of=others[0], user=request.user, note=request.POST.get("note", "")
                )
                messages.success(
                    request, _("Marked as a duplicate of %(reference)s.") % {"reference": others[0].reference}
                )
            elif action == "unmark":
                request_unmark_duplicate(request=obj, user=request.user)
                messages.success(request, _("No longer marked as a duplicate."))
            elif action == "group" and others:
                member = RequestGroupMember.objects.filter(request=obj).select_related("group").first()
                if member:
                    for other in others:
                        request_group_add(group=member.group, request=other, user=request.user)
                else:
                    request_group_create(
                        requests=[obj, *others], user=request.user, title=request.POST.get("title", "")
                    )
                messages.success(request, _("The requests are grouped."))
            elif action == "ungroup":
                member = RequestGroupMember.objects.filter(request=obj).select_related("group").first()
                if member:
                    request_group_remove(group=member.group, request=obj, user=request.user)
                messages.success(request, _("The request is no longer in a group."))
            else:
                messages.error(request, _("Choose the request(s) this action applies to."))
        if refused:
            messages.error(request, refused.reason)
        return HttpResponseRedirect(request.path)

    def _others(self, references: list[str]) -> list[Request]:
        wanted = {reference.strip() for reference in references if reference and reference.strip()}
        found = list(Request.objects.visible_to(self.request.user).filter(reference__in=wanted))
        if len(found) != len(wanted):
            raise Http404
        return found
