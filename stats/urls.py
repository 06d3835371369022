from django.urls import path

from stats import views

app_name = "stats"
urlpatterns = [
    path("stats/", views.StatsView.as_view(), name="stats"),
    path("stats/<slug:slug>.csv", views.stats_csv, name="stats_csv"),
]
