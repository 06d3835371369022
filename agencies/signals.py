"""Keeps the deliverer registry in step with agencies, clinics and centres (a decoupled concern:
whatever saves one of those, the admin, a migration's successor or the demo loader)."""

from django.db.models.signals import post_save

from agencies.models import Agency


def _sync(sender, instance, raw=False, **kwargs):
    if raw:
        return
    from agencies.services import deliverer_sync

    deliverer_sync(source=instance)


def connect() -> None:
    from provinces.models import RegionalCentre, TechnologyClinic

    for model in (Agency, RegionalCentre, TechnologyClinic):
        post_save.connect(_sync, sender=model, dispatch_uid=f"deliverer_sync_{model.__name__}")
