"""Keep each record's search document in step with the record (a decoupled concern: indexing)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from news.models import Article
from requests_app.models import Assignment, Request
from search import services
from search.models import SearchDocument
from workshops.models import Activity, Participation, Workshop

_KIND = {
    Request: SearchDocument.Kind.REQUEST,
    Workshop: SearchDocument.Kind.WORKSHOP,
    Article: SearchDocument.Kind.ARTICLE,
}


def _reindex(kind: str, object_id: int) -> None:
    # At once rather than on commit: the document then commits or rolls back with the record.
    services.document_update(kind=kind, object_id=object_id)


@receiver(post_save, sender=Request)
@receiver(post_save, sender=Workshop)
@receiver(post_save, sender=Article)
def record_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        _reindex(_KIND[sender], instance.pk)


@receiver(post_delete, sender=Request)
@receiver(post_delete, sender=Workshop)
@receiver(post_delete, sender=Article)
def record_deleted(sender, instance, **kwargs):
    services.document_delete(kind=_KIND[sender], object_id=instance.pk)


@receiver(post_save, sender=Assignment)
@receiver(post_delete, sender=Assignment)
def assignment_changed(sender, instance, raw=False, **kwargs):
    # An agency's answer (response, mechanism) is searchable text of its request.
    if not raw and instance.request_id:
        _reindex(SearchDocument.Kind.REQUEST, instance.request_id)


@receiver(post_save, sender=Activity)
@receiver(post_delete, sender=Activity)
@receiver(post_save, sender=Participation)
@receiver(post_delete, sender=Participation)
def workshop_part_changed(sender, instance, raw=False, **kwargs):
    # A workshop's activities and taking-part agencies are searchable text of the workshop.
    if not raw and instance.workshop_id:
        _reindex(SearchDocument.Kind.WORKSHOP, instance.workshop_id)
