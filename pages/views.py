"""The standard's pages (about, contact, policies, FAQ) and the HTML site map."""

from django.conf import settings
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from core.views import BreadcrumbMixin, ReadOnlyPageMixin
from pages import cookies
from pages.models import Page, PageKind


class PageView(ReadOnlyPageMixin, BreadcrumbMixin, TemplateView):
    """One page as staff last saved it, with the date it was last updated."""

    template_name = "pages/page.html"
    kind = ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = Page.objects.filter(kind=self.kind).first()
        if page is None:
            raise Http404
        context["page"] = page
        if self.kind == PageKind.COOKIES:
            context["cookies"] = cookies.portal_cookies()
        if self.kind == PageKind.PRIVACY:
            from privacy.retention import retention_schedule

            context["retention"] = retention_schedule()
        return context

    def get_breadcrumbs(self):
        return [(PageKind(self.kind).label, None)]


#: The HTML site map: every public section of the portal, then the standard's pages.
SECTIONS = [
    (_("Home"), "home"),
    (_("News"), "news:article_list"),
    (_("Workshops"), "workshops:workshop_list"),
    (_("Requests"), "requests:request_list"),
    (_("Provinces"), "provinces:province_list"),
    (_("Clusters"), "provinces:cluster_list"),
    (_("Regional centres"), "provinces:centre_list"),
    (_("Agencies"), "agencies:agency_list"),
    (_("Figures"), "stats:stats"),
    (_("Search"), "search:search"),
    (_("Open data"), "opendata:index"),
    (_("Open data API"), "api_docs"),
]


class SiteMapView(ReadOnlyPageMixin, BreadcrumbMixin, TemplateView):
    """Every public section and page of the portal, as a list of links."""

    template_name = "pages/sitemap.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sections"] = SECTIONS
        context["pages"] = [(kind.label, f"pages:{kind.value}") for kind in PageKind]
        context["external"] = external_links()
        return context

    def get_breadcrumbs(self):
        return [(_("Site map"), None)]


def external_links() -> list[tuple[str, str]]:
    """The government links every page's footer carries (addresses are settings)."""
    return [
        (_("Ministry of Science and Technology"), settings.MINISTRY_SITE_URL),
        (
            _("Official Information Centre"),
            settings.OFFICIAL_INFORMATION_URL or reverse("pages:contact") + "#official-information",
        ),
        (_("Government open-data catalogue (data.go.th)"), settings.OPEN_DATA_CATALOGUE_URL),
    ]
