from django.urls import path
from django.views.decorators.http import require_safe

from news import views
from news.feeds import LatestNewsFeed

app_name = "news"
urlpatterns = [
    path("news/", views.ArticleListView.as_view(), name="article_list"),
    path("news/<slug:slug>.pdf", views.article_pdf_view, name="article_pdf"),
    path("news/<slug:slug>/print/", views.ArticlePrintView.as_view(), name="article_print"),
    path("news/<slug:slug>/", views.ArticleDetailView.as_view(), name="article_detail"),
    path("feeds/news/", require_safe(LatestNewsFeed()), name="feed"),
]
