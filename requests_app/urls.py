from django.urls import path, register_converter

from requests_app import views


class ReferenceConverter:
    """A request reference: fiscal year, a dash, the sequence (2557-0008)."""

    regex = r"[0-9]{4}-[0-9]{4,6}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(ReferenceConverter, "ref")

app_name = "requests"
urlpatterns = [
    path("my/", views.MyView.as_view(), name="my"),
    path("desk/", views.DeskView.as_view(), name="desk"),
    path("desk/assign/", views.DeskAssignView.as_view(), name="desk_assign"),
    path("desk/export/<str:fmt>/", views.DeskExportView.as_view(), name="desk_export"),
    path("requests/", views.RequestListView.as_view(), name="request_list"),
    path("requests/new/", views.RequestCreateView.as_view(), name="request_create"),
    path("requests/similar/", views.SimilarRequestsView.as_view(), name="similar"),
    path("requests/export/<str:fmt>/", views.RequestExportView.as_view(), name="request_export"),
    path("requests/draft/<int:pk>/", views.DraftEditView.as_view(), name="draft_edit"),
    path("requests/<ref:reference>/", views.RequestDetailView.as_view(), name="request_detail"),
    path("requests/<ref:reference>/edit/", views.RequestEditView.as_view(), name="request_edit"),
    path("requests/<ref:reference>/comment/", views.CommentView.as_view(), name="comment"),
    path("requests/<ref:reference>/assign/", views.AssignView.as_view(), name="assign"),
    path(
        "requests/<ref:reference>/attachments/<int:pk>/",
        views.AttachmentDownloadView.as_view(),
        name="attachment",
    ),
    path("requests/<ref:reference>/<slug:action>/", views.RequestActionView.as_view(), name="action"),
    path("assignments/<int:pk>/status/", views.AssignmentStatusView.as_view(), name="assignment_status"),
    path("assignments/<int:pk>/report/", views.AssignmentReportView.as_view(), name="assignment_report"),
]
