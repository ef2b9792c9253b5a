"""Order numbers ``YYYYMMDD-NNNN``: one series per office day, unique and without gaps.

The counter row of the day is incremented by a single upsert inside the transaction that
saves the order. On PostgreSQL the row lock it takes makes a second PC's save wait until the
first one commits or rolls back; on SQLite the writer already holds the database lock
(``BEGIN IMMEDIATE``). A save that fails rolls its increment back with it, so the series
never has a hole.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy.dialects import postgresql, sqlite

from suite_plugins.orders.models import NumberCounter

NUMBER_RE = re.compile(r"^(\d{8})-?(\d{4,})$")


def format_number(day: dt.date, seq: int) -> str:
    return f"{day:%Y%m%d}-{seq:04d}"


def next_seq(session, day: dt.date) -> int:
    """Take the next number of *day* (in the caller's transaction)."""
    dialect = session.get_bind().dialect.name
    table = NumberCounter.__table__
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(table).values(day=day, last=1)
    stmt = stmt.on_conflict_do_update(index_elements=[table.c.day], set_={"last": table.c.last + 1})
    return int(session.execute(stmt.returning(table.c.last)).scalar_one())


def normalise_number(text: str) -> str | None:
    """``20260302-0007`` from what a person typed (spaces, no dash), or None."""
    compact = re.sub(r"\s", "", text or "")
    m = NUMBER_RE.match(compact)
    if not m:
        return None
    return f"{m.group(1)}-{int(m.group(2)):04d}"
