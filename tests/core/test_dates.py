"""Buddhist-Era dates, Thai fiscal years and Thai date input."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.template import Context, Template
from django.utils import translation

from core import dates
from core.forms import ThaiDateField


@pytest.mark.parametrize(
    "day,year",
    [
        (dt.date(2013, 11, 1), 2557),
        (dt.date(2008, 11, 9), 2552),
        (dt.date(2009, 9, 30), 2552),
        (dt.date(2009, 10, 1), 2553),
        (dt.date(2009, 1, 1), 2552),
    ],
)
def test_fiscal_year(day, year):
    assert dates.fiscal_year(day) == year


def test_fiscal_year_bounds():
    assert dates.fiscal_year_bounds(2552) == (dt.date(2008, 10, 1), dt.date(2009, 9, 30))


def render(template: str, language: str, **context) -> str:
    with translation.override(language):
        return Template(template).render(Context(context))


def test_buddhist_era_date_in_thai_and_common_era_in_english():
    day = dt.date(2013, 11, 1)
    assert render("{{ d|thaidate }}", "th", d=day) == "1 พฤศจิกายน 2556"
    assert render('{{ d|thaidate:"digits" }}', "th", d=day) == "๑ พฤศจิกายน ๒๕๕๖"
    assert render('{{ d|thaidate:"short" }}', "th", d=day) == "1 พ.ย. 2556"
    assert render("{{ d|thaidate }}", "en", d=day) == "1 November 2013"
    assert render("{{ d|fiscal_year }}", "th", d=day) == "2557"


def test_date_ranges_are_written_compactly():
    template = "{{ a|daterange:b }}"
    assert render(template, "th", a=dt.date(2008, 11, 9), b=dt.date(2008, 11, 11)) == "9–11 พฤศจิกายน 2551"
    assert render(template, "en", a=dt.date(2008, 11, 9), b=dt.date(2008, 11, 11)) == "9–11 November 2008"
    assert (
        render(template, "th", a=dt.date(2013, 9, 30), b=dt.date(2013, 10, 2)) == "30 กันยายน – 2 ตุลาคม 2556"
    )
    assert render(template, "th", a=dt.date(2013, 11, 1), b=dt.date(2013, 11, 1)) == "1 พฤศจิกายน 2556"


def test_datetimes_are_shown_in_bangkok_time():
    moment = dt.datetime(2013, 11, 1, 2, 30, tzinfo=dt.UTC)  # 09:30 in Bangkok
    assert render("{{ t|thaidatetime }}", "th", t=moment) == "1 พฤศจิกายน 2556 09:30 น."


@pytest.mark.parametrize(
    "text",
    ["1/11/2556", "01/11/2556", "1-11-2013", "2556-11-01", "2013-11-01", "1 พ.ย. 2556", "1 พฤศจิกายน 2556",
     "๑/๑๑/๒๕๕๖", "1 November 2013", "1 Nov 2013"],
)  # fmt: skip
def test_thai_date_input_accepts_buddhist_era(text):
    assert ThaiDateField().clean(text) == dt.date(2013, 11, 1)


@pytest.mark.parametrize("text", ["31/2/2556", "hello", "1/13/2556", "2556"])
def test_thai_date_input_refuses_nonsense_in_the_users_language(text):
    field = ThaiDateField()
    for language, expected in (("en", "Enter a valid date"), ("th", "กรุณากรอกวันที่ให้ถูกต้อง")):
        with translation.override(language):
            with pytest.raises(ValidationError) as error:
                field.clean(text)
            assert expected in error.value.messages[0]


def test_thai_date_input_shows_buddhist_era_on_thai_pages():
    field = ThaiDateField()
    with translation.override("th"):
        assert 'value="1/11/2556"' in field.widget.render("d", dt.date(2013, 11, 1))
    with translation.override("en"):
        assert 'value="1/11/2013"' in field.widget.render("d", dt.date(2013, 11, 1))
