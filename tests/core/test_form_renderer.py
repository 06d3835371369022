"""Select boxes written in Python are the same markup Django's templates write, escaped alike."""

import re

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates

from core.form_renderer import PortalFormRenderer
from provinces.models import Province

pytestmark = pytest.mark.django_db


def _tokens(html: str) -> list[str]:
    return re.findall(r"<[^>]+>|[^<\s][^<]*?(?=\s*<|$)", html.strip())


class Sample(forms.Form):
    plain = forms.ChoiceField(choices=[("", "---------"), ("a", "เอ"), ("b&c", 'บี "ซี" <b>')])
    grouped = forms.ChoiceField(
        choices=[("เหนือ", [("cm", "เชียงใหม่"), ("lp", "ลำพูน")]), ("ใต้", [("sk", "สงขลา")])],
        widget=forms.Select(attrs={"class": "wide", "data-note": 'a "quoted" <note>', "hidden": False}),
    )
    many = forms.MultipleChoiceField(choices=[("1", "หนึ่ง"), ("2", "สอง"), ("3", "สาม")])
    answer = forms.NullBooleanField()
    province = forms.ModelChoiceField(queryset=Province.objects.order_by("code"), to_field_name="slug")


def test_every_select_reads_as_django_writes_it():
    data = {"plain": "b&c", "grouped": "lp", "many": ["1", "3"], "answer": "true", "province": "lamphun"}
    ours, django = Sample(data, renderer=PortalFormRenderer()), Sample(data, renderer=DjangoTemplates())
    for name in Sample.base_fields:
        assert _tokens(str(ours[name])) == _tokens(str(django[name])), name


def test_labels_and_values_are_escaped_and_the_choice_is_selected():
    html = str(Sample({"plain": "b&c"}, renderer=PortalFormRenderer())["plain"])
    assert '<option value="b&amp;c" selected>บี &quot;ซี&quot; &lt;b&gt;</option>' in html
    assert "<b>" not in html
    grouped = str(Sample(renderer=PortalFormRenderer())["grouped"])
    assert 'data-note="a &quot;quoted&quot; &lt;note&gt;"' in grouped and "hidden" not in grouped
    assert '<optgroup label="เหนือ">' in grouped


def test_the_public_filter_forms_keep_their_choices(client):
    html = client.get("/en/workshops/", {"province": "lamphun"}).content.decode()
    assert '<option value="lamphun" selected>' in html
    assert html.count('<option value="') > 77 + 18
