from django.urls import path
from django.views.decorators.http import require_safe

from followup import views

app_name = "followup"
urlpatterns = [
    path("follows/", views.FollowsView.as_view(), name="follows"),
    path("follows/toggle/", views.FollowToggleView.as_view(), name="toggle"),
    path("follows/feed/renew/", views.FeedRenewView.as_view(), name="feed_renew"),
    path("follows/feed/<str:token>/", require_safe(views.FollowsFeed()), name="feed"),
]
