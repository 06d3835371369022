from django.urls import path

from matching import views

app_name = "matching"
urlpatterns = [
    path(
        "desk/suggestions/<str:reference>/assign/",
        views.SuggestionAssignView.as_view(),
        name="suggestion_assign",
    ),
    path(
        "desk/requests/<str:reference>/related/", views.RequestRelatedView.as_view(), name="request_related"
    ),
]
