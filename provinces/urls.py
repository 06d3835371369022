from django.urls import path

from provinces import views

app_name = "provinces"
urlpatterns = [
    path("provinces/", views.ProvinceListView.as_view(), name="province_list"),
    path("provinces/<slug:slug>/", views.ProvinceDetailView.as_view(), name="province_detail"),
    path("clusters/", views.ClusterListView.as_view(), name="cluster_list"),
    path("clusters/<slug:code>/", views.ClusterDetailView.as_view(), name="cluster_detail"),
    path("centres/", views.CentreListView.as_view(), name="centre_list"),
    path("centres/<int:number>/", views.CentreDetailView.as_view(), name="centre_detail"),
]
