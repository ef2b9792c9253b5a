"""Assessment templates: per department, the KPIs (any plugin's staff metrics, each with a
target and a weight), the final-score formula (validated on save against the names
available) and the grade bands."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from suite.plugin_api import ConflictError, NotFound, ValidationError
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.scoring import permissions as P
from suite_plugins.scoring.models import Template, TemplateKpi
from suite_plugins.scoring.services import formula, sources

T = domain("scoring")

DEFAULT_FORMULA = "0.6*kpi + 0.3*min(100, max(0, 80 + 2*points)) + 0.1*attendance"


@dataclass(frozen=True)
class KpiInput:
    metric: str
    target: Decimal | str
    weight: Decimal | str


@dataclass(frozen=True)
class TemplateView:
    id: int
    name: str
    department: str
    formula: str
    grades: tuple[tuple[str, Decimal], ...]
    kpis: tuple[KpiInput, ...]
    version: int


def names_available(ctx: Context) -> set[str]:
    return set(formula.BASE_NAMES) | {formula.metric_name(m) for m in sources.metrics(ctx)}


def parse_grades(text: str) -> tuple[tuple[str, Decimal], ...]:
    bands = []
    for part in (text or "").replace("\uff0c", ",").split(","):
        if not part.strip():
            continue
        label, _, low = part.partition(":")
        try:
            bands.append((label.strip(), Decimal(low.strip())))
        except InvalidOperation:
            raise ValidationError(fields={"grades": T("Write grade bands as A:90,B:75,C:60,D:0.")}) from None
        if not label.strip():
            raise ValidationError(fields={"grades": T("Write grade bands as A:90,B:75,C:60,D:0.")})
    if not bands:
        raise ValidationError(fields={"grades": T("Write grade bands as A:90,B:75,C:60,D:0.")})
    lows = [b[1] for b in bands]
    if lows != sorted(lows, reverse=True) or len(set(lows)) != len(lows):
        raise ValidationError(fields={"grades": T("Grade bands go from the best down, each lower than the last.")})
    return tuple(bands)


def grade_of(score: float, bands) -> str:
    for label, low in bands:
        if Decimal(str(score)) >= low:
            return label
    return bands[-1][0] if bands else ""


def _validate(ctx: Context, name: str, formula_text: str, grades: str, kpis) -> tuple:
    errors: dict = {}
    if not (name or "").strip():
        errors["name"] = T("Give the template a name.")
    try:
        formula.validate(formula_text, names_available(ctx))
    except ValidationError as exc:
        errors["formula"] = exc.message
    try:
        parse_grades(grades)
    except ValidationError as exc:
        errors.update(exc.fields)
    avail = sources.metrics(ctx)
    clean = []
    for k in kpis:
        if k.metric not in avail:
            errors["kpis"] = T("No plugin offers the staff metric \u201c{name}\u201d.", name=k.metric)
            continue
        try:
            target, weight = Decimal(str(k.target)), Decimal(str(k.weight))
        except InvalidOperation:
            errors["kpis"] = T("Targets and weights are numbers.")
            continue
        if weight < 0 or target < 0:
            errors["kpis"] = T("Targets and weights are 0 or more.")
        clean.append((k.metric, target, weight))
    if errors:
        raise ValidationError(fields=errors)
    return clean


def save_template(ctx: Context, *, name: str, department: str = "", formula_text: str = DEFAULT_FORMULA,
                  grades: str = "A:90,B:75,C:60,D:0", kpis=(), template_id: int | None = None,
                  expected_version: int | None = None) -> int:
    """Create (``template_id`` None) or update a template (``expected_version`` required)."""
    ctx.require(P.MANAGE)
    clean = _validate(ctx, name, formula_text, grades, kpis)
    with ctx.unit_of_work() as s:
        if template_id is None:
            if s.scalar(select(Template.id).where(Template.department == (department or ""))):
                raise ValidationError(fields={"department": T("This department already has a template.")})
            t = Template(department=department or "")
            s.add(t)
        else:
            if expected_version is None:
                raise TypeError("expected_version is required to update a template")
            t = s.get(Template, template_id)
            if t is None:
                raise NotFound(T("The template no longer exists."))
            if t.version != expected_version:
                raise ConflictError(table="perf_templates", row_id=template_id)
        t.name, t.formula, t.grades = name.strip(), formula_text.strip(), grades.strip()
        old = list(t.kpis)
        for i, (metric, target, weight) in enumerate(clean):
            if i < len(old):
                k = old[i]
                if (k.metric, k.target, k.weight, k.position) != (metric, target, weight, i):
                    k.metric, k.target, k.weight, k.position = metric, target, weight, i
            else:
                t.kpis.append(TemplateKpi(metric=metric, target=target, weight=weight, position=i))
        for k in old[len(clean):]:
            t.kpis.remove(k)
        s.flush()
        return t.id


def _view(t: Template) -> TemplateView:
    return TemplateView(t.id, t.name, t.department, t.formula, parse_grades(t.grades),
                        tuple(KpiInput(k.metric, k.target, k.weight) for k in t.kpis), t.version)


def list_templates(ctx: Context) -> list[TemplateView]:
    ctx.require(P.OWN)
    with ctx.read() as s:
        return [_view(t) for t in s.scalars(select(Template).order_by(Template.department))]


def template_for(templates: list[TemplateView], department: str | None) -> TemplateView | None:
    by = {t.department: t for t in templates}
    return by.get(department or "") or by.get("")


def ensure_default(ctx: Context) -> None:
    """The office's default template (no KPIs) and one for customer service, once."""
    with ctx.unit_of_work() as s:
        have = set(s.scalars(select(Template.department)))
        if "" not in have:
            s.add(Template(name=str(T("Office default")), department="", formula=DEFAULT_FORMULA))
        if "customer_service" not in have:
            s.add(Template(name=str(T("Customer service")), department="customer_service",
                           formula="0.5*kpi + 0.4*(100*cs_score/max(1, cs_max)) + 0.1*attendance"))
