from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import SimpleRouter

from api import views

router = SimpleRouter()
router.register("provinces", views.ProvinceViewSet, basename="province")
router.register("clusters", views.ClusterViewSet, basename="cluster")
router.register("centres", views.CentreViewSet, basename="centre")
router.register("agencies", views.AgencyViewSet, basename="agency")
router.register("workshops", views.WorkshopViewSet, basename="workshop")
router.register("requests", views.RequestViewSet, basename="request")

app_name = "api"
urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves its start-up script as a file of its own: no inline script for the CSP.
    path("schema/swagger/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="swagger"),
    path("stats/", views.FiguresView.as_view(), name="stats"),
    path("", include(router.urls)),
]
