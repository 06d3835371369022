"""Root URLs: Thai pages at /, English under /en/, the admin at DJANGO_ADMIN_URL."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from core import views as core_views

urlpatterns = [
    path(settings.ADMIN_URL, admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
]

urlpatterns += i18n_patterns(
    path("", core_views.HomeView.as_view(), name="home"),
    path("", include("provinces.urls")),
    path("", include("agencies.urls")),
    path("", include("news.urls")),
    path("", include("workshops.urls")),
    path("", include("requests_app.urls")),
    path("accounts/", include("django.contrib.auth.urls")),
    prefix_default_language=False,
)

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
