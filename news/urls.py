from django.urls import path

from news import views

app_name = "news"
urlpatterns = [
    path("news/", views.ArticleListView.as_view(), name="article_list"),
    path("news/<slug:slug>/", views.ArticleDetailView.as_view(), name="article_detail"),
]
