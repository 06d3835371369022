"""Matching-desk actions: assign a suggested mechanism."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import View

from agencies.models import Mechanism
from matching.services import suggestion_assign
from requests_app.models import Request


class SuggestionAssignView(LoginRequiredMixin, View):
    """Assign one suggested mechanism to a request, then go back to the page it was chosen on."""

    http_method_names = ["post"]

    def post(self, request, reference: str):
        from requests_app.services import is_desk_user

        obj = get_object_or_404(
            Request.objects.visible_to(request.user).select_related("province"), reference=reference
        )
        if not is_desk_user(request.user, obj):
            raise PermissionDenied
        mechanism_id = request.POST.get("mechanism", "")
        mechanism = get_object_or_404(
            Mechanism.objects.select_related("agency"), pk=mechanism_id if mechanism_id.isdigit() else None
        )
        back = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
            back = obj.get_absolute_url()
        try:
            suggestion_assign(request=obj, mechanism=mechanism, user=request.user)
        except ValidationError as error:
            transaction.set_rollback(True)
            messages.error(request, " ".join(error.messages))
            return HttpResponseRedirect(back)
        messages.success(
            request,
            _("%(agency)s is assigned through “%(mechanism)s”.")
            % {"agency": mechanism.agency.code, "mechanism": mechanism.name},
        )
        return HttpResponseRedirect(back)
