"""Groups and their permissions, as code: `sync_groups()` makes the database match.

Each role is a group; a user's `role` field says which one they hold, and `user_set_role`
keeps the two in step. Run by a post_migrate hook and by `manage.py setup_groups`.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

STAFF = "Ministry staff"
PCSO = "PCSO"
COORDINATOR = "Regional-centre coordinators"
FOCAL_POINT = "Agency focal points"

GROUP_BY_ROLE = {
    "staff": STAFF,
    "pcso": PCSO,
    "coordinator": COORDINATOR,
    "focal_point": FOCAL_POINT,
}

# Ministry staff enter and edit everything of the programme in the admin.
_STAFF_MODELS = {
    "provinces": ["province", "cluster", "clustermembership", "regionalcentre", "pcso", "technologyclinic"],
    "agencies": ["agency", "mechanism", "deliverer"],
    "followup": ["answertemplate"],
    "workshops": ["workshop", "participation", "activity", "workshopphoto"],
    "news": ["article", "articlephoto"],
    "requests_app": ["category", "request", "assignment", "attachment", "requestevent"],
    "pages": ["page"],  # the standard's pages (the admin refuses adding and deleting them)
    "privacy": ["rightsrequest"],  # the register of data subjects' requests (deleting refused)
}

# What staff read but never change in the admin: the services write these.
_STAFF_READ_ONLY = [
    "requests_app.view_referencecounter",  # reference numbers are given at submission
    "matching.view_requestgroup",  # groups and duplicates are marked on the matching desk
    "matching.view_requestgroupmember",
    "matching.view_duplicatemark",
    "accounts.view_user",  # logins and their role history; superusers change them
    "privacy.view_accesslog",  # the access log is append-only: read, never changed
    "privacy.view_personaldatahold",  # holds are released on the request page, by the desk
    "requests_app.view_milestone",  # deliverers report them on their answer page
    "followup.view_duenotice",  # sent by the daily follow-up job
    "followup.view_follow",
]

PERMISSIONS: dict[str, list[str]] = {
    STAFF: [
        f"{app}.{action}_{model}"
        for app, models in _STAFF_MODELS.items()
        for model in models
        for action in ("view", "add", "change", "delete")
        if not (
            action == "delete"
            and model
            in {
                "province",
                "cluster",
                "agency",
                "deliverer",
                "category",
                "request",
                "requestevent",
                "attachment",
                "assignment",
            }
        )
    ]
    + _STAFF_READ_ONLY,
    PCSO: ["requests_app.add_request"],
    COORDINATOR: ["requests_app.change_request", "requests_app.add_assignment"],
    FOCAL_POINT: ["requests_app.change_assignment"],
}


@transaction.atomic
def sync_groups() -> None:
    """Create the role groups and give each exactly its permissions (idempotent)."""
    for name, codenames in PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        permissions = []
        for dotted in codenames:
            app_label, codename = dotted.split(".")
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                permissions.append(permission)
        group.permissions.set(permissions)
