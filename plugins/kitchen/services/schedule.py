"""Schedule expansion: when each checklist falls due. Pure functions, no database.

A schedule is one of: every shift (a named window, every day), daily with a window, a
weekday with a window, or a day of the month with a window. The 29th, 30th and 31st fall on
the last day of a month that is shorter. Windows are office-local wall times, start before
end, inside one day; Asia/Shanghai has no daylight saving, but the conversion goes through
the zone anyway so that an office elsewhere gets its real instants.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class Rule:
    schedule_id: int
    template_id: int
    kind: str  # shift | daily | weekday | monthday
    start_time: dt.time
    end_time: dt.time
    weekday: int | None = None
    day_of_month: int | None = None
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    label: str = ""


@dataclass(frozen=True)
class Occurrence:
    schedule_id: int
    template_id: int
    day: dt.date
    start: dt.datetime  # aware UTC
    end: dt.datetime  # aware UTC
    label: str = ""


def falls_on(rule: Rule, day: dt.date) -> bool:
    if rule.valid_from is not None and day < rule.valid_from:
        return False
    if rule.valid_until is not None and day > rule.valid_until:
        return False
    if rule.kind in ("shift", "daily"):
        return True
    if rule.kind == "weekday":
        return day.weekday() == rule.weekday
    if rule.kind == "monthday":
        last = calendar.monthrange(day.year, day.month)[1]
        return day.day == min(rule.day_of_month or 1, last)
    return False


def window(day: dt.date, start: dt.time, end: dt.time, tz: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    utc = dt.timezone.utc
    return (dt.datetime.combine(day, start, tzinfo=tz).astimezone(utc),
            dt.datetime.combine(day, end, tzinfo=tz).astimezone(utc))


def expand(rules, start: dt.date, end: dt.date, tz: ZoneInfo) -> list[Occurrence]:
    """Every occurrence of the rules on the office-local days start..end (inclusive), ordered
    by start time."""
    out: list[Occurrence] = []
    rules = list(rules)
    day = start
    one = dt.timedelta(days=1)
    while day <= end:
        for rule in rules:
            if falls_on(rule, day):
                a, b = window(day, rule.start_time, rule.end_time, tz)
                out.append(Occurrence(rule.schedule_id, rule.template_id, day, a, b, rule.label))
        day += one
    out.sort(key=lambda o: (o.start, o.schedule_id))
    return out
