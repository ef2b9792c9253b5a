"""The SLA clock: when a stage's time runs out, counted round the clock or in business hours,
with the time spent waiting for the customer left out.

Pure functions over aware datetimes (UTC in, UTC out); no database, no "now". The case
engine (:mod:`.clock`) feeds them the events of a case; the property tests feed them
anything hypothesis can think of.

Time that *counts* is the intersection of

* the working time of the calendar: everything (round the clock), or the office hours of
  working days, where a working day is an ordinary working weekday that is not a holiday,
  or a make-up working day (调休) that falls on a weekend;
* and the complement of the pauses (waiting for the customer). An open pause (no end yet)
  stops the clock for good: no deadline can be given until the customer answers.

A budget of *m* minutes runs out at the instant when *m* minutes of counting time have passed
since the start. Every deadline is therefore at or after its start, and adding a pause can
only move it later.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

UTC = dt.timezone.utc
#: the end of every round-the-clock interval
FOREVER = dt.datetime(9999, 1, 1, tzinfo=UTC)
#: how far a business-hours calendar looks for working time before giving up
LOOKAHEAD_DAYS = 3660

Interval = tuple[dt.datetime, dt.datetime]
Pause = tuple[dt.datetime, "dt.datetime | None"]


class Calendar:
    """Round the clock: every instant counts."""

    business_hours = False

    def intervals(self, start: dt.datetime) -> Iterator[Interval]:
        """Working intervals in time order, the first one clipped to begin at ``start``."""
        yield (start, FOREVER)


ROUND_THE_CLOCK = Calendar()


@dataclass(frozen=True)
class WorkCalendar(Calendar):
    """Office hours on working days, in the office's time zone.

    ``open_minute``/``close_minute`` are minutes after local midnight (0..1440, open before
    close). ``weekdays`` are the ordinary working days (Monday = 0). ``holidays`` are days
    off even on an ordinary working weekday; ``workdays`` are make-up working days (调休)
    that count even on a weekend. A day in both is a working day.
    """

    tz: ZoneInfo = field(default_factory=lambda: ZoneInfo("Asia/Shanghai"))
    holidays: frozenset[dt.date] = frozenset()
    workdays: frozenset[dt.date] = frozenset()
    open_minute: int = 0
    close_minute: int = 24 * 60
    weekdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})

    business_hours = True

    def __post_init__(self) -> None:
        if not (0 <= self.open_minute < self.close_minute <= 24 * 60):
            raise ValueError(f"office hours {self.open_minute}-{self.close_minute} must satisfy 0 <= open < close <= 1440")

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        return day.weekday() in self.weekdays

    def day_interval(self, day: dt.date) -> Interval:
        """The office hours of a local day, in UTC (whether or not it is a working day)."""
        midnight = dt.datetime.combine(day, dt.time(0))
        opens = (midnight + dt.timedelta(minutes=self.open_minute)).replace(tzinfo=self.tz)
        closes = (midnight + dt.timedelta(minutes=self.close_minute)).replace(tzinfo=self.tz)
        return opens.astimezone(UTC), closes.astimezone(UTC)

    def intervals(self, start: dt.datetime) -> Iterator[Interval]:
        day = start.astimezone(self.tz).date() - dt.timedelta(days=1)
        for _ in range(LOOKAHEAD_DAYS):
            if self.is_working_day(day):
                opens, closes = self.day_interval(day)
                if closes > start:
                    yield (max(opens, start), closes)
            day += dt.timedelta(days=1)


def normalise_pauses(pauses: Iterable[Pause]) -> list[Pause]:
    """Sorted, merged pauses; an open pause swallows everything after it."""
    out: list[list] = []
    for begin, end in sorted(pauses, key=lambda p: p[0]):
        if end is not None and end <= begin:
            continue
        if out and (out[-1][1] is None or begin <= out[-1][1]):
            if out[-1][1] is not None:
                out[-1][1] = None if end is None else max(out[-1][1], end)
            continue
        out.append([begin, end])
    return [(b, e) for b, e in out]


def counting_intervals(start: dt.datetime, calendar: Calendar, pauses: Iterable[Pause] = ()) -> Iterator[Interval]:
    """The intervals of counting time from ``start`` on: working time minus the pauses."""
    plist = normalise_pauses(pauses)
    i, n = 0, len(plist)
    for a, b in calendar.intervals(start):
        cur = a
        while cur < b:
            while i < n and plist[i][1] is not None and plist[i][1] <= cur:
                i += 1  # pauses over before this point
            if i >= n or plist[i][0] >= b:
                yield (cur, b)
                break
            p_begin, p_end = plist[i]
            if p_begin > cur:
                yield (cur, p_begin)
            if p_end is None:
                return  # the clock is stopped until the customer answers
            cur = p_end  # a pause lasting past b stays current for the next interval


def deadline(start: dt.datetime, minutes: int, calendar: Calendar = ROUND_THE_CLOCK,
             pauses: Iterable[Pause] = ()) -> dt.datetime | None:
    """When ``minutes`` of counting time since ``start`` are used up; None while an open pause
    holds the clock before the budget is spent (or when the calendar has no working time)."""
    if minutes < 0:
        raise ValueError("a budget cannot be negative")
    if minutes == 0:
        return start
    left = dt.timedelta(minutes=minutes)
    for a, b in counting_intervals(start, calendar, pauses):
        if b - a >= left:
            return a + left
        left -= b - a
    return None


def elapsed(start: dt.datetime, end: dt.datetime, calendar: Calendar = ROUND_THE_CLOCK,
            pauses: Iterable[Pause] = ()) -> dt.timedelta:
    """Counting time between ``start`` and ``end`` (zero when end is not after start)."""
    total = dt.timedelta(0)
    if end <= start:
        return total
    for a, b in counting_intervals(start, calendar, pauses):
        if a >= end:
            break
        total += min(b, end) - a
    return total


def remaining(start: dt.datetime, minutes: int, now: dt.datetime, calendar: Calendar = ROUND_THE_CLOCK,
              pauses: Iterable[Pause] = ()) -> dt.timedelta:
    """Counting time left of the budget at ``now``: negative once it is overspent (by the
    counting time used beyond it, so a night of closed office does not count as late)."""
    return dt.timedelta(minutes=minutes) - elapsed(start, now, calendar, pauses)
