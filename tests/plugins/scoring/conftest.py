"""Fixtures of the scoring tests: the order desk, complaints and scoring, staff in several
departments with pay terms, logins by role, and the office clock standing on 2 December 2026
(so November is last month)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

SH = dt.timezone(dt.timedelta(hours=8))
NOV = 202611


def local(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=SH)


@pytest.fixture
def suite_plugins():
    return ["orders", "complaints", "scoring", "fakemetrics"]


@pytest.fixture
def suite_host(suite_plugins):
    from suite.host import build_host
    from tests.plugins.scoring import fake_metrics

    fake_metrics.VALUES.clear()
    fake_metrics.FAIL.clear()
    return build_host(only=suite_plugins, strict=True, extra=[fake_metrics])


@pytest.fixture
def metric():
    """``metric(staff_id, 202611, 5.0)`` sets the fake metric of a person for a month."""
    import datetime as dt

    from tests.plugins.scoring import fake_metrics

    def put(staff_id: int, month: int, value: float) -> None:
        fake_metrics.VALUES[(staff_id, dt.date(month // 100, month % 100, 1))] = value

    return put


@pytest.fixture
def clock(fake_clock):
    fake_clock.set(local(2026, 12, 2, 9, 0))
    return fake_clock


@pytest.fixture
def ctx(suite_ctx, clock):
    return suite_ctx.with_clock(clock)


@pytest.fixture
def staff(ctx):
    """Staff by key: cs, cs2 (customer service), driver, cook, waiter (front of house), each with
    the position (role) the demo office gives them."""
    from suite.plugin_api import core
    from suite_plugins.scoring.services import attendance

    deps = {d.code: d.id for d in core.list_departments(ctx)}
    out = {
        "cs": core.save_staff(ctx, name="客服小王", department_id=deps["customer_service"], position="客服"),
        "cs2": core.save_staff(ctx, name="客服小李", department_id=deps["customer_service"], position="客服"),
        "driver": core.save_staff(ctx, name="配送员老张", department_id=deps["delivery"], position="配送员"),
        "cook": core.save_staff(ctx, name="厨师刘师傅", department_id=deps["production"], position="厨师"),
        "waiter": core.save_staff(ctx, name="服务员小赵", department_id=deps["front_of_house"], position="服务员"),
    }
    for key, sid in out.items():
        attendance.save_terms(ctx, sid, monthly_wage=Decimal("2800.00"), bonus=Decimal("300.00"), expected_version=0)
    return out


@pytest.fixture
def login(suite_ctx, suite_login, clock, staff):
    """``login("manager", staff_key="cs")`` -> a Context on the fake clock acting as that user."""
    from suite.plugin_api import core

    def make(*roles: str, staff_key: str | None = None):
        c = suite_login(*roles)
        if staff_key is not None:
            from suite.core import users

            version = next(u.version for u in users.list_users(suite_ctx) if u.id == c.user.id)

            users.update_user(suite_ctx, c.user.id, staff_id=staff[staff_key], expected_version=version)
            c = core.user_context(suite_ctx, c.user.username)
        return c.with_clock(clock)

    return make


@pytest.fixture
def manager(login):
    return login("manager")


@pytest.fixture
def clerk(login):
    """A customer-service clerk with a login: sees only her own month."""
    return login("clerk", staff_key="cs")


def table_counts(ctx) -> dict[str, int]:
    """Rows per perf_ table, to prove a refused input changed nothing."""
    from sqlalchemy import func, select

    from suite.plugin_api.db import Base

    out = {}
    with ctx.read() as s:
        for name, t in Base.metadata.tables.items():
            if name.startswith("perf_"):
                out[name] = s.scalar(select(func.count()).select_from(t))
    return out


def snapshot(ctx) -> tuple:
    """Counts and the sum of versions of every perf_ table (an update bumps a version)."""
    from sqlalchemy import func, select

    from suite.plugin_api.db import Base

    out = []
    with ctx.read() as s:
        for name, t in sorted(Base.metadata.tables.items()):
            if name.startswith("perf_"):
                ver = s.scalar(select(func.coalesce(func.sum(t.c.version), 0))) if "version" in t.c else 0
                out.append((name, s.scalar(select(func.count()).select_from(t)), ver))
    return tuple(out)
