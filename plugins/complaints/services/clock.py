"""The state of a case's clock, derived from its events alone.

:func:`derive` replays the events of one case (received, first contact, solution proposed,
department notified, investigation done, waiting / resumed, deadline extended, severity
changed, resolved, follow-up, closed) and returns every deadline, which stages were done in
time, the status and the next deadline. It is pure: the same events give the same answer,
whatever was stored before. ``services.cases`` writes the answer into the derived columns
of ``cmp_complaints`` each time an event is recorded.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from suite_plugins.complaints.services import sla

#: events that end a wait for the customer: an answer, or a step that needs one
PAUSE_ENDS = frozenset({"resumed", "solution_proposed", "resolved", "closed"})
#: short column prefixes of the stages in cmp_complaints
STAGE_PREFIX = {"first_contact": "fc", "solution": "sol", "investigation": "inv", "resolution": "res"}
MAX_FAILED_FOLLOWUPS = 3


@dataclass(frozen=True)
class PolicyTerms:
    """The deadlines of a severity as they were when the case got that severity."""

    severity: str
    first_contact: int | None
    solution: int | None
    investigation: int | None
    resolution: int | None
    business_hours: bool = False

    def minutes(self, stage: str) -> int | None:
        return getattr(self, stage)

    def as_dict(self) -> dict:
        return {"severity": self.severity, "first_contact": self.first_contact, "solution": self.solution,
                "investigation": self.investigation, "resolution": self.resolution,
                "business_hours": self.business_hours}

    @classmethod
    def from_dict(cls, data: dict) -> "PolicyTerms":
        return cls(data["severity"], data.get("first_contact"), data.get("solution"), data.get("investigation"),
                   data.get("resolution"), bool(data.get("business_hours", False)))


@dataclass(frozen=True)
class Fact:
    """What the clock reads of an event."""

    kind: str
    at: dt.datetime
    stage: str = ""
    due_at: dt.datetime | None = None
    data: dict = field(default_factory=dict, hash=False, compare=False)

    @classmethod
    def of(cls, kind: str, at: dt.datetime, stage: str = "", due_at: dt.datetime | None = None,
           data: str | dict | None = None) -> "Fact":
        if isinstance(data, str):
            data = json.loads(data) if data else {}
        return cls(kind, at, stage or "", due_at, data or {})


@dataclass
class StageClock:
    stage: str
    start: dt.datetime | None = None
    minutes: int | None = None
    #: the SLA deadline (pauses included); None: no deadline, not started, or clock stopped
    due: dt.datetime | None = None
    #: the new time told to the customer when the deadline could not be met
    new_due: dt.datetime | None = None
    done: dt.datetime | None = None
    #: True done in time, False done late, None not done or no deadline
    met: bool | None = None
    #: the clock is stopped (waiting for the customer) before this stage's budget ran out
    stopped: bool = False
    #: the deadline falls in a year whose statutory holidays the calendar did not know: it
    #: was computed without holidays
    without_holidays: bool = False
    #: the working-time calendar the stage's clock runs on (kept when it started)
    calendar: sla.Calendar = field(default=sla.ROUND_THE_CLOCK, repr=False, compare=False)

    @property
    def effective_due(self) -> dt.datetime | None:
        return self.new_due or self.due

    @property
    def applies(self) -> bool:
        return self.start is not None and self.minutes is not None


@dataclass
class CaseClock:
    policy: PolicyTerms
    status: str
    is_open: bool
    stages: dict[str, StageClock]
    pauses: list[sla.Pause]
    paused_since: dt.datetime | None
    first_contact_at: dt.datetime | None
    solution_at: dt.datetime | None
    notified_at: dt.datetime | None
    investigated_at: dt.datetime | None
    resolved_at: dt.datetime | None
    closed_at: dt.datetime | None
    followup_from: dt.datetime | None
    followup_due: dt.datetime | None
    followup_done: bool
    satisfaction: int | None
    failed_followups: int
    next_due: dt.datetime | None
    next_stage: str
    fc_minutes: int | None
    res_minutes: int | None

    def results(self) -> dict:
        """The on-time results of every stage, as the closing event stores them."""
        return {stage: {"due": st.due.isoformat() if st.due else None, "met": st.met}
                for stage, st in self.stages.items()}

    def columns(self) -> dict:
        """The derived columns of cmp_complaints."""
        out = {
            "status": self.status, "is_open": self.is_open, "paused_since": self.paused_since,
            "first_contact_at": self.first_contact_at, "solution_at": self.solution_at,
            "notified_at": self.notified_at, "investigated_at": self.investigated_at,
            "resolved_at": self.resolved_at, "closed_at": self.closed_at,
            "followup_from": self.followup_from, "followup_due_at": self.followup_due,
            "next_due_at": self.next_due, "next_stage": self.next_stage,
            "fc_minutes": self.fc_minutes, "res_minutes": self.res_minutes,
            "satisfaction": self.satisfaction, "failed_followups": self.failed_followups,
        }
        for stage, prefix in STAGE_PREFIX.items():
            st = self.stages[stage]
            out[f"{prefix}_due_at"] = st.due
            out[f"{prefix}_new_due_at"] = st.new_due
            out[f"{prefix}_met"] = st.met
        return out


def _first(facts: list[Fact], kind: str) -> dt.datetime | None:
    return next((f.at for f in facts if f.kind == kind), None)


def _minutes(a: dt.datetime | None, b: dt.datetime | None) -> int | None:
    if a is None or b is None:
        return None
    return max(0, int((b - a).total_seconds() // 60))


def pauses_of(facts: Iterable[Fact]) -> list[sla.Pause]:
    """Waiting-for-the-customer intervals: from a ``waiting`` event to the next event that
    ends the wait (an answer, a proposed solution, the resolution), or open."""
    out: list[sla.Pause] = []
    begin: dt.datetime | None = None
    for f in facts:
        if f.kind == "waiting" and begin is None:
            begin = f.at
        elif f.kind in PAUSE_ENDS and begin is not None:
            out.append((begin, max(begin, f.at)))
            begin = None
    if begin is not None:
        out.append((begin, None))
    return out


def derive(received_at: dt.datetime, events: Iterable[Fact], work_calendar: sla.Calendar,
           followup_days: tuple[int, int] = (1, 3)) -> CaseClock:
    """Replay a case's events. ``work_calendar`` is used by business-hours policies; a
    round-the-clock policy ignores it. ``followup_days`` = (from, due) days after resolution."""
    facts = sorted(events, key=lambda f: f.at)
    policy: PolicyTerms | None = None
    for f in facts:
        if f.kind in ("received", "severity_changed") and "policy" in f.data:
            policy = PolicyTerms.from_dict(f.data["policy"])
    if policy is None:
        raise ValueError("a case needs a received event carrying its policy")
    # the working-time calendar in force when each clock started is part of the case's events
    # (cases received before calendars were kept use the one given)
    def kept(kind: str) -> sla.Calendar:
        if not policy.business_hours:
            return sla.ROUND_THE_CLOCK
        snap = next((f.data["calendar"] for f in facts if f.kind == kind and "calendar" in f.data), None)
        return sla.WorkCalendar.from_snapshot(snap) if snap else work_calendar

    received_calendar = kept("received")
    calendars = {"first_contact": received_calendar, "solution": received_calendar,
                 "investigation": kept("department_notified"), "resolution": received_calendar}
    #: results stored when the case was closed: they never move afterwards
    frozen = next((f.data.get("results") for f in facts if f.kind == "closed" and f.data.get("results")), None)

    pauses = pauses_of(facts)
    paused_since = pauses[-1][0] if pauses and pauses[-1][1] is None else None
    first_contact_at = _first(facts, "first_contact")
    solution_at = _first(facts, "solution_proposed")
    notified_at = _first(facts, "department_notified")
    investigated_at = _first(facts, "investigation_done")
    resolved_at = _first(facts, "resolved")
    closed_at = _first(facts, "closed")

    done = {
        "first_contact": first_contact_at,
        # resolving a case settles the steps before it that were never logged on their own
        "solution": solution_at or resolved_at,
        "investigation": investigated_at or (resolved_at if notified_at else None),
        "resolution": resolved_at,
    }
    starts = {"first_contact": received_at, "solution": received_at, "investigation": notified_at,
              "resolution": received_at}
    stages: dict[str, StageClock] = {}
    for stage in STAGE_PREFIX:
        st = StageClock(stage, starts[stage], policy.minutes(stage), done=done[stage])
        if st.applies:
            # a wait that began after the stage was done does not move its deadline
            own = [p for p in pauses if st.done is None or p[0] < st.done]
            calendar = st.calendar = calendars[stage]
            st.due = sla.deadline(st.start, st.minutes, calendar, own)
            st.stopped = st.due is None and paused_since is not None
            if st.done is not None and st.due is not None:
                st.met = st.done <= st.due
            elif st.done is not None and st.due is None:
                st.met = True  # done while the clock was stopped, before its budget ran out
            if st.due is not None and isinstance(calendar, sla.WorkCalendar):
                st.without_holidays = calendar.lacks_holidays(st.due.astimezone(calendar.tz).date())
        if frozen and stage in frozen:
            kept_result = frozen[stage]
            st.due = dt.datetime.fromisoformat(kept_result["due"]) if kept_result.get("due") else None
            st.met = kept_result.get("met")
        stages[stage] = st
    for f in facts:
        if f.kind == "deadline_extended" and f.stage in stages and f.due_at is not None:
            stages[f.stage].new_due = f.due_at

    followups = [f for f in facts if f.kind == "followup"]
    reached = [f for f in followups if f.data.get("reached")]
    failed = sum(1 for f in followups if not f.data.get("reached"))
    satisfaction = reached[-1].data.get("satisfaction") if reached else None
    followup_done = bool(reached) or failed >= MAX_FAILED_FOLLOWUPS
    followup_from = followup_due = None
    if resolved_at is not None:
        followup_from = resolved_at + dt.timedelta(days=followup_days[0])
        followup_due = resolved_at + dt.timedelta(days=followup_days[1])

    next_due, next_stage = None, ""
    if closed_at is None:
        if resolved_at is not None:
            if not followup_done:
                next_due, next_stage = followup_due, "followup"
        else:
            for stage, st in stages.items():
                due = st.effective_due
                if st.done is None and due is not None and (next_due is None or due < next_due):
                    next_due, next_stage = due, stage

    if closed_at is not None:
        status = "closed"
    elif resolved_at is not None:
        status = "resolved"
    elif paused_since is not None:
        status = "waiting"
    elif notified_at is not None and investigated_at is None:
        status = "investigating"
    elif first_contact_at is not None:
        status = "in_progress"
    else:
        status = "new"

    return CaseClock(
        policy=policy, status=status, is_open=closed_at is None, stages=stages, pauses=pauses,
        paused_since=paused_since, first_contact_at=first_contact_at, solution_at=solution_at,
        notified_at=notified_at, investigated_at=investigated_at, resolved_at=resolved_at, closed_at=closed_at,
        followup_from=followup_from, followup_due=followup_due, followup_done=followup_done,
        satisfaction=satisfaction, failed_followups=failed, next_due=next_due, next_stage=next_stage,
        fc_minutes=_minutes(received_at, first_contact_at), res_minutes=_minutes(received_at, resolved_at),
    )
