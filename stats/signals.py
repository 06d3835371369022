"""Drop the cached figures when the rows they count change (a decoupled concern: cache purge)."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from agencies.models import Deliverer
from plans.models import Plan, Project
from provinces.models import ClusterMembership
from requests_app.models import Assignment, Request, RequestEvent
from stats.models import ReportedCategory, ReportedFigure
from stats.services import figures_changed
from workshops.models import Workshop

_COUNTED = (
    Request,
    Assignment,
    RequestEvent,
    Workshop,
    ClusterMembership,
    Deliverer,
    ReportedFigure,
    ReportedCategory,
    Plan,
    Project,
)


@receiver(post_save)
@receiver(post_delete)
def counted_row_changed(sender, raw=False, **kwargs):
    if sender in _COUNTED and not raw:
        figures_changed()


@receiver(m2m_changed, sender=Workshop.target_provinces.through)
def workshop_provinces_changed(sender, **kwargs):
    figures_changed()


@receiver(m2m_changed, sender=Workshop.target_clusters.through)
def workshop_clusters_changed(sender, **kwargs):
    figures_changed()


@receiver(m2m_changed, sender=Project.requests.through)
@receiver(m2m_changed, sender=Project.assignments.through)
def plan_links_changed(sender, **kwargs):
    figures_changed()
