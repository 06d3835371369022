"""The authorization matrix: every URL of the requests issue × every role × GET and POST.

Codes: ``L`` is the login redirect; a number is the status expected. Anything refused (login,
403, 404, 405) must change no row. Out-of-scope objects answer 404.
"""

import datetime as dt
from urllib.parse import unquote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from accounts.models import User
from agencies.models import Agency
from provinces.models import Province
from requests_app.models import Assignment, Attachment, Request, RequestEvent
from tests.factories import AssignmentFactory, RequestFactory

pytestmark = pytest.mark.django_db
S = Request.Status
ROLES = [
    "anonymous",
    "pcso",
    "other_pcso",
    "coordinator",
    "other_coordinator",
    "focal_point",
    "staff",
    "superuser",
]


def row(codes: str) -> dict[str, str]:
    values = codes.split()
    assert len(values) == len(ROLES)
    return dict(zip(ROLES, values, strict=True))


@pytest.fixture
def world(db):
    chiang_mai = Province.objects.get(code="50")
    submitted = RequestFactory(province=chiang_mai, status=S.SUBMITTED, title="ยื่นแล้ว ยังไม่ตรวจ")
    public = RequestFactory(province=chiang_mai, status=S.UNDER_REVIEW, title="อยู่ระหว่างพิจารณา")
    matched = RequestFactory(province=chiang_mai, status=S.MATCHED)
    dss = AssignmentFactory(request=matched, agency=Agency.objects.get(code="DSS"))
    withdrawn = RequestFactory(province=chiang_mai, status=S.WITHDRAWN)
    tistr = Agency.objects.get(code="TISTR")
    hidden_assignment = AssignmentFactory(request=withdrawn, agency=tistr, mechanism=tistr.mechanisms.first())
    delivered = RequestFactory(province=chiang_mai, status=S.DELIVERED)
    draft = Request.objects.create(
        province=chiang_mai, category=public.category, title="ร่าง", status=S.DRAFT, filed_by=None
    )
    attachment = Attachment.objects.create(
        request=submitted,
        file=SimpleUploadedFile("note.pdf", b"%PDF-1.4 test"),
        original_name="note.pdf",
        size=13,
    )
    return {
        "submitted": submitted,
        "public": public,
        "matched": matched,
        "dss": dss,
        "hidden_assignment": hidden_assignment,
        "delivered": delivered,
        "draft": draft,
        "attachment": attachment,
        "category": public.category,
        "mechanism": Agency.objects.get(code="DSS").mechanisms.first(),
    }


def _request_form(w):
    return {"category": w["category"].pk, "title": "โจทย์ใหม่", "description": "รายละเอียด", "action": "submit"}


def _edit_form(w, obj):
    return {**_request_form(w), "version": obj.version}


def _assign_form(w):
    return {
        "deliverer": w["mechanism"].agency.deliverer.pk,
        "mechanism": w["mechanism"].pk,
        "due_date": "1/1/2570",
        "action": "confirm",
    }


# name: (url(world), GET expected, POST expected, POST data(world))
CASES = {
    "list": (
        lambda w: "/requests/",
        row("200 200 200 200 200 200 200 200"),
        row("405 405 405 405 405 405 405 405"),
        None,
    ),
    "list_en": (lambda w: "/en/requests/", row("200 200 200 200 200 200 200 200"), None, None),
    "export_csv": (
        lambda w: "/requests/export/csv/",
        row("200 200 200 200 200 200 200 200"),
        row("405 405 405 405 405 405 405 405"),
        None,
    ),
    "export_xlsx": (lambda w: "/requests/export/xlsx/", row("200 200 200 200 200 200 200 200"), None, None),
    "detail_public": (
        lambda w: w["public"].get_absolute_url(),
        row("200 200 200 200 200 200 200 200"),
        row("405 405 405 405 405 405 405 405"),
        None,
    ),
    "detail_submitted": (
        lambda w: w["submitted"].get_absolute_url(),
        row("404 200 404 200 404 404 200 200"),
        None,
        None,
    ),
    "detail_withdrawn": (
        lambda w: f"/requests/{w['hidden_assignment'].request.reference}/",
        row("404 200 404 200 404 404 200 200"),
        None,
        None,
    ),
    "my": (
        lambda w: "/my/",
        row("L 200 200 302 302 200 302 302"),
        row("L 405 405 405 405 405 405 405"),
        None,
    ),
    "new": (
        lambda w: "/requests/new/",
        row("L 200 200 403 403 403 403 403"),
        row("L 302 302 403 403 403 403 403"),
        _request_form,
    ),
    "similar": (lambda w: "/requests/similar/?q=ลำไย", row("L 200 200 200 200 200 200 200"), None, None),
    "draft": (
        lambda w: f"/requests/draft/{w['draft'].pk}/",
        row("L 200 404 404 404 404 403 403"),
        row("L 302 404 404 404 404 403 403"),
        lambda w: _edit_form(w, w["draft"]),
    ),
    "edit": (
        lambda w: f"{w['submitted'].get_absolute_url()}edit/",
        row("L 200 404 403 404 404 403 403"),
        row("L 302 404 403 404 404 403 403"),
        lambda w: _edit_form(w, w["submitted"]),
    ),
    "edit_public": (
        lambda w: f"{w['public'].get_absolute_url()}edit/",
        row("L 200 403 403 403 403 403 403"),
        None,
        None,
    ),
    "comment": (
        lambda w: f"{w['submitted'].get_absolute_url()}comment/",
        row("L 405 405 405 405 405 405 405"),
        row("L 302 404 302 404 404 302 302"),
        lambda w: {"text": "ความเห็น"},
    ),
    "comment_public": (
        lambda w: f"{w['public'].get_absolute_url()}comment/",
        None,
        row("L 302 403 302 403 403 302 302"),
        lambda w: {"text": "ความเห็น"},
    ),
    "assign": (
        lambda w: f"{w['submitted'].get_absolute_url()}assign/",
        row("L 403 404 200 404 404 200 200"),
        row("L 403 404 302 404 404 302 302"),
        _assign_form,
    ),
    "assign_public": (
        lambda w: f"{w['public'].get_absolute_url()}assign/",
        row("L 403 403 200 403 403 200 200"),
        None,
        None,
    ),
    "withdraw": (
        lambda w: f"{w['submitted'].get_absolute_url()}withdraw/",
        row("L 200 404 403 404 404 403 403"),
        row("L 302 404 403 404 404 403 403"),
        lambda w: {"reason": "ซ้ำ", "version": w["submitted"].version},
    ),
    "withdraw_public": (
        lambda w: f"{w['public'].get_absolute_url()}withdraw/",
        row("L 200 403 403 403 403 403 403"),
        row("L 302 403 403 403 403 403 403"),
        lambda w: {"reason": "ซ้ำ"},
    ),
    "review": (
        lambda w: f"{w['submitted'].get_absolute_url()}review/",
        row("L 403 404 200 404 404 200 200"),
        row("L 403 404 302 404 404 302 302"),
        lambda w: {"reason": ""},
    ),
    "not_feasible": (
        lambda w: f"{w['public'].get_absolute_url()}not-feasible/",
        row("L 403 403 200 403 403 200 200"),
        row("L 403 403 302 403 403 302 302"),
        lambda w: {"reason": "เกินขอบเขต"},
    ),
    "reopen": (
        lambda w: f"{w['delivered'].get_absolute_url()}reopen/",
        row("L 200 403 403 403 403 403 403"),
        row("L 302 403 403 403 403 403 403"),
        lambda w: {"reason": "ยังไม่ครบ"},
    ),
    "confirm": (
        lambda w: f"{w['delivered'].get_absolute_url()}confirm/",
        row("L 200 403 403 403 403 403 403"),
        None,
        None,
    ),
    "unknown_action": (
        lambda w: f"{w['public'].get_absolute_url()}delete/",
        row("404 404 404 404 404 404 404 404"),
        None,
        None,
    ),
    "attachment": (
        lambda w: f"{w['submitted'].get_absolute_url()}attachments/{w['attachment'].pk}/",
        row("L 200 404 200 404 404 200 200"),
        row("L 405 405 405 405 405 405 405"),
        None,
    ),
    "attachment_public": (
        lambda w: f"/requests/{w['submitted'].reference}/attachments/{w['attachment'].pk + 999}/",
        row("L 404 404 404 404 404 404 404"),
        None,
        None,
    ),
    "assignment_status": (
        lambda w: f"/assignments/{w['dss'].pk}/status/",
        row("L 405 405 405 405 405 405 405"),
        row("L 403 403 403 403 302 302 302"),
        lambda w: {f"a{w['dss'].pk}-status": "accepted"},
    ),
    "assignment_status_hidden": (
        lambda w: f"/assignments/{w['hidden_assignment'].pk}/status/",
        None,
        row("L 403 404 403 404 404 302 302"),
        lambda w: {f"a{w['hidden_assignment'].pk}-status": "accepted"},
    ),
    "desk": (
        lambda w: "/desk/",
        row("L 403 403 200 200 403 200 200"),
        row("L 403 403 405 405 403 405 405"),
        None,
    ),
    "desk_assign": (
        lambda w: "/desk/assign/",
        row("L 403 403 405 405 403 405 405"),
        row("L 403 403 302 404 403 302 302"),
        lambda w: {**_assign_form(w), "requests": [w["submitted"].pk]},
    ),
    "desk_export": (lambda w: "/desk/export/csv/", row("L 403 403 200 200 403 200 200"), None, None),
    "login": (lambda w: "/accounts/login/", row("200 200 200 200 200 200 200 200"), None, None),
    "password_change": (
        lambda w: "/accounts/password_change/",
        row("L 200 200 200 200 200 200 200"),
        None,
        None,
    ),
    "password_reset": (
        lambda w: "/accounts/password_reset/",
        row("200 200 200 200 200 200 200 200"),
        None,
        None,
    ),
}


def _snapshot():
    return (
        list(Request.objects.order_by("pk").values_list("pk", "status", "version", "title")),
        list(Assignment.objects.order_by("pk").values_list("pk", "status")),
        RequestEvent.objects.count(),
    )


def _params():
    for name, (_url, get, post, _data) in CASES.items():
        for method, expected in (("get", get), ("post", post)):
            if expected is None:
                continue
            for role in ROLES:
                yield pytest.param(name, method, role, expected[role], id=f"{name}-{method}-{role}")


@pytest.mark.parametrize(("name", "method", "role", "expected"), list(_params()))
def test_matrix(request, client_for, world, name, method, role, expected):
    user = None if role == "anonymous" else request.getfixturevalue(role)
    client = client_for(user)
    url_of, _get, _post, data_of = CASES[name]
    url = url_of(world)
    before = _snapshot()
    response = client.get(url) if method == "get" else client.post(url, data_of(world) if data_of else {})
    if expected == "L":
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], response
    else:
        assert response.status_code == int(expected), (
            response.status_code,
            getattr(response, "content", b"")[:300],
        )
    if method == "get" or expected in ("L", "403", "404", "405"):
        assert _snapshot() == before, "a refused or read-only request changed rows"


def test_successful_posts_really_change_something(client_for, world, pcso, coordinator, focal_point):
    client = client_for(pcso)
    client.post("/requests/new/", _request_form(world))
    assert Request.objects.filter(title="โจทย์ใหม่", status=S.SUBMITTED, province__code="50").exists()
    client = client_for(coordinator)
    client.post(
        "/desk/assign/",
        {**_assign_form(world), "requests": [world["submitted"].pk], "query": "province=chiang-mai"},
    )
    world["submitted"].refresh_from_db()
    assert world["submitted"].status == S.MATCHED
    assert world["submitted"].assignments.get().due_date == dt.date(2027, 1, 1)
    client = client_for(focal_point)
    response = client.post(
        f"/assignments/{world['dss'].pk}/status/", {f"a{world['dss'].pk}-status": "accepted"}
    )
    world["dss"].refresh_from_db()
    assert world["dss"].status == Assignment.Status.ACCEPTED
    assert response.status_code == 302


def test_desk_keeps_the_filters_after_bulk_assignment(client_for, world, coordinator):
    response = client_for(coordinator).post(
        "/desk/assign/",
        {**_assign_form(world), "requests": [world["submitted"].pk], "query": "status=triage&q=ยื่น"},
    )
    assert unquote(response["Location"]) == "/desk/?status=triage&q=ยื่น"


def test_user_roles_are_links_in_the_database(pcso):
    assert pcso.role == User.Role.PCSO and pcso.groups.filter(name="PCSO").exists()
    assert timezone.now()
