"""/stats/: the programme at a glance, with a chart, a table and a CSV file for every figure."""

import csv
import io

from django.http import Http404, HttpResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from core.spreadsheets import csv_row
from core.views import BreadcrumbMixin, ReadOnlyPageMixin
from stats.charts import bar_chart, format_value
from stats.forms import FiguresFilterForm
from stats.services import figures


def _known_fiscal_years() -> list[int]:
    return figures().fiscal_years


def _filters(request) -> tuple[FiguresFilterForm, int | None, str | None]:
    form = FiguresFilterForm(request.GET or None, fiscal_years=_known_fiscal_years())
    if form.is_bound and form.is_valid():
        return form, form.cleaned_data["fy"], form.cleaned_data["region"] or None
    return form, None, None


class StatsView(ReadOnlyPageMixin, BreadcrumbMixin, TemplateView):
    """Requests by status, category, region, cluster, province, year and agency; workshops; delivery."""

    template_name = "stats/stats.html"

    def get_breadcrumbs(self):
        return [(_("Programme figures"), None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form, fiscal_year, region = _filters(self.request)
        result = figures(fiscal_year=fiscal_year, region=region)
        query = self.request.GET.urlencode() if form.is_bound and form.is_valid() else ""
        context.update(
            form=form,
            figures=result,
            query=query,
            charts=[
                {
                    "table": table,
                    "svg": bar_chart(table, chart_id=f"chart-{table.slug}"),
                    # Each value with its column's heading: on a phone a table of several
                    # columns stacks, one card per row, each value labelled.
                    "rows": [
                        (row, list(zip(table.columns, map(format_value, row.values), strict=True)))
                        for row in table.rows
                    ],
                    "stacked": len(table.columns) > 1,
                }
                for table in result.tables.values()
                if table.slug != "reported"  # shown on its own, beside the sources
            ],
        )
        return context


@require_safe
def stats_csv(request, slug: str) -> HttpResponse:
    """One table of /stats/ as CSV (UTF-8 with a byte-order mark, so spreadsheets read Thai)."""
    _form, fiscal_year, region = _filters(request)
    table = figures(fiscal_year=fiscal_year, region=region).tables.get(slug)
    if table is None:
        raise Http404
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["key", table.key_heading, *table.columns])
    for row in table.rows:
        writer.writerow(csv_row([row.key, row.label, *("" if v is None else v for v in row.values)]))
    name = "-".join(str(part) for part in ("most-figures", slug, fiscal_year or "all", region or "all"))
    response = HttpResponse(out.getvalue().encode("utf-8"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response
