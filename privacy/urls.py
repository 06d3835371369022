from django.urls import path

from privacy import views

app_name = "privacy"
urlpatterns = [
    path("my/personal-data/", views.PersonalDataView.as_view(), name="personal_data"),
    path("my/personal-data/download.<str:fmt>", views.PersonalDataDownloadView.as_view(), name="download"),
    path("desk/held/<str:reference>/release/", views.HoldReleaseView.as_view(), name="hold_release"),
]
