from django.urls import path

from pages import views
from pages.models import PageKind

app_name = "pages"
urlpatterns = [
    *[path(f"{kind}/", views.PageView.as_view(kind=kind), name=kind) for kind in PageKind.values],
    path("sitemap/", views.SiteMapView.as_view(), name="sitemap"),
]
