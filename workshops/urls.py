from django.urls import path

from workshops import views

app_name = "workshops"
urlpatterns = [
    path("workshops/", views.WorkshopListView.as_view(), name="workshop_list"),
    path("workshops/<slug:slug>/", views.WorkshopDetailView.as_view(), name="workshop_detail"),
]
