"""iCalendar (RFC 5545) for events: small enough to write ourselves.

Timed events are written in UTC (no VTIMEZONE needed); events without a time are all-day
events, whose DTEND is the day after the last day (RFC 5545 3.6.1).
"""

import datetime

from django.utils import timezone

PRODID = "-//Husbanken//Delingsarena//NO"


def escape(text):
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return (
        str(text)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line):
    """Fold a content line at 75 octets, never inside a UTF-8 character (RFC 5545 3.1)."""
    out, current, size = [], "", 0
    limit = 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def _utc(date, time):
    local = timezone.make_aware(datetime.datetime.combine(date, time))
    return local.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def event_lines(event, url, host):
    last_day = event.end_date or event.start_date
    lines = ["BEGIN:VEVENT", f"UID:event-{event.pk}@{host}", f"DTSTAMP:{_utc_now()}"]
    if event.start_time:
        end_time = event.end_time or event.start_time
        lines += [
            f"DTSTART:{_utc(event.start_date, event.start_time)}",
            f"DTEND:{_utc(last_day, end_time)}",
        ]
    else:
        lines += [
            f"DTSTART;VALUE=DATE:{event.start_date:%Y%m%d}",
            f"DTEND;VALUE=DATE:{last_day + datetime.timedelta(days=1):%Y%m%d}",
        ]
    lines += [f"SUMMARY:{escape(event.title)}", f"LOCATION:{escape(event.place)}"]
    if event.intro:
        lines.append(f"DESCRIPTION:{escape(event.intro)}")
    lines += [f"URL:{url}", "END:VEVENT"]
    return lines


def _utc_now():
    return timezone.now().astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar(events, request, name):
    """The text of a VCALENDAR holding `events`."""
    host = request.get_host().split(":")[0] or "delingsarena"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(name)}",
    ]
    for event in events:
        lines += event_lines(event, request.build_absolute_uri(event.url), host)
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"
