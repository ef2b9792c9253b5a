"""Fixtures of the shared-widget tests: a context that waits for background work before the
database goes away, bulk-inserted customers, and a user who may see customers but not their
phone numbers."""

from __future__ import annotations

import random

import pytest

from suite.core.models import Customer, CustomerAddress, CustomerPhone


@pytest.fixture
def ctx(suite_ctx, qapp):
    """The system context; background workers are finished before the database closes."""
    yield suite_ctx
    from suite.ui.widgets.worker import wait_for_workers

    wait_for_workers(30_000)


def customer_names(n: int, seed: int = 7) -> list[str]:
    """n distinct Chinese names in shuffled order (so id order is not name order)."""
    numbers = list(range(n))
    random.Random(seed).shuffle(numbers)
    return [f"客户{k:06d}" for k in numbers]


def bulk_customers(ctx, n: int, *, phone_every: int = 1, archived_every: int = 0, address: bool = False) -> list[str]:
    """Insert n customers (and phones, and addresses) with Core bulk inserts; returns the
    names in id order. Customer i (1-based) has phone 139 + i padded, unless i % phone_every."""
    from suite.plugin_api.db import pinyin_keys

    names = customer_names(n)
    # the session keeps the pinyin keys; a bulk insert gives them itself (the lists sort by them)
    # (every name is 客户 and six digits: the keys of 客户 once, the digits appended as pinyin_keys does)
    full, initials = pinyin_keys("客户")
    assert pinyin_keys(names[0]) == (f"{full.ljust(12)}{names[0][2:]}", initials + names[0][2])
    c, p, a = Customer.__table__, CustomerPhone.__table__, CustomerAddress.__table__
    with ctx.db.engine.begin() as conn:
        base = conn.execute(c.select().with_only_columns(c.c.id).order_by(c.c.id.desc()).limit(1)).scalar() or 0
        for start in range(0, n, 20_000):
            chunk = range(start, min(n, start + 20_000))
            conn.execute(c.insert(), [
                {"id": base + i + 1, "name": names[i], "kind": "company" if i % 4 == 0 else "person", "notes": "",
                 "name_pinyin": f"{full.ljust(12)}{names[i][2:]}", "name_initials": initials + names[i][2],
                 "archived": bool(archived_every and (i + 1) % archived_every == 0)}
                for i in chunk])
            phones = [{"customer_id": base + i + 1, "phone": f"139{base + i + 1:08d}", "is_primary": True, "label": ""}
                      for i in chunk if (i + 1) % phone_every == 0]
            if phones:
                conn.execute(p.insert(), phones)
            if address:
                conn.execute(a.insert(), [{"customer_id": base + i + 1, "address": f"幸福路{i + 1}号", "is_default": True,
                                           "label": ""} for i in chunk])
    if ctx.db.dialect == "postgresql":
        with ctx.db.engine.begin() as conn:
            for table in ("core_customers", "core_customer_phones", "core_customer_addresses"):
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT COALESCE(MAX(id), 1) FROM {table}))")
    return names


@pytest.fixture
def viewer(ctx, suite_login):
    """A user who may see customers but not their phone numbers and addresses."""
    from suite.core.users import save_role

    save_role(ctx, name="Customer viewer", permissions=["customers.view", "customers.export"])
    return suite_login("Customer viewer", username="viewer")


def type_text(widget, text: str) -> None:
    """Type text as a Chinese input method delivers it (QTest's key clicks are Latin-1 only)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def show_active(qtbot, widget) -> None:
    """Show a widget as the active window (keyboard shortcuts need an active window)."""
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    assert widget.isActiveWindow()
