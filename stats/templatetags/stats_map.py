"""``{% province_map %}``: the province tile map, on /stats/ and /provinces/."""

from django import template

from core.collation import sort_by_name
from provinces.models import Province, Region
from stats import maps
from stats.services import figures as compute_figures

register = template.Library()


def _int_or_none(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@register.inclusion_tag("stats/includes/province_map.html", takes_context=True)
def province_map(context, figures=None, with_form: bool = False):
    """The map shaded by public requests per province for the chosen fiscal year (``?fy=``).

    Pass the page's ``figures`` when it has them (/stats/); otherwise the tag reads ``fy`` and
    ``region`` from the query string and takes the (cached) figures itself.
    """
    request = context.get("request")
    if figures is None:
        params = request.GET if request else {}
        region = params.get("region") if params.get("region") in Region.values else None
        figures = compute_figures(fiscal_year=_int_or_none(params.get("fy")), region=region)
    provinces = list(
        Province.objects.only(
            "code",
            "slug",
            "name_th",
            "name_en",
            "abbreviation_th",
            "abbreviation_en",
            "latitude",
            "longitude",
        )
    )
    counts = figures.province_counts
    bounds = maps.shade_bounds(max(counts.values(), default=0))
    return {
        "request": request,
        "figures": figures,
        "with_form": with_form,
        "region_label": dict(Region.choices).get(figures.region, ""),
        "svg": maps.province_map_svg(provinces, counts),
        "legend": [(0, 0, 0)] + [(index, low, high) for index, (low, high) in enumerate(bounds, start=1)],
        "rows": sort_by_name(((p, counts.get(p.code, 0)) for p in provinces), lambda item: item[0].name),
        "total": sum(counts.values()),
    }
