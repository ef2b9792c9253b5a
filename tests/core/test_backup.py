"""Backups, rotation, restore checks, and durability when the process is killed."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from sqlalchemy import text

from suite import backup
from suite.bootstrap import prepare_database
from suite.core.customers import CustomerInput, count_customers, create_customer
from suite.db.engine import open_database
from suite.host import build_host
from suite.plugin_api.context import Context
from suite.plugin_api.errors import UserError


@pytest.fixture
def office(tmp_path):
    host = build_host(strict=True)
    db = open_database(f"sqlite:///{tmp_path / 'office.db'}")
    ctx = Context(db=db, host=host)
    prepare_database(ctx, backup=False)
    create_customer(ctx, CustomerInput("原有客户"))
    yield ctx
    db.dispose()


def test_backup_is_a_consistent_copy_taken_while_writing(office, tmp_path):
    path = backup.backup_now(office.db, tmp_path / "out")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT name FROM core_customers").fetchall() == [("原有客户",)]
    conn.close()


def test_daily_and_monthly_backups_rotate(office):
    start = dt.datetime(2026, 1, 1, 8, 0)
    for day in range(40):
        backup.daily_backup(office.db, now=start + dt.timedelta(days=day))
    root = backup.backup_root(office.db)
    daily = sorted(p.name for p in (root / "daily").glob("*.db"))
    monthly = sorted(p.name for p in (root / "monthly").glob("*.db"))
    assert len(daily) == 14 and daily[-1] == "office-2026-02-09.db"
    assert monthly == ["office-2026-01.db", "office-2026-02.db"]
    # a second start the same day writes nothing new
    assert backup.daily_backup(office.db, now=start + dt.timedelta(days=39, hours=3)) == []
    for month in range(2, 16):
        backup.daily_backup(office.db, now=dt.datetime(2026 + (month // 12), month % 12 + 1, 1))
    assert len(list((root / "monthly").glob("*.db"))) == 12


def test_restore_round_trip_keeps_the_replaced_database(office, tmp_path):
    saved = backup.backup_now(office.db, tmp_path / "saved")
    create_customer(office, CustomerInput("之后加的"))
    assert count_customers(office) == 2
    kept = backup.restore(office.db, saved, office.host)
    assert count_customers(office) == 1
    conn = sqlite3.connect(kept)
    assert conn.execute("SELECT count(*) FROM core_customers").fetchone()[0] == 2
    conn.close()


@pytest.mark.parametrize("content", [b"", b"hello, not a database", b"SQLite format 3\x00" + b"\x00" * 200])
def test_corrupt_or_foreign_files_are_refused_and_nothing_is_replaced(office, tmp_path, content):
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    before = office.db.sqlite_path.read_bytes()
    with pytest.raises(UserError, match="nothing was replaced|not a SQLite"):
        backup.restore(office.db, bad, office.host)
    assert office.db.sqlite_path.read_bytes() == before
    assert count_customers(office) == 1


def test_a_database_of_another_program_is_refused(office, tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(UserError, match="not a database of this suite"):
        backup.restore(office.db, other, office.host)
    assert count_customers(office) == 1


def test_a_damaged_database_is_refused(office, tmp_path):
    copy = backup.backup_now(office.db, tmp_path / "copy")
    data = bytearray(copy.read_bytes())
    page = 4096
    for offset in range(page * 2 + 100, min(len(data), page * 6), 7):  # scribble over pages
        data[offset] = 0xAB
    copy.write_bytes(bytes(data))
    with pytest.raises(UserError):
        backup.restore(office.db, copy, office.host)
    assert count_customers(office) == 1


def test_postgres_backup_explains_pg_dump_instead():
    from sqlalchemy.engine import make_url

    class FakePg:
        is_sqlite = False
        url = make_url("postgresql+psycopg://office@dbserver:5433/suite")

    text_ = backup.postgres_instructions(FakePg())
    assert "pg_dump -h dbserver -p 5433 -U office" in text_ and "pg_restore" in text_
    with pytest.raises(UserError, match="pg_dump"):
        backup.backup_now(FakePg())


WRITER = r"""
import sys
from suite.bootstrap import open_runtime
from suite.core.customers import CustomerInput, create_customer
rt = open_runtime(sys.argv[1], migrate=False)
n = 0
while True:
    n += 1
    create_customer(rt.ctx, CustomerInput(f"写入{n}", phones=[f"1380000{n:04d}"]))
    print(n, flush=True)
"""


def test_a_killed_writer_loses_nothing_it_committed(office, tmp_path, suite_home):
    url = f"sqlite:///{office.db.sqlite_path}"
    office.db.dispose()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, url], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "SUITE_HOME": str(suite_home)})
    committed = 0
    deadline = time.time() + 60
    while committed < 40 and time.time() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        committed = int(line)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert committed >= 40, "the writer did not get going"
    conn = sqlite3.connect(office.db.sqlite_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    names = {r[0] for r in conn.execute("SELECT name FROM core_customers")}
    conn.close()
    for n in range(1, committed + 1):
        assert f"写入{n}" in names
    db = open_database(url)
    with db.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM core_audit_log WHERE table_name='core_customers'")).scalar() >= committed
    db.dispose()
