"""What every kitchen service shares: texts, numbers, times, staff names, the day lock."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from suite.plugin_api import ConflictError, NotFound, ValidationError, core
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.kitchen import permissions as P
from suite_plugins.kitchen.models import Amendment, Day

T = domain("kitchen")

MAX_TEXT = 4000
#: what a kitchen thermometer can show
PHYSICAL_MIN = Decimal("-60")
PHYSICAL_MAX = Decimal("300")
#: how far ahead of this PC's clock a record may be dated (another PC may run fast)
CLOCK_SKEW = dt.timedelta(minutes=5)

SETTINGS_NS = "kitchen"
DEFAULT_SETTINGS = {"sample_min_grams": 125, "sample_keep_hours": 48, "certificate_warn_days": 30}


def setting(ctx: Context, key: str):
    return core.get_setting(ctx, SETTINGS_NS, key, DEFAULT_SETTINGS[key])


def save_settings(ctx: Context, **values) -> None:
    """Office-wide settings of the kitchen (sample minimum weight and keep period...)."""
    ctx.require(P.MANAGE)
    clean = {}
    for key, value in values.items():  # every value is checked before any is written
        if key not in DEFAULT_SETTINGS:
            raise ValidationError(T("Unknown kitchen setting {key}.", key=key))
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise ValidationError(fields={key: T("Enter a whole number.")}) from None
        if number <= 0 or number > 10000:
            raise ValidationError(fields={key: T("Enter a number greater than zero.")})
        clean[key] = number
    with ctx.unit_of_work():
        for key, number in clean.items():
            core.set_setting(ctx, SETTINGS_NS, key, number, permission=P.MANAGE, default=DEFAULT_SETTINGS[key])


def text(value: str | None, field: str, *, required: bool = False, message=None, limit: int = MAX_TEXT) -> str:
    out = (value or "").strip()
    if required and not out:
        raise ValidationError(fields={field: message or T("This cannot be empty.")})
    if len(out) > limit:
        raise ValidationError(fields={field: T("At most {n} characters.", n=limit)})
    return out


def number(value, field: str, *, required: bool = True, message=None) -> Decimal | None:
    """A user's figure ('8', '8.5', Decimal) as a Decimal with one place, or None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(fields={field: message or T("Enter a number.")})
        return None
    if isinstance(value, float):
        value = repr(value)
    try:
        out = Decimal(str(value).strip().replace("°C", "").replace("℃", "").replace(",", "."))
    except InvalidOperation:
        raise ValidationError(fields={field: T("“{value}” is not a number.", value=value)}) from None
    if not out.is_finite():
        raise ValidationError(fields={field: T("“{value}” is not a number.", value=value)})
    return out.quantize(Decimal("0.1"))


def temperature(value, field: str = "value") -> Decimal:
    """A reading a thermometer can show: -60 to 300 °C."""
    out = number(value, field, message=T("Enter the temperature."))
    if out < PHYSICAL_MIN or out > PHYSICAL_MAX:
        raise ValidationError(fields={field: T(
            "{value} °C is not a temperature a kitchen thermometer shows (-60 to 300 °C). Check the reading.",
            value=out)})
    return out


def when(ctx: Context, at: dt.datetime | None, field: str = "at") -> dt.datetime:
    """A time given by the user (naive: office wall time), never in the future."""
    if at is None:
        return ctx.now()
    if at.tzinfo is None:
        at = ctx.local_to_utc(at)
    at = at.astimezone(dt.timezone.utc)
    if at > ctx.now() + CLOCK_SKEW:
        raise ValidationError(fields={field: T("This time is in the future.")})
    return at


def local_day(ctx: Context, at: dt.datetime) -> dt.date:
    return ctx.to_local(at).date()


def local_text(ctx: Context, value: dt.datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return "" if value is None else ctx.to_local(value).strftime(fmt)


def check_version(row, expected_version: int, table: str) -> None:
    if row.version != expected_version:
        raise ConflictError(table=table, row_id=row.id)


def _held(session: Session) -> dict:
    """Rows this unit of work already read, held strongly (the identity map holds them only
    weakly, so a grid of readings would load the same equipment again for every cell)."""
    return session.info.setdefault("kitchen_rows", {})


def get(session: Session, model, row_id: int, message):
    held = _held(session)
    row = held.get((model, row_id))
    if row is None or row not in session:
        row = session.get(model, row_id) if row_id is not None else None
        if row is None:
            raise NotFound(message)
        held[(model, row_id)] = row
    return row


def staff_names(ctx: Context, ids) -> dict[int, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    S = core.Staff.__table__
    with ctx.read() as s:
        return dict(s.execute(select(S.c.id, S.c.name).where(S.c.id.in_(ids))).all())


def department_names(ctx: Context) -> dict[int, str]:
    return {d.id: d.name for d in core.list_departments(ctx, include_archived=True)}


def check_staff(session: Session, staff_id: int | None, field: str) -> int | None:
    if staff_id is None:
        return None
    held = _held(session)
    if (core.Staff, staff_id) not in held:
        row = session.get(core.Staff, staff_id)
        if row is None:
            raise ValidationError(fields={field: T("That staff member does not exist.")})
        held[(core.Staff, staff_id)] = row
    return staff_id


def acting_staff(ctx: Context, staff_id: int | None) -> int | None:
    """Who did it: the staff member named, or the one the acting user is."""
    return staff_id if staff_id is not None else ctx.user.staff_id


# ---------------------------------------------------------------------------- the day lock


def signed_day(session: Session, day: dt.date) -> Day | None:
    """The day's sign-off row when it is signed (read once per unit of work)."""
    cache = session.info.setdefault("kitchen_days", {})
    if day not in cache:
        with session.no_autoflush:
            row = session.scalar(select(Day).where(Day.day == day))
        cache[day] = row if row is not None and row.signed_at is not None else None
    return cache[day]


def guard_day(ctx: Context, session: Session, day: dt.date, amendment: str | None, change: str) -> None:
    """Refuse to change a signed day, unless the change is an amendment with its reason (then
    the amendment is recorded: what, why, who and when)."""
    row = signed_day(session, day)
    if row is None:
        return
    reason = (amendment or "").strip()
    if not reason:
        raise ValidationError(T(
            "{day} was signed by {who}: it can no longer be changed directly. Record an amendment with its reason.",
            day=day.isoformat(), who=row.signer_name or "?"))
    if not ctx.can(P.SIGN):
        raise ValidationError(T("Only the quality controller or a manager may amend a signed day."))
    if len(reason) > MAX_TEXT:
        raise ValidationError(fields={"amendment": T("At most {n} characters.", n=MAX_TEXT)})
    row.amendments.append(Amendment(at=ctx.now(), user_id=ctx.user.id,
                                    user_name=ctx.user.display_name or ctx.user.username,
                                    reason=reason, change=change[:MAX_TEXT]))
