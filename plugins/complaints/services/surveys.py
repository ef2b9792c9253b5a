"""The quarterly satisfaction survey: a round per quarter, respondents drawn from long-term
customers, new customers and recent complainants, scores 1-5 on six dimensions.

The satisfaction score of a dimension is the average score on a 100-point scale (average
÷ 5 × 100, so 4.2 scores 84); the overall score is the average over every answer given. A
dimension scoring below :data:`LOW_SCORE` needs an improvement plan.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from suite.plugin_api import NotFound, ValidationError, check_version, core
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.complaints import codes
from suite_plugins.complaints.models import Complaint, SurveyResponse, SurveyRound
from suite_plugins.complaints.permissions import SURVEYS, VIEW

T = domain("complaints")

DIMENSIONS = tuple(codes.SURVEY_DIMENSIONS)
LOW_SCORE = 80.0
#: a customer known for at least this long counts as long-term
LONG_TERM_DAYS = 365


@dataclass(frozen=True)
class RoundView:
    id: int
    year: int
    quarter: int
    title: str
    improvement_plan: str
    closed: bool
    responses: int
    version: int

    @property
    def label(self) -> str:
        return f"{self.year} Q{self.quarter}"


@dataclass(frozen=True)
class ResponseView:
    id: int
    customer_id: int | None
    customer_name: str
    group: str
    method: str
    scores: dict[str, int | None]
    comments: str


@dataclass(frozen=True)
class DimensionScore:
    dimension: str
    answers: int
    average: float | None
    #: share of answers scoring 4 or 5
    satisfied_share: float | None
    previous: float | None = None

    @property
    def score(self) -> float | None:
        """On a 100-point scale."""
        return None if self.average is None else self.average / 5 * 100

    @property
    def change(self) -> float | None:
        """Points gained (or lost) since the previous quarter."""
        return None if self.score is None or self.previous is None else self.score - self.previous

    @property
    def low(self) -> bool:
        return self.score is not None and self.score < LOW_SCORE

    @property
    def label(self) -> str:
        return codes.label(codes.SURVEY_DIMENSIONS, self.dimension)


@dataclass(frozen=True)
class RoundResults:
    round: RoundView
    respondents: int
    by_group: dict[str, int]
    dimensions: list[DimensionScore]
    overall: DimensionScore
    previous: RoundView | None = None
    comments: list[str] = field(default_factory=list)


def quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def quarter_bounds(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    """[first day, first day of the next quarter)."""
    start = dt.date(year, 3 * (quarter - 1) + 1, 1)
    end = dt.date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1)
    return start, end


def previous_quarter(year: int, quarter: int) -> tuple[int, int]:
    return (year - 1, 4) if quarter == 1 else (year, quarter - 1)


def _round_view(r: SurveyRound, n: int) -> RoundView:
    return RoundView(r.id, r.year, r.quarter, r.title, r.improvement_plan, r.closed, n, r.version)


def create_round(ctx: Context, year: int, quarter: int, title: str = "") -> int:
    ctx.require(SURVEYS)
    if quarter not in (1, 2, 3, 4):
        raise ValidationError(fields={"quarter": T("A quarter is 1, 2, 3 or 4.")})
    if not 2000 <= year <= 2100:
        raise ValidationError(fields={"year": T("Enter a year such as 2026.")})
    title = (title or "").strip()[:120]
    with ctx.unit_of_work() as s:
        if s.scalar(select(SurveyRound.id).where(SurveyRound.year == year, SurveyRound.quarter == quarter)):
            raise ValidationError(fields={"quarter": T("The survey of {year} Q{q} already exists.", year=year, q=quarter)})
        r = SurveyRound(year=year, quarter=quarter, title=title)
        s.add(r)
        s.flush()
        return r.id


def list_rounds(ctx: Context) -> list[RoundView]:
    ctx.require(VIEW)
    with ctx.read() as s:
        counts = dict(s.execute(select(SurveyResponse.round_id, func.count()).group_by(SurveyResponse.round_id)).all())
        rows = s.scalars(select(SurveyRound).order_by(SurveyRound.year.desc(), SurveyRound.quarter.desc()))
        return [_round_view(r, counts.get(r.id, 0)) for r in rows]


def get_round(ctx: Context, round_id: int) -> RoundView:
    ctx.require(VIEW)
    with ctx.read() as s:
        r = s.get(SurveyRound, round_id)
        if r is None:
            raise NotFound(T("That survey no longer exists."))
        n = s.scalar(select(func.count()).select_from(SurveyResponse).where(SurveyResponse.round_id == r.id))
        return _round_view(r, n or 0)


def save_round(ctx: Context, round_id: int, *, improvement_plan: str | None = None, closed: bool | None = None,
               title: str | None = None, expected_version: int) -> None:
    ctx.require(SURVEYS)
    with ctx.unit_of_work() as s:
        r = s.get(SurveyRound, round_id)
        if r is None:
            raise NotFound(T("That survey no longer exists."))
        check_version(r, expected_version)
        if improvement_plan is not None:
            if len(improvement_plan) > 8000:
                raise ValidationError(fields={"improvement_plan": T("At most {n} characters.", n=8000)})
            r.improvement_plan = improvement_plan.strip()
        if title is not None:
            r.title = title.strip()[:120]
        if closed is not None:
            r.closed = bool(closed)


def add_response(ctx: Context, round_id: int, *, group: str, scores: dict[str, int | None],
                 customer_id: int | None = None, method: str = "phone", comments: str = "") -> int:
    """One respondent's answers: a score 1-5 per dimension (None: not answered, at least one
    answered). A customer answers a round once."""
    ctx.require(SURVEYS)
    errors: dict[str, object] = {}
    if group not in codes.SURVEY_GROUPS:
        errors["group"] = T("Choose the respondent's group.")
    if method not in codes.SURVEY_METHODS:
        errors["method"] = T("Choose how the answers were collected.")
    unknown = set(scores) - set(DIMENSIONS)
    if unknown:
        raise ValueError(f"unknown dimensions {sorted(unknown)}")
    for dim in DIMENSIONS:
        value = scores.get(dim)
        if value is not None and (not isinstance(value, int) or not 1 <= value <= 5):
            errors[dim] = T("A score is a whole number from 1 to 5.")
    if not any(scores.get(d) is not None for d in DIMENSIONS) and not errors:
        errors["scores"] = T("Enter at least one score.")
    comments = (comments or "").strip()
    if len(comments) > 4000:
        errors["comments"] = T("At most {n} characters.", n=4000)
    if errors:
        raise ValidationError(fields=errors)
    with ctx.unit_of_work() as s:
        r = s.get(SurveyRound, round_id)
        if r is None:
            raise NotFound(T("That survey no longer exists."))
        if r.closed:
            raise ValidationError(T("The survey of {label} is closed.", label=f"{r.year} Q{r.quarter}"))
        if customer_id is not None:
            if s.get(core.Customer, customer_id) is None:
                raise ValidationError(fields={"customer": T("That customer no longer exists.")})
            if s.scalar(select(SurveyResponse.id).where(SurveyResponse.round_id == round_id,
                                                        SurveyResponse.customer_id == customer_id)):
                raise ValidationError(fields={"customer": T("This customer has already answered this survey.")})
        row = SurveyResponse(round_id=round_id, customer_id=customer_id, respondent_group=group, method=method,
                             comments=comments, **{d: scores.get(d) for d in DIMENSIONS})
        s.add(row)
        try:
            s.flush()
        except IntegrityError:  # another PC entered the same customer a moment ago
            raise ValidationError(fields={"customer": T("This customer has already answered this survey.")}) from None
        return row.id


def list_responses(ctx: Context, round_id: int) -> list[ResponseView]:
    ctx.require(VIEW)
    with ctx.read() as s:
        rows = s.execute(select(SurveyResponse, core.Customer.name).outerjoin(
            core.Customer, core.Customer.id == SurveyResponse.customer_id)
            .where(SurveyResponse.round_id == round_id).order_by(SurveyResponse.id)).all()
        return [ResponseView(r.id, r.customer_id, name or "", r.respondent_group, r.method,
                             {d: getattr(r, d) for d in DIMENSIONS}, r.comments) for r, name in rows]


@dataclass(frozen=True)
class Candidate:
    customer_id: int
    name: str
    group: str


def suggest_respondents(ctx: Context, round_id: int, per_group: int = 10) -> list[Candidate]:
    """Customers to ask in a round: recent complainants (a complaint received in the quarter),
    new customers (first known in the quarter) and long-term customers (known for a year or
    more), leaving out those who have answered already."""
    ctx.require(SURVEYS)
    rnd = get_round(ctx, round_id)
    start, end = quarter_bounds(rnd.year, rnd.quarter)
    start_utc, end_utc = ctx.day_bounds(start)[0], ctx.day_bounds(end)[0]
    with ctx.read() as s:
        answered = set(s.scalars(select(SurveyResponse.customer_id).where(SurveyResponse.round_id == round_id,
                                                                            SurveyResponse.customer_id.is_not(None))))
        taken: set[int] = set(answered)
        out: list[Candidate] = []

        def add(rows, group):
            n = 0
            for cid, name in rows:
                if cid in taken or n >= per_group:
                    continue
                taken.add(cid)
                out.append(Candidate(cid, name, group))
                n += 1

        Cu = core.Customer
        add(s.execute(select(Cu.id, Cu.name).join(Complaint, Complaint.customer_id == Cu.id)
                      .where(Complaint.received_at >= start_utc, Complaint.received_at < end_utc, Cu.archived.is_(False))
                      .group_by(Cu.id, Cu.name).order_by(func.max(Complaint.received_at).desc()).limit(per_group * 3)),
            "complainant")
        add(s.execute(select(Cu.id, Cu.name).where(Cu.created_at >= start_utc, Cu.created_at < end_utc,
                                                  Cu.archived.is_(False)).order_by(Cu.created_at.desc())
                      .limit(per_group * 3)), "new")
        long_ago = start_utc - dt.timedelta(days=LONG_TERM_DAYS)
        add(s.execute(select(Cu.id, Cu.name).where(Cu.created_at < long_ago, Cu.archived.is_(False))
                      .order_by(Cu.id).limit(per_group * 3)), "long_term")
    return out


def _scores(s, round_id: int) -> tuple[list[DimensionScore], DimensionScore, int, dict[str, int], list[str]]:
    rows = s.scalars(select(SurveyResponse).where(SurveyResponse.round_id == round_id)).all()
    dims = []
    all_values: list[int] = []
    for d in DIMENSIONS:
        values = [getattr(r, d) for r in rows if getattr(r, d) is not None]
        all_values += values
        dims.append(DimensionScore(d, len(values), sum(values) / len(values) if values else None,
                                   sum(1 for v in values if v >= 4) / len(values) if values else None))
    overall = DimensionScore("overall", len(all_values), sum(all_values) / len(all_values) if all_values else None,
                             sum(1 for v in all_values if v >= 4) / len(all_values) if all_values else None)
    groups = {g: sum(1 for r in rows if r.respondent_group == g) for g in codes.SURVEY_GROUPS}
    comments = [r.comments for r in rows if r.comments]
    return dims, overall, len(rows), groups, comments


def results(ctx: Context, round_id: int) -> RoundResults:
    """Scores per dimension and overall, compared with the previous quarter's round."""
    ctx.require(VIEW)
    rnd = get_round(ctx, round_id)
    py, pq = previous_quarter(rnd.year, rnd.quarter)
    with ctx.read() as s:
        dims, overall, n, groups, comments = _scores(s, rnd.id)
        prev_row = s.scalar(select(SurveyRound).where(SurveyRound.year == py, SurveyRound.quarter == pq))
        prev_view = None
        if prev_row is not None:
            pdims, poverall, pn, _, _ = _scores(s, prev_row.id)
            prev_view = _round_view(prev_row, pn)
            by_dim = {d.dimension: d.score for d in pdims}
            dims = [DimensionScore(d.dimension, d.answers, d.average, d.satisfied_share, by_dim.get(d.dimension))
                    for d in dims]
            overall = DimensionScore("overall", overall.answers, overall.average, overall.satisfied_share,
                                     poverall.score)
    return RoundResults(rnd, n, groups, dims, overall, prev_view, comments)


def latest_round_in(ctx: Context, first_month: int, last_month: int) -> RoundView | None:
    """The latest survey round of a quarter overlapping the months (for the reports)."""
    ctx.require(VIEW)
    first_q = (first_month // 100, (first_month % 100 - 1) // 3 + 1)
    last_q = (last_month // 100, (last_month % 100 - 1) // 3 + 1)
    for r in list_rounds(ctx):
        if first_q <= (r.year, r.quarter) <= last_q and r.responses:
            return r
    return None
