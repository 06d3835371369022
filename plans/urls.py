from django.urls import path

from plans import views

app_name = "plans"
urlpatterns = [
    path("provinces/<slug:slug>/plans/", views.ProvincePlansView.as_view(), name="province_plans"),
]
