"""What the open-data API publishes: public fields only, named in both languages.

No serializer here carries a person (filer, actor, uploader), an e-mail address, an internal
note or a due date: the API is anonymous and public, whoever calls it.
"""

from rest_framework import serializers

from agencies.models import Agency, Mechanism
from provinces.models import Cluster, ClusterMembership, Province, RegionalCentre
from requests_app.models import Assignment, Request, RequestEvent
from workshops.models import Workshop


class ProvinceSerializer(serializers.ModelSerializer):
    regional_centre = serializers.IntegerField(
        source="regional_centre.number", read_only=True, allow_null=True
    )
    url = serializers.CharField(source="get_absolute_url", read_only=True, help_text="The province's page.")
    latitude = serializers.FloatField()
    longitude = serializers.FloatField()

    class Meta:
        model = Province
        fields = [
            "code",
            "iso_code",
            "slug",
            "name_th",
            "name_en",
            "region",
            "latitude",
            "longitude",
            "regional_centre",
            "url",
        ]


class MembershipSerializer(serializers.ModelSerializer):
    province = serializers.SlugRelatedField(slug_field="code", read_only=True)
    province_name_th = serializers.CharField(source="province.name_th", read_only=True)
    province_name_en = serializers.CharField(source="province.name_en", read_only=True)

    class Meta:
        model = ClusterMembership
        fields = ["province", "province_name_th", "province_name_en", "valid_from", "valid_to", "basis"]


class ClusterSerializer(serializers.ModelSerializer):
    hub_province = serializers.SlugRelatedField(slug_field="code", read_only=True)
    memberships = MembershipSerializer(many=True, read_only=True)
    url = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = Cluster
        fields = ["code", "name_th", "name_en", "hub_province", "memberships", "url"]


class CentreSerializer(serializers.ModelSerializer):
    host_province = serializers.SlugRelatedField(slug_field="code", read_only=True)
    provinces = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)
    url = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = RegionalCentre
        fields = [
            "number",
            "name_th",
            "name_en",
            "region_th",
            "region_en",
            "host_province",
            "host_institution_th",
            "host_institution_en",
            "address_th",
            "address_en",
            "established_on",
            "provinces",
            "url",
        ]


class MechanismSerializer(serializers.ModelSerializer):
    class Meta:
        model = Mechanism
        fields = ["id", "name_th", "name_en", "description_th", "description_en"]


class AgencySerializer(serializers.ModelSerializer):
    website = serializers.CharField(read_only=True, help_text="The agency's website; empty when unknown.")
    mechanisms = MechanismSerializer(many=True, read_only=True, source="active_mechanisms")
    url = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = Agency
        fields = ["code", "slug", "name_th", "name_en", "kind", "website", "mechanisms", "url"]


class SessionSerializer(serializers.Serializer):
    title = serializers.CharField()
    title_en = serializers.CharField()
    day = serializers.DateField()
    starts_at = serializers.TimeField(allow_null=True)
    ends_at = serializers.TimeField(allow_null=True)
    participant_count = serializers.IntegerField(allow_null=True)


class WorkshopPersonSerializer(serializers.Serializer):
    name = serializers.CharField(source="person.name")
    position = serializers.CharField(source="person.position")
    organisation = serializers.CharField(source="person.organisation")
    role = serializers.CharField(help_text="chair, speaker or official")


class WorkshopSerializer(serializers.ModelSerializer):
    host_province = serializers.SlugRelatedField(slug_field="code", read_only=True)
    target_cluster = serializers.CharField(source="target_cluster.code", read_only=True, allow_null=True)
    target_provinces = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)
    target_clusters = serializers.SlugRelatedField(
        slug_field="code", many=True, read_only=True, help_text="Every cluster the workshop was held for."
    )
    sessions = SessionSerializer(many=True, read_only=True)
    people = WorkshopPersonSerializer(many=True, read_only=True)
    organising_centre = serializers.IntegerField(
        source="organising_centre.number", read_only=True, allow_null=True
    )
    fiscal_year = serializers.IntegerField(
        read_only=True, help_text="Thai fiscal year (B.E.) of the start date."
    )
    url = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = Workshop
        fields = [
            "slug",
            "title",
            "title_en",
            "theme",
            "status",
            "start_date",
            "end_date",
            "fiscal_year",
            "venue",
            "host_province",
            "target_cluster",
            "target_provinces",
            "target_clusters",
            "organising_centre",
            "chair",
            "people",
            "participant_count",
            "sessions",
            "summary",
            "inferred",
            "url",
        ]


class AssignmentSerializer(serializers.ModelSerializer):
    agency = serializers.SlugRelatedField(slug_field="code", read_only=True)
    mechanism_th = serializers.CharField(
        source="mechanism.name_th", read_only=True, allow_null=True, default=None
    )
    mechanism_en = serializers.CharField(
        source="mechanism.name_en", read_only=True, allow_null=True, default=None
    )

    deliverer_kind = serializers.CharField(source="deliverer.kind", read_only=True)
    deliverer_th = serializers.CharField(source="deliverer.name_th", read_only=True)
    deliverer_en = serializers.CharField(source="deliverer.name_en", read_only=True)

    class Meta:
        model = Assignment
        fields = [
            "agency",
            "deliverer_kind",
            "deliverer_th",
            "deliverer_en",
            "mechanism_th",
            "mechanism_en",
            "response",
            "status",
            "due_date",
            "planned_start",
            "planned_end",
            "actual_start",
            "actual_end",
            "progress",
            *Assignment.RESULT_FIELDS,
        ]


class TimelineSerializer(serializers.ModelSerializer):
    at = serializers.DateTimeField(source="created_at", read_only=True)

    class Meta:
        model = RequestEvent
        fields = ["at", "kind", "from_status", "to_status", "message"]


class RequestSerializer(serializers.ModelSerializer):
    province = serializers.SlugRelatedField(slug_field="code", read_only=True)
    category = serializers.SlugRelatedField(slug_field="code", read_only=True)
    workshop = serializers.CharField(source="workshop.slug", read_only=True, allow_null=True)
    district = serializers.CharField(
        source="district.code", read_only=True, allow_null=True, help_text="DOPA district code."
    )
    district_th = serializers.CharField(source="district.name_th", read_only=True, allow_null=True)
    district_en = serializers.CharField(source="district.name_en", read_only=True, allow_null=True)
    assignments = AssignmentSerializer(many=True, read_only=True)
    timeline = TimelineSerializer(many=True, read_only=True, source="public_events")
    url = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = Request
        fields = [
            "reference",
            "fiscal_year",
            "title",
            "description",
            "beneficiaries",
            "desired_outcome",
            "province",
            "district",
            "district_th",
            "district_en",
            "proposer_sector",
            "proposer_body",
            "category",
            "source",
            "workshop",
            "status",
            "submitted_at",
            "inferred",
            "assignments",
            "timeline",
            "url",
        ]


class FigureRowSerializer(serializers.Serializer):
    key = serializers.CharField()
    label = serializers.CharField()
    values = serializers.ListField(child=serializers.FloatField(allow_null=True))


class FigureTableSerializer(serializers.Serializer):
    slug = serializers.CharField()
    title = serializers.CharField()
    key_heading = serializers.CharField()
    columns = serializers.ListField(child=serializers.CharField())
    rows = FigureRowSerializer(many=True)


class HeadlineSerializer(serializers.Serializer):
    requests = serializers.IntegerField()
    delivered = serializers.IntegerField()
    delivery_rate = serializers.FloatField(allow_null=True, help_text="Per cent of requests delivered.")
    median_days = serializers.FloatField(
        allow_null=True, help_text="Median days from submission to delivery."
    )
    workshops = serializers.IntegerField()
    participants = serializers.IntegerField(
        allow_null=True, help_text="Sum of the workshops' recorded totals; null when none is recorded."
    )
    result_people_trained = serializers.IntegerField(
        allow_null=True, help_text="People trained, summed over the deliverers' reported results."
    )
    result_products_improved = serializers.IntegerField(
        allow_null=True, help_text="Products or processes improved, summed over reported results."
    )
    result_beneficiaries = serializers.IntegerField(
        allow_null=True, help_text="Beneficiaries, summed over reported results."
    )
    result_income = serializers.IntegerField(
        allow_null=True, help_text="Income or cost effect (baht a year), summed over reported results."
    )


class MeasuresSerializer(serializers.Serializer):
    workshops = serializers.IntegerField(allow_null=True)
    provinces = serializers.IntegerField(allow_null=True)
    requests = serializers.IntegerField(allow_null=True)
    participants = serializers.IntegerField(allow_null=True)


class ReportedSerializer(serializers.Serializer):
    fiscal_year = serializers.IntegerField()
    scope = serializers.CharField(help_text="All provinces, a cluster or a province.")
    scope_key = serializers.CharField(help_text="all, cluster-<code> or province-<code>")
    source_title = serializers.CharField()
    source_url = serializers.CharField()
    recorded = MeasuresSerializer(help_text="Counted from the portal's public records.")
    reported = MeasuresSerializer(
        help_text="As the ministry's report gives them; never added to the recorded."
    )


class FiguresSerializer(serializers.Serializer):
    fiscal_year = serializers.IntegerField(allow_null=True)
    region = serializers.CharField(allow_null=True)
    headline = HeadlineSerializer()
    tables = FigureTableSerializer(many=True)
    province_counts = serializers.DictField(child=serializers.IntegerField())
    reported = ReportedSerializer(many=True)
