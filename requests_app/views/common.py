"""What every request page shares: the role gate and the querysets lists start from."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.utils.translation import gettext as _

from requests_app import services
from requests_app.models import Assignment, Request

S = Request.Status


class RoleRequiredMixin(LoginRequiredMixin):
    """Anonymous → the login page; a logged-in person without one of ``roles`` → 403."""

    roles: tuple[str, ...] = ()

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if self.roles and services.actor_role(request.user) not in self.roles:
            raise PermissionDenied(_("This page is not for your role."))
        return super().dispatch(request, *args, **kwargs)


def _list_queryset(user):
    """What a list shows: the visibility rule, without drafts (those live on /my/)."""
    return (
        Request.objects.visible_to(user)
        .exclude(status=S.DRAFT)
        .select_related("province", "category")
        .prefetch_related(
            Prefetch(
                "assignments",
                queryset=Assignment.objects.select_related("deliverer").order_by("agency__order", "pk"),
            )
        )
    )


def _desk_queryset(user):
    queryset = _list_queryset(user)
    if services.actor_role(user) == services.COORDINATOR:
        queryset = queryset.filter(province__regional_centre_id=user.regional_centre_id)
    return queryset


def _filtered(filterset_class, data, queryset, request):
    filterset = filterset_class(data, queryset=queryset, request=request)
    return filterset.qs if filterset.is_valid() else queryset.none()


def _is_pk(value: str) -> bool:
    """A primary key as a form sends it: ASCII digits that fit the database ("²" is a digit to Python)."""
    return value.isascii() and value.isdigit() and len(value) <= 18
