from django.urls import path

from agencies import views

app_name = "agencies"
urlpatterns = [
    path("agencies/", views.AgencyListView.as_view(), name="agency_list"),
    path("agencies/<slug:slug>/", views.AgencyDetailView.as_view(), name="agency_detail"),
]
