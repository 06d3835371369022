"""Workflows on the province reference data."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from provinces.models import Cluster, ClusterMembership, Province


@transaction.atomic
def membership_regroup(
    *, province: Province, cluster: Cluster, effective: dt.date, basis: str = ""
) -> ClusterMembership:
    """Move ``province`` into ``cluster`` from ``effective`` on, closing its current membership.

    The earlier membership keeps its history: it ends the day the new one starts, so "the
    cluster of a province on a date" stays answerable for every date.
    """
    current = (
        ClusterMembership.objects.select_for_update()
        .filter(province=province, valid_to__isnull=True)
        .select_related("cluster")
        .first()
    )
    if current is not None:
        if current.cluster_id == cluster.pk:
            raise ValidationError(
                _("%(province)s is already a member of %(cluster)s.")
                % {"province": province, "cluster": cluster}
            )
        if current.valid_from and current.valid_from >= effective:
            raise ValidationError(_("The regrouping must take effect after the current membership began."))
        current.valid_to = effective
        current.full_clean()
        current.save(update_fields=["valid_to"])
    membership = ClusterMembership(province=province, cluster=cluster, valid_from=effective, basis=basis)
    membership.full_clean()
    membership.save()
    return membership
