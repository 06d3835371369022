"""Every model in the admin: its change form opens with a real record and saves unchanged.

Parametrised over ``admin.site._registry``, so a model another app registers later is covered
the day it is registered; a model without a record builder (tests/admin/records.py) fails here.
A model staff may only read (history, assignments, counters) opens as a read-only page, offers
no save button and refuses a POST with 403 — never a 500.
"""

import pytest
from django.contrib import admin
from django.urls import reverse

from tests.admin.forms import form_data
from tests.admin.records import RECORD_BUILDERS

pytestmark = pytest.mark.django_db

REGISTERED = sorted(model._meta.label for model in admin.site._registry)


def model_admin(label: str):
    return next(ma for model, ma in admin.site._registry.items() if model._meta.label == label)


def test_every_builder_belongs_to_a_registered_model():
    assert sorted(RECORD_BUILDERS) == REGISTERED


@pytest.mark.parametrize("label", REGISTERED)
def test_the_change_form_saves_unchanged(label, client, superuser, rf):
    if label not in RECORD_BUILDERS:
        pytest.fail(f"{label} is registered in the admin but tests/admin/records.py has no builder for it")
    record = RECORD_BUILDERS[label](superuser)
    assert record is not None and record.pk is not None, f"the builder of {label} made no record"
    opts = record._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[record.pk])
    client.force_login(superuser)
    response = client.get(url)
    assert response.status_code == 200, (label, response.status_code)
    html = response.content.decode()
    request = rf.get(url)
    request.user = superuser
    if not model_admin(label).has_change_permission(request, record):
        assert 'name="_save"' not in html, f"{label} is read only but offers a save button"
        assert client.post(url, form_data(html, f"{opts.model_name}_form")).status_code == 403
        return
    data = form_data(html, f"{opts.model_name}_form")
    assert "_save" not in data
    data["_save"] = "บันทึก"
    response = client.post(url, data)
    errors = None
    if response.status_code == 200 and response.context:
        errors = (
            response.context["adminform"].form.errors,
            [
                (formset.formset.prefix, formset.formset.errors, formset.formset.non_form_errors())
                for formset in response.context["inline_admin_formsets"]
            ],
        )
    assert response.status_code == 302, (label, response.status_code, errors)
    assert response["Location"].endswith(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
