"""The person's own data page (with its downloads and requests) and the desk's release of a held request."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView

from core.dates import format_date
from core.views import BreadcrumbMixin, refusal
from privacy import export, holds
from privacy.access import access_record
from privacy.forms import HoldReleaseForm, RightsRequestForm
from privacy.models import AccessKind, RightsRequest
from privacy.services import rights_request_file


class PersonalDataView(LoginRequiredMixin, BreadcrumbMixin, FormView):
    """ข้อมูลส่วนบุคคลของท่าน: what the portal holds about the person, downloads, and a request form."""

    template_name = "privacy/personal_data.html"
    form_class = RightsRequestForm
    http_method_names = ["get", "post"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["data"] = export.personal_data(self.request.user, readable=True)
        context["rights_requests"] = RightsRequest.objects.filter(person=self.request.user).order_by(
            "-received_at"
        )
        return context

    def form_valid(self, form):
        item = rights_request_file(
            person=self.request.user, kind=form.cleaned_data["kind"], details=form.cleaned_data["details"]
        )
        messages.success(
            self.request,
            _("Your request is received. The ministry answers by %(date)s.")
            % {"date": format_date(item.due_date, "en" if get_language() == "en" else "th")},
        )
        return redirect("privacy:personal_data")

    def get_breadcrumbs(self):
        return [(gettext_lazy("Your personal data"), None)]


class PersonalDataDownloadView(LoginRequiredMixin, View):
    """The person's data as JSON or CSV; the download is written to the access log."""

    http_method_names = ["get"]

    def get(self, request, fmt: str):
        if fmt not in ("json", "csv"):
            raise Http404
        response = export.json_response(request.user) if fmt == "json" else export.csv_response(request.user)
        access_record(
            request, kind=AccessKind.PERSONAL_DATA, rows=1, target=f"accounts.user: {request.user.pk}"
        )
        response["Cache-Control"] = "private, no-store"
        return response


class HoldReleaseView(LoginRequiredMixin, View):
    """The desk releases a request held for personal data (POST only)."""

    http_method_names = ["post"]

    def post(self, request, reference: str):
        from requests_app.models import Request
        from requests_app.services import is_desk_user

        obj = get_object_or_404(
            Request.objects.visible_to(request.user).select_related("province"), reference=reference
        )
        if not is_desk_user(request.user, obj):
            raise PermissionDenied(
                _("Only ministry staff and the centre's coordinators release a held request.")
            )
        form = HoldReleaseForm(request.POST)
        note = form.cleaned_data["note"] if form.is_valid() else ""
        with refusal(PermissionDenied) as refused:
            holds.hold_release(request=obj, actor=request.user, note=note)
        if refused:
            messages.error(request, refused.reason)
        else:
            messages.success(request, _("The request is released: it can now be reviewed and made public."))
        return redirect(obj)
