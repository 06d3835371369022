"""Workflows on the province reference data."""

import datetime as dt
import re

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from core.dates import to_arabic_digits
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
                % {"province": province.title, "cluster": cluster}
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


_CENTRE_NUMBER = re.compile(r"^\s*(?:ศวภ\.?|ศูนย์|rcc|centre|center)?\s*(\d{1,2})\s*$", re.IGNORECASE)


def centre_number(text: str) -> int | None:
    """The regional centre's number in what staff type: "ศวภ.2", "ศวภ. ๒", "RCC 2", "2"; else None."""
    match = _CENTRE_NUMBER.match(to_arabic_digits(text or ""))
    return int(match.group(1)) if match else None
