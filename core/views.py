"""The home page, the health check and view helpers shared by the apps."""

from contextlib import contextmanager

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import Count, Q
from django.http import JsonResponse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from agencies.models import Agency
from core.cache import cached_content
from news.models import Article
from provinces.models import Province
from requests_app.models import Request
from workshops.models import Workshop


class Refusal:
    """A service's refusal of a change: true when one refused, with its reason (see :func:`refusal`)."""

    refused = False
    reason = ""

    def __bool__(self) -> bool:
        return self.refused


@contextmanager
def refusal(*also: type[Exception]):
    """Runs service calls in the request's transaction; when one refuses, undoes what they wrote.

    A ``ValidationError`` (and the exception types in ``also``, e.g. ``PermissionDenied``) ends
    the block: the request's transaction is marked for rollback, so nothing is half-saved, and
    the reason is kept for the page to show in the person's language::

        with refusal(PermissionDenied) as refused:
            services.request_comment(...)
        if refused:
            messages.error(request, refused.reason)
    """
    outcome = Refusal()
    try:
        yield outcome
    except (ValidationError, *also) as error:
        transaction.set_rollback(True)
        outcome.refused = True
        reason = " ".join(error.messages) if isinstance(error, ValidationError) else str(error)
        outcome.reason = reason or gettext("You may not do this")


def next_url(request, default: str) -> str:
    """Where a form goes back to: its ``next`` field when that is a page of this site, else ``default``."""
    target = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if safe else default


class ReadOnlyPageMixin:
    """A page that only reads, served outside the request's transaction.

    ``ATOMIC_REQUESTS`` wraps every view in a transaction, so that a failed change leaves nothing
    half-saved. A page that changes nothing needs none, and saves the BEGIN and COMMIT round trips
    to the database on every view (its template already renders after the view has returned).
    """

    @classmethod
    def as_view(cls, **initkwargs):
        return transaction.non_atomic_requests(super().as_view(**initkwargs))


class BreadcrumbMixin:
    """Puts ``breadcrumbs`` — a list of (label, url) after "Home" — into the context."""

    def get_breadcrumbs(self) -> list[tuple[str, str | None]]:
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["breadcrumbs"] = self.get_breadcrumbs()
        return context


class HomeView(ReadOnlyPageMixin, TemplateView):
    """Latest news, upcoming and recent workshops, and the programme's key figures."""

    template_name = "home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        user = self.request.user
        workshops = Workshop.objects.visible_to(user).select_related("host_province", "target_cluster")
        context.update(
            latest_news=Article.objects.published().select_related("workshop")[:4],
            upcoming_workshops=workshops.filter(end_date__gte=today)
            .exclude(status=Workshop.Status.CANCELLED)
            .order_by("start_date")[:3],
            recent_workshops=workshops.filter(end_date__lt=today)[:4],
            figures=cached_content("home-figures", _key_figures),
        )
        return context


def _key_figures() -> dict[str, int]:
    """The programme's figures as the public sees them: the same for every visitor, so cached."""
    public = AnonymousUser()
    return Request.objects.visible_to(public).aggregate(
        requests=Count("pk"),
        delivered=Count("pk", filter=Q(status=Request.Status.DELIVERED)),
    ) | {
        "workshops": Workshop.objects.visible_to(public).count(),
        "provinces": Province.objects.count(),
        "agencies": Agency.objects.count(),
    }


@never_cache
@require_safe
@transaction.non_atomic_requests
def healthz(request):
    """For load balancers: 200 when this app server can reach its database, 503 when it cannot.

    Outside the request transaction: with ``ATOMIC_REQUESTS`` the connection would be opened (and
    fail, a 500 page) before this view's ``try`` ran. ``?full=1`` gives the full readiness report
    instead (background.health.readyz).
    """
    if request.GET.get("full"):
        from background.health import readyz

        return readyz(request)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # any database failure means "take me out of rotation"
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok"})


def csrf_failure(request, reason=""):
    """A rejected form (expired CSRF token) in the site's style and the user's language."""
    from django.shortcuts import render

    return render(request, "403_csrf.html", status=403)
