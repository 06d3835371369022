"""The delivery network's registry: every agency, technology clinic and regional centre has one
deliverer, kept in step with its own record."""

from django.db import transaction

from agencies.models import Agency, Deliverer


def _values(source) -> tuple[dict, dict]:
    from provinces.models import RegionalCentre, TechnologyClinic

    if isinstance(source, Agency):
        return {"agency": source}, {
            "kind": Deliverer.Kind.AGENCY,
            "name_th": source.name_th,
            "name_en": source.name_en,
            "short_name_th": source.abbr_th or source.code,
            "short_name_en": source.code,
            "website": source.website,
        }
    if isinstance(source, RegionalCentre):
        return {"centre": source}, {
            "kind": Deliverer.Kind.CENTRE,
            "name_th": source.name_th,
            "name_en": source.name_en,
            "short_name_th": f"ศวภ.{source.number}",
            "short_name_en": f"RCC {source.number}",
            "province_id": source.host_province_id,
        }
    if isinstance(source, TechnologyClinic):
        return {"clinic": source}, {
            "kind": Deliverer.Kind.CLINIC,
            "name_th": source.institution_th,
            "name_en": source.institution_en,
            "province_id": source.province_id,
            "website": source.website,
            "phone": source.phone,
        }
    raise TypeError(f"No deliverer for {type(source).__name__}")


@transaction.atomic
def deliverer_sync(*, source) -> Deliverer:
    """The deliverer of an agency, clinic or centre, created or brought in line with ``source``."""
    lookup, values = _values(source)
    deliverer, _created = Deliverer.objects.update_or_create(**lookup, defaults=values)
    return deliverer
