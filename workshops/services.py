"""Workshop workflows: duplicating a workshop, checking its target provinces.

Outcomes (the provinces' requests) are recorded by ``requests_app.services.request_record_from_workshop``.
"""

import datetime as dt

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from provinces.models import Cluster, Province
from workshops.models import Workshop


def _free_slug(base: str) -> str:
    base = slugify(base)[:100] or "workshop"
    slug, number = base, 1
    while Workshop.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


@transaction.atomic
def workshop_duplicate(*, workshop: Workshop) -> Workshop:
    """A new planned workshop copied from ``workshop``: its details, target provinces, agencies
    and activities — not its photos, outcomes or news, which belong to the day it was held."""
    copy = Workshop(
        title=_("%(title)s (copy)") % {"title": workshop.title},
        title_en=f"{workshop.title_en} (copy)" if workshop.title_en else "",
        slug=_free_slug(f"{workshop.slug}-copy"),
        theme=workshop.theme,
        start_date=workshop.start_date,
        end_date=workshop.end_date,
        venue=workshop.venue,
        host_province_id=workshop.host_province_id,
        target_cluster_id=workshop.target_cluster_id,
        organising_centre_id=workshop.organising_centre_id,
        chair=workshop.chair,
        officials=workshop.officials,
        status=Workshop.Status.PLANNED,
    )
    copy.full_clean()
    copy.save()
    copy.target_provinces.set(workshop.target_provinces.all())
    copy.target_clusters.set(workshop.target_clusters.all())
    for person in workshop.people.all():
        person.pk = None
        person.workshop = copy
        person.full_clean()
        person.save()
    for participation in workshop.participations.all():
        participation.pk = None
        participation.workshop = copy
        participation.full_clean()
        participation.save()
    for activity in workshop.activities.all():
        activity.pk = None
        activity.workshop = copy
        activity.full_clean()
        activity.save()
    return copy


def workshop_provinces_outside_cluster(*, workshop: Workshop) -> list[Province]:
    """Target provinces that were not members of the workshop's cluster on its start date."""
    if not workshop.target_cluster_id or not workshop.pk:
        return []
    return provinces_outside_cluster(
        cluster=workshop.target_cluster, day=workshop.start_date, provinces=workshop.target_provinces.all()
    )


def provinces_outside_cluster(*, cluster: Cluster, day: dt.date, provinces) -> list[Province]:
    """Those of ``provinces`` that were not members of ``cluster`` on ``day`` (before anything is saved)."""
    members = set(cluster.members_on(day).values_list("pk", flat=True))
    return sorted((province for province in provinces if province.pk not in members), key=lambda p: p.code)


@transaction.atomic
def workshops_set_publication(*, workshops, publication: str) -> int:
    """Publish or withdraw ``workshops``; returns how many changed. Saved one by one, so the
    history, the search index and the page caches follow each of them."""
    count = 0
    for workshop in workshops.exclude(publication=publication):
        workshop.publication = publication
        workshop.full_clean()
        workshop.save()
        count += 1
    return count
