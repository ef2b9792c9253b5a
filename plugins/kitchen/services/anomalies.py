"""Anomalies (non-conformances): found in the kitchen or opened from a complaint, linked to a
dish, an order, a stock batch and its supplier (through the inventory plugin's api when it
is active), given a responsible department and person, a corrective action, and closed.
Every step is an event of the anomaly; opening and closing are domain events."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from suite.plugin_api import SuiteError, ValidationError, core
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.kitchen import codes
from suite_plugins.kitchen import permissions as P
from suite_plugins.kitchen.models import Anomaly, AnomalyEvent, Equipment
from suite_plugins.kitchen.services.common import (check_staff, check_version, get, guard_day, local_day,
                                                   staff_names, text, when)

T = domain("kitchen")


@dataclass
class AnomalyInput:
    kind: str
    title: str
    description: str = ""
    occurred_at: dt.datetime | None = None
    dish: str = ""
    order_id: int | None = None
    batch_id: int | None = None
    supplier_id: int | None = None
    complaint_id: int | None = None
    equipment_id: int | None = None
    department_id: int | None = None
    responsible_staff_id: int | None = None
    corrective_action: str = ""


@dataclass(frozen=True)
class AnomalyView:
    id: int
    kind: str
    title: str
    description: str
    occurred_at: dt.datetime
    occurred_on: dt.date
    dish: str
    order_id: int | None
    batch_id: int | None
    batch_code: str
    supplier_id: int | None
    supplier_name: str
    complaint_id: int | None
    equipment_id: int | None
    department_id: int | None
    department: str
    responsible_staff_id: int | None
    responsible: str
    corrective_action: str
    status: str
    closed_at: dt.datetime | None
    version: int
    events: tuple[tuple[dt.datetime, str, str], ...] = ()

    @property
    def kind_label(self) -> str:
        return codes.label(codes.ANOMALY_KINDS, self.kind)

    @property
    def has_owner(self) -> bool:
        return self.responsible_staff_id is not None or self.department_id is not None


def _links(ctx: Context, data: AnomalyInput) -> dict:
    """Batch and supplier through the inventory plugin's published api, when it is active."""
    out = dict(batch_id=None, batch_code="", supplier_id=None, supplier_name="")
    if data.batch_id is None and data.supplier_id is None:
        return out
    if not ctx.has_plugin("inventory"):
        raise ValidationError(fields={"batch_id": T(
            "Stock batches and suppliers can be linked only while the inventory plugin is active.")})
    from suite_plugins.inventory import api as inventory

    try:
        if data.batch_id is not None:
            batch = inventory.get_batch(ctx, data.batch_id)
            out.update(batch_id=batch.id, batch_code=batch.code, supplier_id=batch.supplier_id,
                       supplier_name=batch.supplier_name)
        if data.supplier_id is not None and data.supplier_id != out["supplier_id"]:
            if data.batch_id is not None and out["supplier_id"] is not None:
                raise ValidationError(fields={"supplier_id": T("The batch came from another supplier.")})
            supplier = inventory.get_supplier(ctx, data.supplier_id)
            out.update(supplier_id=supplier.id, supplier_name=supplier.name)
    except ValidationError:
        raise
    except SuiteError as exc:  # NotFound, PermissionDenied of the inventory
        raise ValidationError(fields={"batch_id": exc.message}) from None
    return out


def _clean(ctx: Context, s, data: AnomalyInput) -> dict:
    if data.kind not in codes.ANOMALY_KINDS:
        raise ValidationError(fields={"kind": T("Choose the kind of anomaly.")})
    title = text(data.title, "title", required=True, message=T("Say in a few words what was found."), limit=120)
    at = when(ctx, data.occurred_at, "occurred_at")
    if data.department_id is not None and s.get(core.Department, data.department_id) is None:
        raise ValidationError(fields={"department_id": T("That department does not exist.")})
    if data.equipment_id is not None:
        get(s, Equipment, data.equipment_id, T("That equipment no longer exists."))
    values = dict(kind=data.kind, title=title, description=text(data.description, "description"), occurred_at=at,
                  occurred_on=local_day(ctx, at), dish=text(data.dish, "dish", limit=80), order_id=data.order_id,
                  complaint_id=data.complaint_id, equipment_id=data.equipment_id, department_id=data.department_id,
                  responsible_staff_id=check_staff(s, data.responsible_staff_id, "responsible_staff_id"),
                  corrective_action=text(data.corrective_action, "corrective_action"))
    values.update(_links(ctx, data))
    return values


def open_anomaly(ctx: Context, data: AnomalyInput, *, amendment: str | None = None) -> int:
    ctx.require(P.RECORD)
    with ctx.unit_of_work() as s:
        values = _clean(ctx, s, data)
        guard_day(ctx, s, values["occurred_on"], amendment, str(T("Anomaly recorded: {title}", title=values["title"])))
        row = Anomaly(status="open", **values)
        row.events.append(AnomalyEvent(kind="opened", at=ctx.now(), note=values["description"][:500]))
        s.add(row)
        s.flush()
        ctx.emit("suite_kitchen_anomaly_did_open", anomaly_id=row.id)
        return row.id


def update_anomaly(ctx: Context, anomaly_id: int, data: AnomalyInput, *, expected_version: int,
                   amendment: str | None = None) -> None:
    """Change an anomaly (links, owner, corrective action). A closed one is reopened first."""
    ctx.require(P.RECORD)
    with ctx.unit_of_work() as s:
        row = get(s, Anomaly, anomaly_id, T("That anomaly no longer exists."))
        check_version(row, expected_version, "qa_anomalies")
        if row.status == "closed":
            raise ValidationError(T("This anomaly is closed: reopen it to change it."))
        values = _clean(ctx, s, data)
        changed = [k for k, v in values.items() if getattr(row, k) != v]
        if not changed:
            return
        guard_day(ctx, s, row.occurred_on, amendment, str(T("Anomaly changed: {title}", title=row.title)))
        if values["occurred_on"] != row.occurred_on:
            guard_day(ctx, s, values["occurred_on"], amendment, str(T("Anomaly moved: {title}", title=row.title)))
        for k in changed:
            setattr(row, k, values[k])
        row.events.append(AnomalyEvent(kind="changed", at=ctx.now(), note=", ".join(changed)))


def close_anomaly(ctx: Context, anomaly_id: int, *, expected_version: int, corrective_action: str | None = None,
                  amendment: str | None = None) -> None:
    """Close with its corrective action and an owner (a responsible department or person)."""
    ctx.require(P.RECORD)
    with ctx.unit_of_work() as s:
        row = get(s, Anomaly, anomaly_id, T("That anomaly no longer exists."))
        check_version(row, expected_version, "qa_anomalies")
        if row.status == "closed":
            raise ValidationError(T("This anomaly is already closed."))
        action = text(corrective_action if corrective_action is not None else row.corrective_action,
                      "corrective_action", required=True, message=T("Write the corrective action before closing."))
        if row.responsible_staff_id is None and row.department_id is None:
            raise ValidationError(fields={"responsible_staff_id": T(
                "Name the responsible department or person before closing.")})
        guard_day(ctx, s, local_day(ctx, ctx.now()), amendment, str(T("Anomaly closed: {title}", title=row.title)))
        row.corrective_action = action
        row.status = "closed"
        row.closed_at = ctx.now()
        row.events.append(AnomalyEvent(kind="closed", at=ctx.now(), note=action[:500]))
        s.flush()
        ctx.emit("suite_kitchen_anomaly_did_close", anomaly_id=row.id)


def reopen_anomaly(ctx: Context, anomaly_id: int, *, expected_version: int, reason: str) -> None:
    ctx.require(P.RECORD)
    reason = text(reason, "reason", required=True, message=T("Write why the anomaly is reopened."))
    with ctx.unit_of_work() as s:
        row = get(s, Anomaly, anomaly_id, T("That anomaly no longer exists."))
        check_version(row, expected_version, "qa_anomalies")
        if row.status != "closed":
            raise ValidationError(T("This anomaly is open."))
        row.status = "open"
        row.closed_at = None
        row.events.append(AnomalyEvent(kind="reopened", at=ctx.now(), note=reason))
        s.flush()
        ctx.emit("suite_kitchen_anomaly_did_open", anomaly_id=row.id)


def _views(ctx: Context, rows: list[Anomaly], with_events: bool = False) -> list[AnomalyView]:
    names = staff_names(ctx, [r.responsible_staff_id for r in rows])
    deps = {d.id: d.name for d in core.list_departments(ctx, include_archived=True)} if rows else {}
    out = []
    for r in rows:
        events = tuple((e.at, e.kind, e.note) for e in r.events) if with_events else ()
        out.append(AnomalyView(r.id, r.kind, r.title, r.description, r.occurred_at, r.occurred_on, r.dish, r.order_id,
                               r.batch_id, r.batch_code, r.supplier_id, r.supplier_name, r.complaint_id,
                               r.equipment_id, r.department_id, deps.get(r.department_id, ""),
                               r.responsible_staff_id, names.get(r.responsible_staff_id, ""), r.corrective_action,
                               r.status, r.closed_at, r.version, events))
    return out


def get_anomaly(ctx: Context, anomaly_id: int) -> AnomalyView:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        row = get(s, Anomaly, anomaly_id, T("That anomaly no longer exists."))
        return _views(ctx, [row], with_events=True)[0]


def anomalies_between(ctx: Context, start: dt.date, end: dt.date, *, supplier_id: int | None = None,
                      with_events: bool = False) -> list[AnomalyView]:
    ctx.require(P.VIEW)
    q = select(Anomaly).where(Anomaly.occurred_on >= start, Anomaly.occurred_on <= end)
    if supplier_id is not None:
        q = q.where(Anomaly.supplier_id == supplier_id)
    with ctx.read() as s:
        rows = list(s.scalars(q.order_by(Anomaly.occurred_at, Anomaly.id)))
        return _views(ctx, rows, with_events)


def anomalies_for_complaint(ctx: Context, complaint_id: int) -> list[AnomalyView]:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        rows = list(s.scalars(select(Anomaly).where(Anomaly.complaint_id == complaint_id).order_by(Anomaly.id)))
        return _views(ctx, rows)


def open_anomalies(ctx: Context) -> list[AnomalyView]:
    ctx.require(P.VIEW)
    with ctx.read() as s:
        rows = list(s.scalars(select(Anomaly).where(Anomaly.status == "open").order_by(Anomaly.occurred_at)))
        return _views(ctx, rows)


def anomaly_list(ctx: Context):
    """The anomalies as a lazy list (sorted, searched and filtered in SQL)."""
    from suite.plugin_api.lists import ListColumn, ListFilter, ListQuery

    ctx.require(P.VIEW)
    A = Anomaly.__table__
    S = core.Staff.__table__
    q = (select(A.c.id, A.c.occurred_at, A.c.kind, A.c.title, A.c.dish, A.c.supplier_name, S.c.name.label("responsible"),
                A.c.status)
         .select_from(A.outerjoin(S, S.c.id == A.c.responsible_staff_id)))
    return ListQuery(
        name="kitchen.anomalies", title=T("Anomalies"), select=q,
        columns=(ListColumn("occurred_at", T("Found at"), kind="datetime", width=16),
                 ListColumn("kind", T("Kind"), kind="badge", badges={k: (v, "warning") for k, v in codes.ANOMALY_KINDS.items()}),
                 ListColumn("title", T("What was found"), width=20),
                 ListColumn("dish", T("Dish"), width=12),
                 ListColumn("supplier_name", T("Supplier"), width=14),
                 ListColumn("responsible", T("Responsible"), width=10),
                 ListColumn("status", T("Status"), kind="badge", badges=codes.ANOMALY_STATUSES)),
        sort="occurred_at", descending=True,
        search=lambda t: A.c.title.contains(t, autoescape=True) | A.c.dish.contains(t, autoescape=True),
        search_hint=T("Search by what was found or dish"),
        filters=(ListFilter("status", T("Status"), (("open", T("Open")), ("closed", T("Closed")), (None, T("All"))),
                            lambda v: None if v is None else A.c.status == v, default=None),),
    )
