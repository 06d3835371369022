"""Admin building blocks for people: views written to the access log; the "anonymise" actions."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from privacy.access import access_record
from privacy.models import AccessKind

#: The short privacy notice where staff enter a person (user and PCSO forms).
PERSONAL_DATA_NOTICE = _(
    "Personal data (PDPA): enter only what the programme needs — name, position, official e-mail and "
    "phone. The person is told through the portal's privacy notice (/privacy/); every view of this list "
    "is recorded in the access log."
)


class AccessLoggedAdminMixin:
    """Logs every list and every record of this model a staff member opens (GET only)."""

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        if request.method == "GET" and getattr(response, "status_code", None) == 200:
            changelist = (getattr(response, "context_data", None) or {}).get("cl")
            rows = len(changelist.result_list) if changelist is not None else None
            access_record(
                request, kind=AccessKind.ADMIN_VIEW, rows=rows, target=f"{self.opts.label_lower}: list"
            )
        return response

    def change_view(self, request, object_id, form_url="", extra_context=None):
        response = super().change_view(request, object_id, form_url, extra_context)
        if request.method == "GET" and getattr(response, "status_code", None) == 200:
            access_record(
                request, kind=AccessKind.ADMIN_VIEW, rows=1, target=f"{self.opts.label_lower}: {object_id}"
            )
        return response


def _confirm_or_run(modeladmin, request, queryset, run, question: str):
    """An irreversible action: the first POST shows what it will do, the confirming POST does it."""
    if request.POST.get("confirmed") != "yes":
        return TemplateResponse(
            request,
            "admin/privacy/anonymise_confirm.html",
            {
                **modeladmin.admin_site.each_context(request),
                "title": _("Anonymise"),
                "question": question,
                "objects": list(queryset),
                "action": request.POST.get("action"),
                "opts": modeladmin.opts,
                "selected": request.POST.getlist(helpers.ACTION_CHECKBOX_NAME),
            },
        )
    done = 0
    for obj in queryset:
        try:
            run(obj)
        except PermissionDenied as error:
            modeladmin.message_user(request, str(error), messages.ERROR)
            return None
        done += 1
    modeladmin.message_user(
        request,
        ngettext("%(count)d person anonymised.", "%(count)d people anonymised.", done) % {"count": done},
        messages.SUCCESS,
    )
    return None


class AnonymiseUserActionMixin:
    """ "Anonymise": the login's person replaced by a pseudonym; their requests and history stay."""

    actions = ["anonymise_people"]

    @admin.action(description=_("Anonymise the selected people (keeps their records)"))
    def anonymise_people(self, request, queryset):
        from privacy.anonymise import person_anonymise

        return _confirm_or_run(
            self,
            request,
            queryset,
            lambda user: person_anonymise(person=user, actor=request.user),
            _(
                "Each person's names, e-mail, log-in and PCSO records will be replaced by a pseudonym, "
                "here and in every history. Their requests and actions stay, under the pseudonym. "
                "This cannot be undone."
            ),
        )


class AnonymisePCSOActionMixin:
    """ "Anonymise" on PCSO records: the officer (and their login, if any) replaced by a pseudonym."""

    actions = ["anonymise_pcsos"]

    @admin.action(description=_("Anonymise the selected PCSOs (keeps their records)"))
    def anonymise_pcsos(self, request, queryset):
        from privacy.anonymise import person_anonymise

        return _confirm_or_run(
            self,
            request,
            queryset,
            lambda record: person_anonymise(pcso=record, actor=request.user),
            _(
                "Each PCSO's name, e-mail and phone (and their log-in, if any) will be replaced by a "
                "pseudonym, here and in every history. The requests they filed stay. This cannot be undone."
            ),
        )
