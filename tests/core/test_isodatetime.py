"""A moment in a ``<time datetime>`` attribute is valid HTML: Thai time, to the second."""

import datetime as dt

from core.templatetags.thai import isodatetime


def test_microseconds_are_dropped_and_the_time_is_thai():
    moment = dt.datetime(2026, 12, 1, 16, 9, 54, 708214, tzinfo=dt.UTC)
    assert isodatetime(moment) == "2026-12-01T23:09:54+07:00"
    assert isodatetime(None) == ""
