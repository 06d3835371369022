"""Workshop data entry for ministry staff: one screen with agencies, activities, photos and outcomes."""

from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from core.admin import SpreadsheetMixin
from news.admin import PhotoInline
from requests_app.models import Request
from requests_app.services import request_record_from_workshop
from workshops import services
from workshops.forms import WorkshopAdminForm
from workshops.models import (
    Activity,
    Handover,
    Participation,
    Person,
    Session,
    SuccessStory,
    Workshop,
    WorkshopPerson,
    WorkshopPhoto,
)
from workshops.resources import WorkshopResource


class ParticipationInline(admin.TabularInline):
    model = Participation
    extra = 0
    fields = ["agency", "role"]
    autocomplete_fields = ["agency"]


class ActivityInline(admin.StackedInline):
    model = Activity
    extra = 0
    fields = [("kind", "agency"), "title", "description"]
    autocomplete_fields = ["agency"]


class SessionInline(admin.TabularInline):
    model = Session
    extra = 0
    fields = ["title", "title_en", "day", "starts_at", "ends_at", "participant_count", "summary"]


class WorkshopPersonInline(admin.TabularInline):
    """The chair, speakers and officials: people recorded once, chosen here by name."""

    model = WorkshopPerson
    extra = 0
    fields = ["person", "role", "order"]
    autocomplete_fields = ["person"]


class HandoverInline(admin.TabularInline):
    model = Handover
    extra = 0
    fields = ["province", "what", "recipient", "agency"]
    autocomplete_fields = ["province", "agency"]


class SuccessStoryInline(admin.TabularInline):
    model = SuccessStory
    extra = 0
    fields = ["title", "agency", "province", "link"]
    autocomplete_fields = ["agency", "province"]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "position", "organisation"]
    search_fields = ["name", "name_en", "position", "organisation"]
    fields = [("name", "name_en"), ("position", "position_en"), "organisation"]


class WorkshopPhotoInline(PhotoInline):
    model = WorkshopPhoto
    fields = ["preview", "image", "caption", "caption_en", "credit", "order"]


class OutcomeInline(admin.StackedInline):
    """The requests the provinces brought to the workshop: the same records the workflow uses."""

    model = Request
    fk_name = "workshop"
    extra = 0
    fields = [("province", "category"), "title", "description", "reference_and_status"]
    readonly_fields = ["reference_and_status"]
    autocomplete_fields = ["province"]
    verbose_name = _("outcome (request of a province)")
    verbose_name_plural = _("outcomes: requests of the provinces")
    can_delete = False

    def get_queryset(self, request):
        return Request.objects.visible_to(request.user).select_related("province", "category")

    @admin.display(description=_("reference number and status"))
    def reference_and_status(self, obj):
        if not obj.pk:
            return _("Given when saved")
        return f"{obj.reference or '—'} · {obj.get_status_display()}"


@admin.register(Workshop)
class WorkshopAdmin(SpreadsheetMixin, SimpleHistoryAdmin):
    form = WorkshopAdminForm
    resource_classes = [WorkshopResource]
    # The target cluster is a filter beside the list: its long names left no room for the rest.
    list_display = ["title", "start_date", "host_province", "status", "publication", "participant_count"]
    list_filter = ["publication", "status", "target_cluster", "organising_centre"]
    list_select_related = ["host_province"]
    search_fields = ["title", "title_en", "venue", "theme", "slug"]
    date_hierarchy = "start_date"
    prepopulated_fields = {"slug": ["title_en"]}
    autocomplete_fields = [
        "host_province",
        "target_cluster",
        "target_clusters",
        "target_provinces",
        "organising_centre",
    ]
    actions = ["publish", "unpublish", "duplicate"]
    fieldsets = [
        (None, {"fields": ["title", "title_en", "slug", "theme", "status", "publication"]}),
        (_("When and where"), {"fields": [("start_date", "end_date"), "venue", "host_province"]}),
        (
            _("Provinces"),
            {"fields": ["organising_centre", "target_cluster", "target_clusters", "target_provinces"]},
        ),
        (_("People"), {"fields": ["chair", "officials", "participant_count"]}),
        (_("Summary"), {"fields": ["summary", "inferred"]}),
    ]
    inlines = [
        SessionInline,
        WorkshopPersonInline,
        ParticipationInline,
        ActivityInline,
        HandoverInline,
        SuccessStoryInline,
        WorkshopPhotoInline,
        OutcomeInline,
    ]

    def get_queryset(self, request):
        return Workshop.objects.visible_to(request.user)

    def save_formset(self, request, form, formset, change):
        if formset.model is not Request:
            return super().save_formset(request, form, formset, change)
        for outcome in formset.save(commit=False):
            if outcome.pk is None:
                # A new outcome goes through the request workflow: reference, history, status.
                request_record_from_workshop(
                    workshop=form.instance,
                    province=outcome.province,
                    category=outcome.category,
                    title=outcome.title,
                    description=outcome.description,
                    recorded_by=request.user,
                )
            else:
                outcome.version += 1
                outcome.full_clean()
                outcome.save()
        formset.save_m2m()

    @admin.action(description=_("Publish on the portal"), permissions=["change"])
    def publish(self, request, queryset):
        self._set_publication(request, queryset, Workshop.Publication.PUBLISHED)

    @admin.action(description=_("Withdraw to draft"), permissions=["change"])
    def unpublish(self, request, queryset):
        self._set_publication(request, queryset, Workshop.Publication.DRAFT)

    def _set_publication(self, request, queryset, publication: str) -> None:
        count = services.workshops_set_publication(workshops=queryset, publication=publication)
        message = (
            ngettext("Published %(count)d workshop.", "Published %(count)d workshops.", count)
            if publication == Workshop.Publication.PUBLISHED
            else ngettext("Withdrew %(count)d workshop.", "Withdrew %(count)d workshops.", count)
        )
        self.message_user(request, message % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Duplicate as a new workshop"), permissions=["add"])
    def duplicate(self, request, queryset):
        copies = [services.workshop_duplicate(workshop=workshop) for workshop in queryset]
        links = format_html(
            ", ".join(['<a href="{}">{}</a>'] * len(copies)),
            *[
                value
                for copy in copies
                for value in (reverse("admin:workshops_workshop_change", args=[copy.pk]), copy.title)
            ],
        )
        self.message_user(
            request,
            format_html(
                "{} {}",
                ngettext("Created %(count)d new workshop:", "Created %(count)d new workshops:", len(copies))
                % {"count": len(copies)},
                links,
            ),
            messages.SUCCESS,
        )
