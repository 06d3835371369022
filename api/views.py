"""The open-data API, read-only: every list filters, paginates and downloads as CSV (?format=csv).

Records come through the same ``visible_to(user)`` querysets as the pages. The API takes no
login (``DEFAULT_AUTHENTICATION_CLASSES = []``), so ``user`` is always anonymous: only public
records, and the serializers carry only public fields.
"""

from django.db.models import Prefetch
from django.shortcuts import render
from django.views.decorators.http import require_safe
from django_filters import rest_framework as filters
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from agencies.models import Agency, Mechanism
from api import serializers
from provinces.models import Cluster, ClusterMembership, Province, Region, RegionalCentre
from requests_app.filters import RequestFilter
from requests_app.models import Assignment, Request, RequestEvent
from stats.forms import FiguresFilterForm
from stats.services import figures
from workshops.filters import WorkshopFilter
from workshops.models import Workshop, WorkshopPerson


class ProvinceFilter(filters.FilterSet):
    region = filters.ChoiceFilter(choices=Region.choices)

    class Meta:
        model = Province
        fields = ["region"]


class ProvinceViewSet(viewsets.ReadOnlyModelViewSet):
    """Thailand's 77 provinces with their coordinates, region and regional centre."""

    queryset = Province.objects.select_related("regional_centre")
    serializer_class = serializers.ProvinceSerializer
    filterset_class = ProvinceFilter
    lookup_field = "code"


class ClusterViewSet(viewsets.ReadOnlyModelViewSet):
    """The 18 province clusters and every dated membership (valid_to is the first day out)."""

    queryset = Cluster.objects.select_related("hub_province").prefetch_related(
        Prefetch(
            "memberships",
            queryset=ClusterMembership.objects.select_related("province").order_by(
                "valid_from", "province__code"
            ),
        )
    )
    serializer_class = serializers.ClusterSerializer
    lookup_field = "code"


class CentreViewSet(viewsets.ReadOnlyModelViewSet):
    """The ministry's regional coordination centres (ศวภ.) and the provinces they cover."""

    queryset = RegionalCentre.objects.select_related("host_province").prefetch_related(
        Prefetch("provinces", queryset=Province.objects.order_by("code"))
    )
    serializer_class = serializers.CentreSerializer
    lookup_field = "number"


class AgencyViewSet(viewsets.ReadOnlyModelViewSet):
    """The ministry's agencies with the support mechanisms they offer."""

    queryset = Agency.objects.prefetch_related(
        Prefetch("mechanisms", queryset=Mechanism.objects.active(), to_attr="active_mechanisms")
    )
    serializer_class = serializers.AgencySerializer
    lookup_field = "slug"


class WorkshopViewSet(viewsets.ReadOnlyModelViewSet):
    """Workshops, filtered like the workshop list page (the same FilterSet)."""

    serializer_class = serializers.WorkshopSerializer
    filterset_class = WorkshopFilter
    lookup_field = "slug"

    def get_queryset(self):
        return (
            Workshop.objects.visible_to(self.request.user)
            .select_related("host_province", "target_cluster", "organising_centre")
            .prefetch_related(
                Prefetch("target_provinces", queryset=Province.objects.order_by("code")),
                Prefetch("target_clusters", queryset=Cluster.objects.order_by("code")),
                "sessions",
                Prefetch("people", queryset=WorkshopPerson.objects.select_related("person")),
            )
            .order_by("-start_date", "pk")
        )


class RequestViewSet(viewsets.ReadOnlyModelViewSet):
    """Public S&T requests with the agencies answering them and their public timeline.

    Filtered like the request list page (the same FilterSet). Only reviewed requests appear, and
    only the public rows of their history.
    """

    serializer_class = serializers.RequestSerializer
    filterset_class = RequestFilter
    lookup_field = "reference"

    def get_queryset(self):
        return (
            Request.objects.visible_to(self.request.user)
            .select_related("province", "category", "workshop", "district")
            .prefetch_related(
                Prefetch(
                    "assignments",
                    queryset=Assignment.objects.select_related("agency", "deliverer", "mechanism"),
                ),
                Prefetch(
                    "events",
                    queryset=RequestEvent.objects.filter(visibility=RequestEvent.Visibility.PUBLIC),
                    to_attr="public_events",
                ),
            )
            .order_by("-submitted_at", "-pk")
        )


class FiguresView(APIView):
    """The figures of /stats/: the same tables, for a fiscal year and a region."""

    @extend_schema(
        parameters=[
            OpenApiParameter("fiscal_year", int, description="Thai fiscal year (B.E.), e.g. 2557"),
            OpenApiParameter("region", str, enum=Region.values),
        ],
        responses=serializers.FiguresSerializer,
    )
    def get(self, request):
        form = FiguresFilterForm(
            {
                "fy": request.query_params.get("fiscal_year", ""),
                "region": request.query_params.get("region", ""),
            },
            fiscal_years=figures().fiscal_years,
        )
        if not form.is_valid():
            errors = form.errors.get_json_data()
            raise ValidationError(
                {
                    ("fiscal_year" if key == "fy" else key): [e["message"] for e in value]
                    for key, value in errors.items()
                }
            )
        result = figures(fiscal_year=form.cleaned_data["fy"], region=form.cleaned_data["region"] or None)
        data = {
            "fiscal_year": result.fiscal_year,
            "region": result.region,
            "headline": result.headline,
            "tables": [
                {
                    "slug": t.slug,
                    "title": t.title,
                    "key_heading": t.key_heading,
                    "columns": t.columns,
                    "rows": [{"key": r.key, "label": r.label, "values": r.values} for r in t.rows],
                }
                for t in result.tables.values()
            ],
            "province_counts": result.province_counts,
            "reported": [
                {
                    "fiscal_year": item.fiscal_year,
                    "scope": item.scope,
                    "scope_key": item.scope_key,
                    "source_title": item.source_title,
                    "source_url": item.source_url,
                    "recorded": item.recorded,
                    "reported": item.reported,
                }
                for item in result.reported
            ],
        }
        return Response(serializers.FiguresSerializer(data).data)


def _type_of(schema: dict) -> str:
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    kind = schema.get("type", "")
    if isinstance(kind, list):
        kind = " | ".join(kind)
    if kind == "array":
        return f"array of {_type_of(schema.get('items', {}))}"
    return kind or "object"


@require_safe
def docs(request):
    """A server-rendered description of the API, read from its own OpenAPI schema."""
    schema = SchemaGenerator().get_schema(request=None, public=True)
    components = schema.get("components", {}).get("schemas", {})
    endpoints = []
    for path, operations in schema["paths"].items():
        operation = operations.get("get")
        if not operation:
            continue
        response = operation["responses"].get("200", {}).get("content", {}).get("application/json", {})
        endpoints.append(
            {
                "path": path,
                "summary": operation.get("description", ""),
                "parameters": [
                    {
                        "name": p["name"],
                        "where": p["in"],
                        "type": _type_of(p.get("schema", {})),
                        "description": p.get("description", ""),
                        "enum": p.get("schema", {}).get("enum")
                        or p.get("schema", {}).get("items", {}).get("enum"),
                    }
                    for p in operation.get("parameters", [])
                ],
                "returns": _type_of(response.get("schema", {})),
            }
        )
    models = [
        {
            "name": name,
            "fields": [
                {"name": field, "type": _type_of(spec), "description": spec.get("description", "")}
                for field, spec in component.get("properties", {}).items()
            ],
        }
        for name, component in components.items()
        if component.get("properties") and not name.startswith("Paginated")
    ]
    return render(
        request, "api/docs.html", {"endpoints": endpoints, "models": models, "info": schema["info"]}
    )
