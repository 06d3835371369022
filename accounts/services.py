"""Account workflows: giving a user a role."""

from django.contrib.auth.models import Group
from django.db import transaction

from accounts.models import User
from accounts.roles import GROUP_BY_ROLE, sync_groups


@transaction.atomic
def user_set_role(
    *, user: User, role: str, province=None, regional_centre=None, agency=None, deliverer=None
) -> User:
    """Give ``user`` a role and the link it needs; staff also get the admin (``is_staff``).

    A focal point answers for a deliverer; an agency's focal point may be given the agency
    (its deliverer follows), and a deliverer that is an agency sets the agency too.
    """
    from agencies.models import Deliverer

    user.role = role
    user.province = province if role == User.Role.PCSO else None
    user.regional_centre = regional_centre if role == User.Role.COORDINATOR else None
    if role == User.Role.FOCAL_POINT:
        if deliverer is None and agency is not None:
            deliverer = Deliverer.objects.get(agency=agency)
        user.deliverer = deliverer
        user.agency = deliverer.agency if deliverer is not None else None
    else:
        user.deliverer = None
        user.agency = None
    user.is_staff = user.is_superuser or role == User.Role.STAFF
    user.full_clean()
    user.save()
    if not Group.objects.filter(name__in=GROUP_BY_ROLE.values()).exists():
        sync_groups()
    role_groups = Group.objects.filter(name__in=GROUP_BY_ROLE.values())
    user.groups.remove(*role_groups)
    if role in GROUP_BY_ROLE:
        user.groups.add(Group.objects.get(name=GROUP_BY_ROLE[role]))
    return user
