"""Workshops as iCalendar files (RFC 5545) people can add to their calendars."""

import datetime as dt

from django.utils import timezone
from icalendar import Calendar, Event

from workshops.models import Workshop


def workshops_ics(*, workshops, build_url, name: str) -> bytes:
    """An iCalendar file with one all-day event per workshop; ``build_url`` makes absolute links."""
    calendar = Calendar()
    calendar.add("prodid", "-//MOST Portal//Workshops//TH")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    stamp = timezone.now()
    for workshop in workshops:
        calendar.add_component(_event(workshop, build_url(workshop.get_absolute_url()), stamp))
    return calendar.to_ical()


def _event(workshop: Workshop, url: str, stamp: dt.datetime) -> Event:
    event = Event()
    event.add("uid", f"workshop-{workshop.slug}@most-portal")
    event.add("dtstamp", stamp)
    event.add("dtstart", workshop.start_date)
    event.add("dtend", workshop.end_date + dt.timedelta(days=1))  # all-day events end exclusive
    event.add("summary", workshop.localized_title)
    event.add("location", f"{workshop.venue}, {workshop.host_province.name}")
    event.add("url", url)
    description = [workshop.theme, workshop.summary, url]
    event.add("description", "\n\n".join(part for part in description if part))
    if workshop.status == Workshop.Status.CANCELLED:
        event.add("status", "CANCELLED")
    else:
        event.add("status", "CONFIRMED")
    return event
