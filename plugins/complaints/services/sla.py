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

    A food business keeps its own week: ``day_hours`` (7 entries, Monday first; ``None`` for
    a closed weekday) overrides open/close/weekdays, ``lunch`` is a break of every working
    day (minutes after midnight), and ``open_on_holidays`` makes statutory holidays ordinary
    days of its week. ``known_years`` are the years whose holidays are in ``holidays``
    (empty: unknown, not checked).
    """

    tz: ZoneInfo = field(default_factory=lambda: ZoneInfo("Asia/Shanghai"))
    holidays: frozenset[dt.date] = frozenset()
    workdays: frozenset[dt.date] = frozenset()
    open_minute: int = 0
    close_minute: int = 24 * 60
    weekdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})
    day_hours: tuple | None = None
    lunch: tuple[int, int] | None = None
    open_on_holidays: bool = False
    known_years: frozenset[int] = frozenset()

    business_hours = True

    def __post_init__(self) -> None:
        if not (0 <= self.open_minute < self.close_minute <= 24 * 60):
            raise ValueError(f"office hours {self.open_minute}-{self.close_minute} must satisfy 0 <= open < close <= 1440")
        if self.day_hours is not None:
            if len(self.day_hours) != 7:
                raise ValueError("day_hours needs seven entries, Monday first")
            for h in self.day_hours:
                if h is not None and not (0 <= h[0] < h[1] <= 24 * 60):
                    raise ValueError(f"office hours {h} must satisfy 0 <= open < close <= 1440")
        if self.lunch is not None and not (0 <= self.lunch[0] < self.lunch[1] <= 24 * 60):
            raise ValueError(f"lunch break {self.lunch} must satisfy 0 <= start < end <= 1440")

    def hours_of(self, weekday: int) -> tuple[int, int] | None:
        """(open, close) minutes of an ordinary weekday, None when closed."""
        if self.day_hours is not None:
            h = self.day_hours[weekday]
            return None if h is None else (int(h[0]), int(h[1]))
        return (self.open_minute, self.close_minute) if weekday in self.weekdays else None

    def _makeup_hours(self) -> tuple[int, int]:
        """The hours of a make-up working day on a weekday the office does not open."""
        for wd in range(7):
            h = self.hours_of(wd)
            if h is not None:
                return h
        return (self.open_minute, self.close_minute)

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.workdays:
            return True
        if day in self.holidays and not self.open_on_holidays:
            return False
        return self.hours_of(day.weekday()) is not None

    def lacks_holidays(self, day: dt.date) -> bool:
        """True when the statutory holidays of ``day``'s year are unknown to this calendar
        (a deadline then falling in that year is computed without holidays)."""
        return bool(self.known_years) and not self.open_on_holidays and day.year not in self.known_years

    def _to_utc(self, day: dt.date, minute: int) -> dt.datetime:
        midnight = dt.datetime.combine(day, dt.time(0))
        return (midnight + dt.timedelta(minutes=minute)).replace(tzinfo=self.tz).astimezone(UTC)

    def day_interval(self, day: dt.date) -> Interval:
        """The office hours of a local day, in UTC (whether or not it is a working day)."""
        h = self.hours_of(day.weekday()) or self._makeup_hours()
        return self._to_utc(day, h[0]), self._to_utc(day, h[1])

    def day_intervals(self, day: dt.date) -> list[Interval]:
        """The office hours of a local day in UTC, the lunch break cut out."""
        h = self.hours_of(day.weekday()) or self._makeup_hours()
        parts = [h]
        if self.lunch is not None:
            ls, le = self.lunch
            parts = [p for p in ((h[0], min(h[1], ls)), (max(h[0], le), h[1])) if p[0] < p[1]]
        return [(self._to_utc(day, a), self._to_utc(day, b)) for a, b in parts]

    def intervals(self, start: dt.datetime) -> Iterator[Interval]:
        day = start.astimezone(self.tz).date() - dt.timedelta(days=1)
        for _ in range(LOOKAHEAD_DAYS):
            if self.is_working_day(day):
                for opens, closes in self.day_intervals(day):
                    if closes > start:
                        yield (max(opens, start), closes)
            day += dt.timedelta(days=1)

    # ------------------------------------------------------------------ snapshots

    def snapshot(self, start: dt.date, days: int = 400) -> dict:
        """What a case keeps of this calendar when a clock starts: the week, the lunch
        break, the holiday rule and the special days from ``start`` on (JSON-ready)."""
        end = start + dt.timedelta(days=days)
        return {
            "tz": str(self.tz),
            "hours": [list(self.hours_of(wd)) if self.hours_of(wd) else None for wd in range(7)],
            "lunch": list(self.lunch) if self.lunch else None,
            "open_on_holidays": self.open_on_holidays,
            "holidays": sorted(d.isoformat() for d in self.holidays if start <= d <= end),
            "workdays": sorted(d.isoformat() for d in self.workdays if start <= d <= end),
            "known_years": sorted(self.known_years),
            "from": start.isoformat(),
        }

    @classmethod
    def from_snapshot(cls, data: dict) -> "WorkCalendar":
        hours = tuple(None if h is None else (int(h[0]), int(h[1])) for h in data["hours"])
        return cls(
            tz=ZoneInfo(data.get("tz") or "Asia/Shanghai"),
            holidays=frozenset(dt.date.fromisoformat(d) for d in data.get("holidays", ())),
            workdays=frozenset(dt.date.fromisoformat(d) for d in data.get("workdays", ())),
            day_hours=hours,
            lunch=tuple(data["lunch"]) if data.get("lunch") else None,
            open_on_holidays=bool(data.get("open_on_holidays", False)),
            known_years=frozenset(int(y) for y in data.get("known_years", ())),
        )


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
