"""Fixtures of the kitchen tests: the kitchen plugin alone, a cook and a quality controller
who are staff members, equipment, and the office clock standing still."""

from __future__ import annotations

import datetime as dt

import pytest

SH = dt.timezone(dt.timedelta(hours=8))


def local(*args) -> dt.datetime:
    """An office-local (Asia/Shanghai) wall time as an aware datetime."""
    return dt.datetime(*args, tzinfo=SH)


@pytest.fixture
def suite_plugins():
    return ["kitchen"]


@pytest.fixture
def clock(fake_clock):
    fake_clock.set(local(2026, 3, 2, 10, 0))  # a Monday, inside the lunch pre-shift window
    return fake_clock


@pytest.fixture
def staff(suite_ctx):
    from suite.plugin_api import core

    deps = {d.code: d.id for d in core.list_departments(suite_ctx)}
    return {
        "cook": core.save_staff(suite_ctx, name="厨师刘师傅", department_id=deps["production"]),
        "cook2": core.save_staff(suite_ctx, name="帮厨小赵", department_id=deps["production"]),
        "quality": core.save_staff(suite_ctx, name="质检员陈", department_id=deps["quality"]),
        "deps": deps,
    }


@pytest.fixture
def login(suite_ctx, suite_login, clock, staff):
    from suite.plugin_api import core

    def make(*roles: str, staff_key: str | None = None):
        ctx = suite_login(*roles)
        if staff_key is not None:
            from suite.core import users

            version = next(u.version for u in users.list_users(suite_ctx) if u.id == ctx.user.id)

            users.update_user(suite_ctx, ctx.user.id, staff_id=staff[staff_key], expected_version=version)
            ctx = core.user_context(suite_ctx, ctx.user.username)
        return ctx.with_clock(clock)

    return make


@pytest.fixture(autouse=True)
def _records_start(request):
    """The seeded checklists start on 1 March 2026 (the test clock's month)."""
    if "suite_ctx" not in request.fixturenames:
        return
    from suite_plugins.kitchen.services import templates

    templates.start_records_on(request.getfixturevalue("suite_ctx"), dt.date(2026, 3, 1))


@pytest.fixture
def cook(login):
    return login("kitchen", staff_key="cook")


@pytest.fixture
def qc(login):
    return login("quality", staff_key="quality")


@pytest.fixture
def manager(login):
    return login("manager")


@pytest.fixture
def equipment(qc):
    from suite_plugins.kitchen.services import equipment as eq

    return {
        "fridge": eq.create_equipment(qc, eq.EquipmentInput("冷藏柜1", "fridge", "热菜间", "0", "8")),
        "freezer": eq.create_equipment(qc, eq.EquipmentInput("冷冻柜", "freezer", "库房", None, "-12")),
        "hot": eq.create_equipment(qc, eq.EquipmentInput("保温台", "hot_holding", "出餐口", "60", None)),
    }


def rows(ctx, model) -> int:
    """How many rows a table holds (to show that a refused write changed nothing)."""
    from sqlalchemy import func, select

    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def snapshot(ctx, *models) -> tuple:
    """Every row of the tables, with its version: compare before and after a refused write."""
    from sqlalchemy import select

    out = []
    with ctx.read() as s:
        for model in models:
            t = model.__table__
            out.append(tuple(tuple(r) for r in s.execute(select(t).order_by(t.c.id))))
    return tuple(out)
