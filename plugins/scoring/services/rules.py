"""Point rules: data the manager edits (audited), validated on save, previewed against last
month, seeded from the policies and off until switched on."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from suite.plugin_api import ConflictError, NotFound, ValidationError
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.scoring import permissions as P
from suite_plugins.scoring.models import Rule
from suite_plugins.scoring.services import formula, sources

T = domain("scoring")


@dataclass
class RuleInput:
    code: str
    name: str  # a Msg in DEFAULT_RULES: stored in the office's language when seeded
    source_kind: str  # metric | event
    source: str
    points: Decimal | str
    condition: str = ""
    multiplier_field: str = ""
    monthly_cap: Decimal | str | None = None
    departments: tuple[str, ...] = ()
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    enabled: bool = False
    #: the roles (staff positions, e.g. 配送员) it applies to; empty: every role
    roles: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)


def role_key(text: str | None) -> str:
    """How a role (a staff position) is compared: trimmed, case-folded."""
    return (text or "").strip().casefold()


def clean_roles(roles) -> tuple[str, ...]:
    if isinstance(roles, str):
        roles = roles.replace("\uff0c", ",").split(",")
    out: list[str] = []
    for r in roles or ():
        r = (r or "").strip()
        if r and role_key(r) not in {role_key(o) for o in out}:
            out.append(r)
    return tuple(out)


def known_roles(ctx: Context) -> list[str]:
    """The roles (staff positions) in use, for the editor's suggestions."""
    from suite.plugin_api import core

    return sorted({p.position.strip() for p in core.list_staff(ctx.as_system()) if p.position.strip()})


def fields_of(ctx: Context, kind: str, source: str) -> tuple[str, ...]:
    """The names a rule's condition and multiplier may use for its source."""
    if kind == "metric":
        return ("value",)
    src = sources.EVENTS.get(source)
    return src.fields if src else ()


def _dec(value, name: str, errors: dict, *, allow_none: bool = False) -> Decimal | None:
    if value in (None, "") and allow_none:
        return None
    try:
        d = Decimal(str(value).strip())
        if not d.is_finite():
            raise InvalidOperation
        return d
    except (InvalidOperation, ValueError):
        errors[name] = T("Enter a number.")
        return None


def validate(ctx: Context, data: RuleInput) -> dict:
    errors: dict = {}
    code = (data.code or "").strip()
    name = (data.name or "").strip()
    if not code:
        errors["code"] = T("Give the rule a short code.")
    if not name:
        errors["name"] = T("Give the rule a name.")
    if data.source_kind not in ("metric", "event"):
        errors["source_kind"] = T("A rule reads a staff metric or a domain event.")
    elif data.source_kind == "metric" and data.source not in sources.metrics(ctx):
        errors["source"] = T("No plugin offers the staff metric \u201c{name}\u201d.", name=data.source)
    elif data.source_kind == "event" and data.source not in sources.EVENTS:
        errors["source"] = T("Unknown event \u201c{name}\u201d.", name=data.source)
    points = _dec(data.points, "points", errors)
    if points is not None and points == 0:
        errors["points"] = T("Points per occurrence must not be 0.")
    cap = _dec(data.monthly_cap, "monthly_cap", errors, allow_none=True)
    if cap is not None and cap < 0:
        errors["monthly_cap"] = T("The monthly cap must be 0 or more.")
    names = fields_of(ctx, data.source_kind, data.source)
    if data.condition and data.condition.strip() and "source" not in errors:
        try:
            formula.validate(data.condition, names)
        except ValidationError as exc:
            errors["condition"] = exc.message
    mult = (data.multiplier_field or "").strip()
    if mult and "source" not in errors and mult not in names:
        errors["multiplier_field"] = T("\u201c{name}\u201d is not a field of this source.", name=mult)
    if data.valid_from and data.valid_to and data.valid_to < data.valid_from:
        errors["valid_to"] = T("The rule must end after it starts.")
    roles = clean_roles(data.roles)
    if len(",".join(roles)) > 200:
        errors["roles"] = T("Name fewer roles (200 characters at most).")
    elif any("," in r for r in roles):
        errors["roles"] = T("A role name cannot contain a comma.")
    if errors:
        raise ValidationError(fields=errors)
    return dict(code=code, roles=",".join(roles), name=name, source_kind=data.source_kind, source=data.source, points=points,
                condition=(data.condition or "").strip(), multiplier_field=mult, monthly_cap=cap,
                departments=",".join(d.strip() for d in data.departments if d.strip()),
                valid_from=data.valid_from, valid_to=data.valid_to, enabled=bool(data.enabled))


def create_rule(ctx: Context, data: RuleInput) -> int:
    ctx.require(P.MANAGE)
    values = validate(ctx, data)
    with ctx.unit_of_work() as s:
        if s.scalar(select(Rule.id).where(Rule.code == values["code"])):
            raise ValidationError(fields={"code": T("Another rule has the code \u201c{code}\u201d.", code=values["code"])})
        rule = Rule(**values)
        s.add(rule)
        s.flush()
        return rule.id


def update_rule(ctx: Context, rule_id: int, data: RuleInput, *, expected_version: int) -> None:
    ctx.require(P.MANAGE)
    values = validate(ctx, data)
    with ctx.unit_of_work() as s:
        rule = s.get(Rule, rule_id)
        if rule is None:
            raise NotFound(T("The rule no longer exists."))
        if rule.version != expected_version:
            raise ConflictError(table="perf_rules", row_id=rule_id)
        if s.scalar(select(Rule.id).where(Rule.code == values["code"], Rule.id != rule_id)):
            raise ValidationError(fields={"code": T("Another rule has the code \u201c{code}\u201d.", code=values["code"])})
        for k, v in values.items():
            setattr(rule, k, v)


def set_enabled(ctx: Context, rule_id: int, enabled: bool, *, expected_version: int) -> None:
    ctx.require(P.MANAGE)
    with ctx.unit_of_work() as s:
        rule = s.get(Rule, rule_id)
        if rule is None:
            raise NotFound(T("The rule no longer exists."))
        if rule.version != expected_version:
            raise ConflictError(table="perf_rules", row_id=rule_id)
        rule.enabled = bool(enabled)


@dataclass(frozen=True)
class RuleView:
    id: int
    code: str
    name: str  # a Msg in DEFAULT_RULES: stored in the office's language when seeded
    source_kind: str
    source: str
    condition: str
    points: Decimal
    multiplier_field: str
    monthly_cap: Decimal | None
    departments: tuple[str, ...]
    valid_from: dt.date | None
    valid_to: dt.date | None
    enabled: bool
    version: int
    roles: tuple[str, ...] = ()

    def applies_to(self, department: str | None, role: str | None) -> bool:
        """Whether the rule covers a person of this department and role (position)."""
        if self.departments and (department or "") not in self.departments:
            return False
        return not self.roles or role_key(role) in {role_key(r) for r in self.roles}


def _view(r: Rule) -> RuleView:
    return RuleView(r.id, r.code, r.name, r.source_kind, r.source, r.condition, r.points, r.multiplier_field,
                    r.monthly_cap, tuple(d for d in r.departments.split(",") if d), r.valid_from, r.valid_to,
                    r.enabled, r.version, tuple(x for x in (r.roles or "").split(",") if x))


def list_rules(ctx: Context, *, enabled_only: bool = False) -> list[RuleView]:
    ctx.require(P.VIEW)
    q = select(Rule).order_by(Rule.code)
    if enabled_only:
        q = q.where(Rule.enabled.is_(True))
    with ctx.read() as s:
        return [_view(r) for r in s.scalars(q)]


def get_rule(ctx: Context, rule_id: int) -> RuleView:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        r = s.get(Rule, rule_id)
        if r is None:
            raise NotFound(T("The rule no longer exists."))
        return _view(r)


def preview(ctx: Context, data: RuleInput, month: int | None = None):
    """What the rule would have given (per person) in a month, last month by default, before
    it is saved. Nothing is written."""
    from suite_plugins.scoring.services import ledger
    from suite_plugins.scoring.services.common import last_month

    ctx.require(P.MANAGE)
    values = validate(ctx, data)
    draft = RuleView(0, values["code"], values["name"], values["source_kind"], values["source"],
                     values["condition"], values["points"], values["multiplier_field"], values["monthly_cap"],
                     tuple(d for d in values["departments"].split(",") if d), values["valid_from"],
                     values["valid_to"], True, 0, tuple(x for x in values["roles"].split(",") if x))
    return ledger.rule_preview(ctx, draft, month or last_month(ctx))


#: the rules the policies suggest; seeded off, the manager switches them on
DEFAULT_RULES = (
    RuleInput("late_delivery", T("Late delivery (over 15 minutes)"), "event", "suite_order_did_deliver", "-1",
              condition="late_minutes > 15", monthly_cap="10", departments=("delivery",)),
    RuleInput("on_time_delivery", T("Delivery on time"), "event", "suite_order_did_deliver", "0.1",
              condition="on_time", monthly_cap="10", departments=("delivery",)),
    RuleInput("complaint_substantiated", T("Substantiated complaint"), "metric", "complaints.substantiated", "-2",
              condition="value > 0", multiplier_field="value", monthly_cap="10"),
    RuleInput("followup_top", T("Follow-up rated 5"), "metric", "complaints.handler_satisfaction", "2",
              condition="value >= 5", departments=("customer_service",)),
    RuleInput("kitchen_checklists", T("Kitchen checklists on time"), "metric", "kitchen.runs_on_time", "0.5",
              condition="value > 0", multiplier_field="value", monthly_cap="5", departments=("production",)),
)


def ensure_defaults(ctx: Context) -> None:
    """Seed the default rules (off) once; rules whose source is absent are skipped until it
    arrives."""
    avail = sources.metrics(ctx)
    with ctx.unit_of_work() as s:
        have = set(s.scalars(select(Rule.code)))
        for d in DEFAULT_RULES:
            if d.code in have or (d.source_kind == "metric" and d.source not in avail):
                continue
            if d.source_kind == "event" and not ctx.has_plugin(sources.EVENTS[d.source].plugin):
                continue
            s.add(Rule(code=d.code, name=str(d.name), source_kind=d.source_kind, source=d.source,
                       points=Decimal(d.points), condition=d.condition, multiplier_field=d.multiplier_field,
                       monthly_cap=Decimal(d.monthly_cap) if d.monthly_cap is not None else None,
                       departments=",".join(d.departments), roles=",".join(d.roles), enabled=False))
