"""What the portal holds about one person, as a page, JSON and CSV (PDPA s.30: a copy of one's data)."""

import csv
import io
import json

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.spreadsheets import csv_row
from privacy.models import AccessLog, RightsRequest


def _iso(value) -> str:
    if not value:
        return ""
    return (
        timezone.localtime(value).isoformat(timespec="seconds")
        if hasattr(value, "hour")
        else value.isoformat()
    )


def personal_data(user, *, readable: bool = False) -> dict:
    """The person's data by section: their account, PCSO records, what they filed and did, their requests.

    ``readable``: dates as people read them on the page (Buddhist Era in Thai); otherwise ISO 8601,
    for the downloads.
    """
    from core.templatetags.thai import thaidate, thaidatetime

    def _when(value) -> str:
        if not readable or not value:
            return _iso(value)
        return thaidatetime(value) if hasattr(value, "hour") else thaidate(value)

    from provinces.models import PCSO
    from requests_app.models import Attachment, Request, RequestEvent

    account = {
        _("username"): user.username,
        _("first name"): user.first_name,
        _("last name"): user.last_name,
        _("e-mail"): user.email,
        _("role"): user.get_role_display(),
        _("province"): str(user.province) if user.province_id else "",
        _("regional centre"): str(user.regional_centre) if user.regional_centre_id else "",
        _("agency"): str(user.agency) if user.agency_id else "",
        _("account created"): _when(user.date_joined),
        _("last log-in"): _when(user.last_login),
    }
    pcso_records = [
        {
            _("province"): str(record.province),
            _("name"): record.name,
            _("position"): record.position,
            _("term start"): _when(record.term_start),
            _("term end"): _when(record.term_end),
            _("e-mail"): record.email,
            _("phone"): record.phone,
        }
        for record in PCSO.objects.filter(user=user).select_related("province")
    ]
    filed = [
        {
            _("reference"): item.reference or _("(draft)"),
            _("title"): item.title,
            _("status"): item.get_status_display(),
        }
        for item in Request.objects.filter(filed_by=user).order_by("pk")
    ]
    actions = [
        {
            _("request"): event.request.reference or "",
            _("when"): _when(event.created_at),
            _("what"): event.get_kind_display(),
            _("message"): event.message,
        }
        for event in RequestEvent.objects.filter(actor=user).select_related("request").order_by("pk")
    ]
    uploads = [
        {
            _("request"): item.request.reference or "",
            _("file name"): item.original_name,
            _("uploaded"): _when(item.uploaded_at),
        }
        for item in Attachment.objects.filter(uploaded_by=user).select_related("request").order_by("pk")
    ]
    downloads = [
        {
            _("when"): _when(entry.at),
            _("what"): entry.get_kind_display(),
            _("address"): entry.path,
            _("rows"): entry.rows or "",
        }
        for entry in AccessLog.objects.filter(user=user).order_by("-at")[:500]
    ]
    rights = [
        {
            _("request"): item.get_kind_display(),
            _("received"): _when(item.received_at),
            _("answer due by"): _when(item.due_date),
            _("status"): item.get_status_display(),
            _("outcome"): item.outcome,
        }
        for item in RightsRequest.objects.filter(person=user).order_by("pk")
    ]
    return {
        _("Your account"): account,
        _("PCSO records"): pcso_records,
        _("Requests you filed"): filed,
        _("Your actions on requests"): actions,
        _("Files you uploaded"): uploads,
        _("Downloads and exports you made"): downloads,
        _("Your requests about your data"): rights,
    }


def _filename(user, extension: str) -> str:
    return f"personal-data-{timezone.localdate():%Y%m%d}.{extension}"


def json_response(user) -> HttpResponse:
    body = json.dumps(personal_data(user), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(user, "json")}"'
    return response


def csv_response(user) -> HttpResponse:
    """One row per value: section, item number, field, value (UTF-8 with a BOM, for spreadsheets)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_("section"), _("item"), _("field"), _("value")])
    for section, content in personal_data(user).items():
        items = [content] if isinstance(content, dict) else content
        for number, item in enumerate(items, start=1):
            for field, value in item.items():
                writer.writerow(csv_row([section, number, field, value]))
    response = HttpResponse(
        ("\ufeff" + out.getvalue()).encode("utf-8"), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename(user, "csv")}"'
    return response
