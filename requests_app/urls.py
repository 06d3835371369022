from django.urls import path

from requests_app import views

app_name = "requests"
urlpatterns = [
    path("requests/", views.RequestListView.as_view(), name="request_list"),
    path("requests/<str:reference>/", views.RequestDetailView.as_view(), name="request_detail"),
]
