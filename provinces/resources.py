"""The PCSO roster and the technology clinics in and out of a spreadsheet.

PCSO roster, one officer's term per row, found again by province, name and term start (a
re-import changes nothing): province (เชียงใหม่, 50), name, position, term_start, term_end
(1/11/2556, Excel dates), email, phone.

Technology clinics, one per province (found again by its province): province, institution_th,
institution_en, website, phone.
"""

from import_export import fields

from core.resources import PortalResource, ProvinceWidget, ThaiDateWidget
from provinces.models import PCSO, TechnologyClinic


class PCSOResource(PortalResource):
    """A PCSO's term per row."""

    province = fields.Field(attribute="province", column_name="province", widget=ProvinceWidget())
    term_start = fields.Field(attribute="term_start", column_name="term_start", widget=ThaiDateWidget())
    term_end = fields.Field(attribute="term_end", column_name="term_end", widget=ThaiDateWidget())

    class Meta:
        model = PCSO
        fields = ["province", "name", "position", "term_start", "term_end", "email", "phone"]
        import_id_fields = ["province", "name", "term_start"]

    def get_queryset(self):
        return PCSO.objects.select_related("province")


class TechnologyClinicResource(PortalResource):
    """A province's network technology clinic per row."""

    province = fields.Field(attribute="province", column_name="province", widget=ProvinceWidget())

    class Meta:
        model = TechnologyClinic
        fields = ["province", "institution_th", "institution_en", "website", "phone"]
        import_id_fields = ["province"]

    def get_queryset(self):
        return TechnologyClinic.objects.select_related("province")
