"""Morning health checks (晨检) and health certificates (健康证).

A staff member with symptoms or a fever does no food-handling work that day; one whose
certificate is missing or expired (the day after its expiry date, in the office's time
zone) cannot be marked fit for food handling.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from suite.plugin_api import ValidationError, core
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.kitchen import codes
from suite_plugins.kitchen import permissions as P
from suite_plugins.kitchen.models import Certificate, HealthCheck
from suite_plugins.kitchen.services.common import (acting_staff, check_staff, check_version, get, guard_day,
                                                   local_day, number, setting, staff_names, text, when)

T = domain("kitchen")


@dataclass(frozen=True)
class CertificateView:
    id: int
    staff_id: int
    staff_name: str
    number: str
    issued_on: dt.date | None
    expires_on: dt.date
    state: str  # valid | expiring | expired
    version: int


def _cert_state(today: dt.date, expires_on: dt.date, warn_days: int) -> str:
    if expires_on < today:
        return "expired"
    if expires_on <= today + dt.timedelta(days=warn_days):
        return "expiring"
    return "valid"


def _clean_cert(s, staff_id: int, number_: str, expires_on, issued_on) -> dict:
    check_staff(s, staff_id, "staff_id")
    if staff_id is None:
        raise ValidationError(fields={"staff_id": T("Choose the staff member.")})
    no = text(number_, "number", required=True, message=T("Enter the certificate number."), limit=60)
    if not isinstance(expires_on, dt.date):
        raise ValidationError(fields={"expires_on": T("Enter the expiry date.")})
    if issued_on is not None and issued_on > expires_on:
        raise ValidationError(fields={"expires_on": T("The certificate expires after it was issued.")})
    return dict(staff_id=staff_id, number=no, expires_on=expires_on, issued_on=issued_on)


def save_certificate(ctx: Context, staff_id: int, number_: str, expires_on: dt.date,
                     issued_on: dt.date | None = None) -> int:
    ctx.require(P.RECORD)
    with ctx.unit_of_work() as s:
        row = Certificate(**_clean_cert(s, staff_id, number_, expires_on, issued_on))
        s.add(row)
        s.flush()
        return row.id


def update_certificate(ctx: Context, certificate_id: int, number_: str, expires_on: dt.date,
                       issued_on: dt.date | None = None, *, expected_version: int) -> None:
    ctx.require(P.RECORD)
    with ctx.unit_of_work() as s:
        row = get(s, Certificate, certificate_id, T("That certificate no longer exists."))
        check_version(row, expected_version, "qa_certificates")
        for key, value in _clean_cert(s, row.staff_id, number_, expires_on, issued_on).items():
            if getattr(row, key) != value:
                setattr(row, key, value)


def certificates(ctx: Context) -> list[CertificateView]:
    """The latest certificate of every staff member holding one."""
    ctx.require(P.VIEW)
    C = Certificate.__table__
    latest = select(C.c.staff_id, func.max(C.c.expires_on).label("exp")).group_by(C.c.staff_id).subquery()
    with ctx.read() as s:
        rows = s.execute(select(C).join(latest, (latest.c.staff_id == C.c.staff_id) & (latest.c.exp == C.c.expires_on))
                         .order_by(C.c.expires_on)).all()
    names = staff_names(ctx, [r.staff_id for r in rows])
    today = ctx.today()
    warn = int(setting(ctx, "certificate_warn_days"))
    seen = set()
    out = []
    for r in rows:
        if r.staff_id in seen:
            continue
        seen.add(r.staff_id)
        out.append(CertificateView(r.id, r.staff_id, names.get(r.staff_id, ""), r.number, r.issued_on, r.expires_on,
                                   _cert_state(today, r.expires_on, warn), r.version))
    return out


def expiring(ctx: Context) -> list[CertificateView]:
    return [c for c in certificates(ctx) if c.state != "valid"]


def food_handlers(ctx: Context) -> list:
    """The staff a morning check is for: the kitchen (production) department."""
    return core.list_staff(ctx, department="production")


def valid_certificate(s, staff_id: int, day: dt.date) -> Certificate | None:
    return s.scalar(select(Certificate).where(Certificate.staff_id == staff_id, Certificate.expires_on >= day)
                    .order_by(Certificate.expires_on.desc()).limit(1))


@dataclass
class CheckInput:
    staff_id: int
    fit: bool
    temperature: object = None
    symptoms: tuple[str, ...] = ()
    action: str = ""
    note: str = ""
    checked_at: dt.datetime | None = None
    checked_by: int | None = None


@dataclass(frozen=True)
class CheckView:
    id: int
    day: dt.date
    staff_id: int
    staff_name: str
    checked_at: dt.datetime
    checked_by: str
    temperature: Decimal | None
    symptoms: tuple[str, ...]
    fit: bool
    action: str
    note: str

    @property
    def symptoms_text(self) -> str:
        return "、".join(codes.label(codes.SYMPTOMS, c) for c in self.symptoms)


def record_health_check(ctx: Context, data: CheckInput, *, amendment: str | None = None) -> int:
    ctx.require(P.RECORD)
    at = when(ctx, data.checked_at, "checked_at")
    day = local_day(ctx, at)
    with ctx.unit_of_work() as s:
        staff = check_staff(s, data.staff_id, "staff_id")
        if staff is None:
            raise ValidationError(fields={"staff_id": T("Choose the staff member.")})
        name = staff_names(ctx, [staff]).get(staff, "")
        temp = number(data.temperature, "temperature", required=False)
        if temp is not None and not Decimal("34") <= temp <= Decimal("43"):
            raise ValidationError(fields={"temperature": T("{value} °C is not a body temperature.", value=temp)})
        symptoms = tuple(dict.fromkeys(data.symptoms))
        unknown = [c for c in symptoms if c not in codes.SYMPTOMS]
        if unknown:
            raise ValidationError(fields={"symptoms": T("Unknown symptom {code}.", code=unknown[0])})
        fever = temp is not None and temp >= codes.FEVER_FROM
        if fever and "fever" not in symptoms:
            symptoms = ("fever", *symptoms)
        if data.action not in codes.HEALTH_ACTIONS:
            raise ValidationError(fields={"action": T("Choose what was done.")})
        if data.fit:
            if symptoms:
                raise ValidationError(fields={"fit": T(
                    "{name} has {symptoms}: such a person does no food-handling work today.",
                    name=name, symptoms="、".join(codes.label(codes.SYMPTOMS, c) for c in symptoms))})
            cert = valid_certificate(s, staff, day)
            if cert is None:
                last = s.scalar(select(func.max(Certificate.expires_on)).where(Certificate.staff_id == staff))
                if last is None:
                    msg = T("{name} has no health certificate: they cannot be marked fit for food handling.", name=name)
                else:
                    msg = T("{name}'s health certificate expired on {date}: they cannot be marked fit for food "
                            "handling until it is renewed.", name=name, date=last.isoformat())
                raise ValidationError(fields={"fit": msg})
        elif not data.action:
            raise ValidationError(fields={"action": T(
                "Say what was done: sent home, or moved to non-food work.")})
        if s.scalar(select(HealthCheck.id).where(HealthCheck.day == day, HealthCheck.staff_id == staff)) is not None:
            raise ValidationError(T("{name} was already checked on {day}.", name=name, day=day.isoformat()))
        guard_day(ctx, s, day, amendment, str(T("Health check of {name}", name=name)))
        row = HealthCheck(day=day, staff_id=staff, checked_at=at,
                          checked_by_staff_id=check_staff(s, acting_staff(ctx, data.checked_by), "checked_by"),
                          temperature=temp, symptoms=",".join(symptoms), fit=bool(data.fit),
                          action="" if data.fit else data.action, note=text(data.note, "note"))
        s.add(row)
        s.flush()
        return row.id


def checks_between(ctx: Context, start: dt.date, end: dt.date) -> list[CheckView]:
    ctx.require(P.VIEW)
    H = HealthCheck.__table__
    with ctx.read() as s:
        rows = s.execute(select(H).where(H.c.day >= start, H.c.day <= end).order_by(H.c.day, H.c.checked_at)).all()
    names = staff_names(ctx, [r.staff_id for r in rows] + [r.checked_by_staff_id for r in rows])
    return [CheckView(r.id, r.day, r.staff_id, names.get(r.staff_id, ""), r.checked_at,
                      names.get(r.checked_by_staff_id, ""), r.temperature,
                      tuple(c for c in r.symptoms.split(",") if c), r.fit, r.action, r.note) for r in rows]


def unchecked_today(ctx: Context, day: dt.date | None = None) -> list:
    """Food handlers without a morning check on the day."""
    ctx.require(P.VIEW)
    day = day or ctx.today()
    done = {c.staff_id for c in checks_between(ctx, day, day)}
    return [p for p in food_handlers(ctx) if p.id not in done]


def local_now_day(ctx: Context) -> dt.date:
    return local_day(ctx, ctx.now())
