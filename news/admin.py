"""News entry for ministry staff: rich-text body, cover and gallery photos, draft/scheduled/published."""

from django.contrib import admin, messages
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from news.forms import ArticleAdminForm
from news.models import Article, ArticlePhoto


class PhotoInline(admin.TabularInline):
    """Photos of an article or a workshop, each with a thumbnail of its list rendition."""

    extra = 0
    readonly_fields = ["preview"]

    @admin.display(description=_("preview"))
    def preview(self, obj):
        if not obj.pk or not obj.image:
            return ""
        return format_html('<img class="photo-preview" src="{}" alt="">', obj.list_url)


class ArticlePhotoInline(PhotoInline):
    model = ArticlePhoto
    fields = ["preview", "image", "is_cover", "caption", "caption_en", "credit", "order"]


class StateFilter(admin.SimpleListFilter):
    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [("draft", _("Draft")), ("scheduled", _("Scheduled")), ("published", _("Published"))]

    def queryset(self, request, queryset):
        now = timezone.now()
        if self.value() == "draft":
            return queryset.filter(status=Article.Status.DRAFT)
        if self.value() == "scheduled":
            return queryset.filter(status=Article.Status.PUBLISHED, published_at__gt=now)
        if self.value() == "published":
            return queryset.filter(status=Article.Status.PUBLISHED, published_at__lte=now)
        return queryset


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    form = ArticleAdminForm
    list_display = ["title", "state", "published_at", "workshop"]
    list_filter = [StateFilter]
    list_select_related = ["workshop"]
    search_fields = ["title", "title_en", "lead", "slug"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title_en"]}
    autocomplete_fields = ["workshop", "reported_workshops"]
    actions = ["publish_now", "unpublish"]
    fieldsets = [
        (None, {"fields": ["title", "title_en", "slug", "lead", "body"]}),
        (_("Workshop"), {"fields": ["workshop", "reported_workshops"]}),
        (_("Credits"), {"fields": ["writer", "photographers", "pr_contact"]}),
        (_("Publication"), {"fields": ["status", "published_at", "undated"]}),
    ]
    inlines = [ArticlePhotoInline]

    def get_queryset(self, request):
        return Article.objects.visible_to(request.user)

    def save_model(self, request, obj, form, change):
        if obj.author_id is None:
            obj.author = request.user
        super().save_model(request, obj, form, change)

    @admin.display(description=_("state"))
    def state(self, obj):
        return obj.state_label

    @admin.action(description=_("Publish now"), permissions=["change"])
    def publish_now(self, request, queryset):
        count = 0
        for article in queryset.exclude(status=Article.Status.PUBLISHED, published_at__lte=timezone.now()):
            article.status, article.published_at = Article.Status.PUBLISHED, timezone.now()
            article.full_clean()
            article.save()
            count += 1
        self.message_user(
            request,
            ngettext("Published %(count)d article.", "Published %(count)d articles.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Withdraw to draft"), permissions=["change"])
    def unpublish(self, request, queryset):
        count = 0
        for article in queryset.filter(status=Article.Status.PUBLISHED):
            article.status = Article.Status.DRAFT
            article.full_clean()
            article.save()
            count += 1
        self.message_user(
            request,
            ngettext("Withdrew %(count)d article.", "Withdrew %(count)d articles.", count) % {"count": count},
            messages.SUCCESS,
        )
