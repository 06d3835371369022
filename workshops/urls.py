from django.urls import path

from workshops import views

app_name = "workshops"
urlpatterns = [
    path("workshops/", views.WorkshopListView.as_view(), name="workshop_list"),
    path("workshops/upcoming.ics", views.upcoming_ics, name="upcoming_ics"),
    path("workshops/<slug:slug>.ics", views.workshop_ics, name="workshop_ics"),
    path("workshops/<slug:slug>/", views.WorkshopDetailView.as_view(), name="workshop_detail"),
]
