"""Staff follow assignments and reference counters in the admin, read only and scoped."""

import datetime as dt

import pytest
from django.urls import reverse

from tests.factories import AssignmentFactory, RequestFactory

pytestmark = pytest.mark.django_db


def test_staff_list_overdue_assignments(client, staff):
    late = AssignmentFactory(due_date=dt.date(2020, 1, 1), status="accepted")
    on_time = AssignmentFactory(due_date=dt.date(2099, 1, 1), status="accepted")
    client.force_login(staff)
    url = reverse("admin:requests_app_assignment_changelist")
    html = client.get(url, {"overdue": "yes"}).content.decode()
    assert late.request.reference in html
    assert on_time.request.reference not in html
    change = client.get(reverse("admin:requests_app_assignment_change", args=[late.pk]))
    assert change.status_code == 200
    assert client.post(change.request["PATH_INFO"], {"status": "done"}).status_code == 403


def test_reference_counters_are_read_only(client, staff):
    RequestFactory()
    client.force_login(staff)
    response = client.get(reverse("admin:requests_app_referencecounter_changelist"))
    assert response.status_code == 200
    assert client.get(reverse("admin:requests_app_referencecounter_add")).status_code == 403
