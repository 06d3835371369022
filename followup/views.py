"""Following: the person's follows and feed address, follow/unfollow, the private Atom feed."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView

from agencies.models import Deliverer
from core.views import BreadcrumbMixin, next_url
from followup import services
from followup.models import FeedToken
from provinces.models import Province
from requests_app.models import Request


def _target(user, kind: str, key: str):
    if kind == "request":
        return get_object_or_404(Request.objects.visible_to(user), reference=key)
    if kind == "province":
        return get_object_or_404(Province, slug=key)
    if kind == "deliverer" and key.isascii() and key.isdigit():
        return get_object_or_404(Deliverer, pk=int(key))
    raise Http404


class FollowsView(LoginRequiredMixin, BreadcrumbMixin, TemplateView):
    """What the person follows, the address of their feed, and the latest news of their follows."""

    template_name = "followup/follows.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        follows = list(
            user.follows.select_related(
                "request__province",
                "province",
                "deliverer__agency",
                "deliverer__centre",
                "deliverer__province",
            )
        )
        token = services.feed_token_for(user)
        context.update(
            follows=follows,
            feed_url=self.request.build_absolute_uri(reverse("followup:feed", kwargs={"token": token.token})),
            events=services.followed_events(user, follows=follows).select_related(
                "request", "assignment__deliverer"
            )[:20],
        )
        return context

    def get_breadcrumbs(self):
        return [(gettext_lazy("What I follow"), None)]


class FollowToggleView(LoginRequiredMixin, View):
    """Follow or stop following a request, a province or a deliverer (POST only)."""

    http_method_names = ["post"]

    def post(self, request):
        target = _target(request.user, request.POST.get("kind", ""), request.POST.get("key", ""))
        back = next_url(request, default=reverse("followup:follows"))
        if request.POST.get("action") == "unfollow":
            services.follow_remove(user=request.user, target=target)
            messages.success(request, _("You no longer follow %(target)s.") % {"target": target})
        else:
            services.follow_add(user=request.user, target=target)
            messages.success(
                request,
                _("You follow %(target)s: news of it comes by e-mail and in your feed.") % {"target": target},
            )
        return HttpResponseRedirect(back)


class FeedRenewView(LoginRequiredMixin, View):
    """A new secret address for the person's feed; the old one stops working (POST only)."""

    http_method_names = ["post"]

    def post(self, request):
        services.feed_token_for(request.user, renew=True)
        messages.success(request, _("Your feed has a new address; the old one no longer works."))
        return HttpResponseRedirect(reverse("followup:follows"))


class FollowsFeed(Feed):
    """A person's follows as Atom: the newest 50 rows they may read. The token in the address is the
    only key (feed readers cannot log in), so it is long, random and renewable."""

    feed_type = Atom1Feed

    def get_object(self, request, token: str):
        found = FeedToken.objects.select_related(
            "user__province", "user__regional_centre", "user__deliverer"
        ).filter(token=token, user__is_active=True)
        feed_token = found.first()
        if feed_token is None:
            raise Http404
        return feed_token.user

    def title(self, user) -> str:
        return _("MOST Portal: what %(name)s follows") % {"name": user}

    def link(self, user) -> str:
        return reverse("followup:follows")

    def subtitle(self, user) -> str:
        return _("Changes on the requests, provinces and deliverers you follow.")

    def items(self, user):
        return services.followed_events(user).select_related("request__province", "assignment__deliverer")[
            :50
        ]

    def item_title(self, event) -> str:
        what = event.get_kind_display()
        if event.to_status:
            what = f"{what}: {event.to_status_label}"
        if event.assignment_id:
            what = f"{what} ({event.assignment.deliverer.short_name})"
        return f"{event.request.reference} · {what}"

    def item_description(self, event) -> str:
        return f"{event.request.title}\n\n{event.message}".strip()

    def item_link(self, event) -> str:
        return f"{event.request.get_absolute_url()}#event-{event.pk}"

    def item_pubdate(self, event):
        return event.created_at

    def item_guid(self, event) -> str:
        return f"most-portal-event-{event.pk}"

    item_guid_is_permalink = False
