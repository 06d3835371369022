"""Where and who: requests by district (อำเภอ/เขต) and by the proposer's sector (two queries)."""

from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext as _

from core.models import localized
from requests_app.models import Request

NOT_RECORDED = "-"


def where_who_tables(*, requests, table) -> dict:
    Table, Row = table
    listing = reverse("requests:request_list")
    by_sector = dict(requests.values_list("proposer_sector").annotate(n=Count("pk")).order_by())
    sectors = [
        Row(value, str(label), [by_sector.get(value, 0)]) for value, label in Request.ProposerSector.choices
    ]
    if by_sector.get(""):
        sectors.append(Row(NOT_RECORDED, _("Not recorded"), [by_sector[""]]))
    districts = sorted(
        (
            Row(
                code,
                f"{localized(name_th, name_en)}, {localized(province_th, province_en)}",
                [n],
                f"{listing}?district={code}",
            )
            for code, name_th, name_en, province_th, province_en, n in requests.exclude(district=None)
            .values_list(
                "district__code",
                "district__name_th",
                "district__name_en",
                "district__province__name_th",
                "district__province__name_en",
            )
            .annotate(n=Count("pk"))
            .order_by()
        ),
        key=lambda row: (-row.values[0], row.key),
    )
    return {
        "proposer_sector": Table(
            "proposer_sector",
            _("Requests by proposer's sector"),
            _("Sector"),
            [_("Requests")],
            sectors,
            note=_("The sector of the body that raised the need, where the record names one."),
        ),
        "district": Table(
            "district",
            _("Requests by district"),
            _("District"),
            [_("Requests")],
            districts,
            chart_limit=15,
            note=_("Requests whose district is recorded; the chart shows the fifteen with the most."),
        ),
    }
