"""Request pages: the public list and timeline, the PCSO's pages, the matching desk, exports.

Every object is fetched through ``Request.objects.visible_to(user)``: outside it is a 404. Inside
it, an action the person's role may not take is a 403. Workflows are the functions of
``requests_app.services``; a refused change comes back as a message and changes nothing.
"""

from requests_app.views.actions import ACTION_TEXT, CommentView, RequestActionView
from requests_app.views.assignments import AssignmentReportView, AssignmentStatusView
from requests_app.views.common import RoleRequiredMixin
from requests_app.views.desk import (
    AssignView,
    DeskAssignView,
    DeskExportView,
    DeskView,
)
from requests_app.views.province import (
    DraftEditView,
    MyView,
    RequestCreateView,
    RequestEditView,
    SimilarRequestsView,
)
from requests_app.views.public import (
    AttachmentDownloadView,
    RequestDetailView,
    RequestExportView,
    RequestListView,
)

__all__ = [
    "ACTION_TEXT",
    "AssignView",
    "AssignmentReportView",
    "AssignmentStatusView",
    "AttachmentDownloadView",
    "CommentView",
    "DeskAssignView",
    "DeskExportView",
    "DeskView",
    "DraftEditView",
    "MyView",
    "RequestActionView",
    "RequestCreateView",
    "RequestDetailView",
    "RequestEditView",
    "RequestExportView",
    "RequestListView",
    "RoleRequiredMixin",
    "SimilarRequestsView",
]
