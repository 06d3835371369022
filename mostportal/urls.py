"""Root URLs: Thai pages at /, English under /en/, the admin at DJANGO_ADMIN_URL."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.decorators.http import require_safe

from accounts import views as accounts_views
from api import views as api_views
from background import health as background_health
from core import views as core_views
from news.sitemaps import ArticleSitemap, PublicPagesSitemap
from pages.sitemaps import SITEMAPS
from workshops.sitemaps import WorkshopSitemap

# Public pages only; each entry lists its Thai and English address (hreflang alternates).
sitemaps = {"pages": PublicPagesSitemap, "news": ArticleSitemap, "workshops": WorkshopSitemap, **SITEMAPS}

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("readyz", background_health.readyz, name="readyz"),
    path(settings.ADMIN_URL, admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("sitemap.xml", require_safe(sitemap), {"sitemaps": sitemaps}, name="sitemap"),
    path("api/v1/", include("api.urls")),
]

urlpatterns += i18n_patterns(
    path("", core_views.HomeView.as_view(), name="home"),
    path("", include("provinces.urls")),
    path("", include("agencies.urls")),
    path("", include("news.urls")),
    path("", include("workshops.urls")),
    path("", include("requests_app.urls")),
    path("", include("matching.urls")),
    path("", include("followup.urls")),
    path("", include("stats.urls")),
    path("", include("plans.urls")),
    path("", include("search.urls")),
    path("", include("pages.urls")),
    path("", include("privacy.urls")),
    path("", include("opendata.urls")),
    # The API's description is a page like any other, in Thai and in English; the API itself
    # (api.urls above) answers at one address whatever the language.
    path("api/v1/", api_views.docs, name="api_docs"),
    path("accounts/two-factor/", accounts_views.TwoFactorSetupView.as_view(), name="two_factor_setup"),
    path(
        "accounts/two-factor/enrol/<str:token>/",
        accounts_views.TwoFactorEnrolView.as_view(),
        name="two_factor_enrol",
    ),
    path(
        "accounts/reset/<uidb64>/<token>/",
        accounts_views.ResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("accounts/", include("django.contrib.auth.urls")),
    prefix_default_language=False,
)

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
