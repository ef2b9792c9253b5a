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


# ---------------------------------------------------------------------------- backups that prove themselves


def _audit(path, where="1=1"):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT id, username, action, table_name, row_id, changes FROM core_audit_log "
                            f"WHERE {where} ORDER BY id").fetchall()
    finally:
        conn.close()


def test_every_backup_has_a_manifest_with_its_checksum_and_chain_head_and_an_audit_row(office, tmp_path):
    import hashlib
    import json

    path = backup.backup_now(office.db, tmp_path / "out")
    manifest = json.loads(backup.manifest_path(path).read_text(encoding="utf-8"))
    assert backup.manifest_path(path).name == path.stem + ".manifest.json"
    assert manifest["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert manifest["size"] == path.stat().st_size
    last = _audit(path)[-1]
    assert manifest["audit_head"]["id"] == last[0] and manifest["audit_rows"] == len(_audit(path))
    # the live database says a backup was written, with that checksum
    row = _audit(office.db.sqlite_path, "action = 'backup'")[-1]
    assert row[3] == "backup" and row[4] == path.name and manifest["sha256"] in row[5]
    assert backup.trust_problems(path, structure_checked=True) == []


@pytest.mark.parametrize("damage", ["one byte short", "one flipped byte"])
def test_a_backup_that_does_not_match_its_checksum_is_refused(office, tmp_path, damage):
    """Issue 8: a backup truncated by one byte, or with one flipped byte, was accepted by
    ``suite restore`` and restored a corrupted address row."""
    path = backup.backup_now(office.db, tmp_path / "out")
    data = bytearray(path.read_bytes())
    if damage == "one byte short":
        data = data[:-1]
    else:  # inside a record, where PRAGMA integrity_check does not look
        at = data.find("原有客户".encode())
        assert at > 0
        data[at] ^= 0x01
    path.write_bytes(bytes(data))
    before = office.db.sqlite_path.read_bytes()
    with pytest.raises(UserError, match="checksum") as err:
        backup.restore(office.db, path, office.host)
    assert "\n" not in str(err.value) and "nothing was replaced" in str(err.value)
    assert office.db.sqlite_path.read_bytes() == before
    assert backup.verify_backup(path, office.host) and backup.read_manifest(path)["verified"]["ok"] is False


def _tamper_backup(path, *, keep_head: bool):
    """Drop the triggers and empty the audit log of a backup, then fix its manifest's checksum
    (someone who knows the format); without ``keep_head`` the manifest's chain head goes too."""
    import json

    conn = sqlite3.connect(path)
    for name in ("core_audit_log_no_update", "core_audit_log_no_delete", "core_audit_log_chain"):
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DELETE FROM core_audit_log")
    conn.commit()
    conn.close()
    mpath = backup.manifest_path(path)
    manifest = json.loads(mpath.read_text(encoding="utf-8"))
    manifest.update(size=path.stat().st_size, sha256=backup.sha256_of(path))
    if not keep_head:
        manifest.update(audit_head=None, audit_rows=0)
    mpath.write_text(json.dumps(manifest), encoding="utf-8")


@pytest.mark.parametrize("keep_head,needle", [(True, "emptied or cut short"), (False, "is empty")])
def test_a_backup_with_dropped_triggers_and_an_emptied_log_is_refused(office, tmp_path, keep_head, needle):
    """Issue 8: ``suite restore`` accepted a backup whose triggers were dropped and whose audit
    log was emptied."""
    path = backup.backup_now(office.db, tmp_path / "out")
    _tamper_backup(path, keep_head=keep_head)
    before = office.db.sqlite_path.read_bytes()
    with pytest.raises(UserError, match=needle) as err:
        backup.restore(office.db, path, office.host)
    assert "--force" in str(err.value) and "\n" not in str(err.value)
    assert office.db.sqlite_path.read_bytes() == before


def test_force_restores_anyway_and_the_audit_log_says_what_was_forced_and_by_whom(office, tmp_path):
    import getpass
    import json

    from suite.core import audit_head
    from suite.core.audit_chain import guard_problems, verify

    path = backup.backup_now(office.db, tmp_path / "out")
    _tamper_backup(path, keep_head=False)
    backup.restore(office.db, path, office.host, force=True)
    rows = _audit(office.db.sqlite_path)
    # the emptied log: the triggers put back (and said so), and the row of this restore
    assert [(r[2], r[4]) for r in rows] == [("repair", "guards"), ("restore", path.name)]
    _id, username, action, table, row_id, changes = rows[1]
    assert (action, table, row_id) == ("restore", "backup", path.name)
    changes = json.loads(changes)
    assert "is empty" in " ".join(changes["forced"][1]) and getpass.getuser() in changes["by"][1]
    with office.db.engine.connect() as conn:
        assert guard_problems(conn) == [] and verify(conn).ok  # triggers back, a chain from here
    assert audit_head.load_head(office.db)["id"] == 2
    assert audit_head.verify_database(office.db).ok


def test_a_restore_is_audited_and_its_head_becomes_the_verified_one(office, tmp_path):
    from suite.core import audit_head

    saved = backup.backup_now(office.db, tmp_path / "saved")
    create_customer(office, CustomerInput("之后加的"))
    assert audit_head.verify_database(office.db).ok  # the later head is remembered...
    backup.restore(office.db, saved, office.host)
    last = _audit(office.db.sqlite_path)[-1]
    assert last[2] == "restore" and last[4] == saved.name and "forced" not in last[5]
    assert audit_head.verify_database(office.db).ok  # ...and replaced by the restored one's


def test_a_backup_without_manifest_is_refused_unless_forced(office, tmp_path):
    path = backup.backup_now(office.db, tmp_path / "out")
    backup.manifest_path(path).unlink()
    with pytest.raises(UserError, match="no manifest"):
        backup.restore(office.db, path, office.host)
    backup.restore(office.db, path, office.host, force=True)
    assert count_customers(office) == 1


def test_the_daily_backup_verifies_the_newest_backup_and_keeps_the_result(office):
    written = backup.daily_backup(office.db, now=dt.datetime(2026, 3, 2, 8, 0), host=office.host)
    assert len(written) == 2
    items = backup.list_backups(office.db)
    checked = [b for b in items if b.verified]
    assert checked and checked[0].verified["ok"] is True and checked[0].verified["at"]
    # every backup wrote its audit row in the live database
    kinds = [r[5] for r in _audit(office.db.sqlite_path, "action = 'backup'")]
    assert any('"daily"' in k for k in kinds) and any('"monthly"' in k for k in kinds)
    # rotation takes the manifests with the backups
    for day in range(1, 20):
        backup.daily_backup(office.db, now=dt.datetime(2026, 3, 2 + day, 8, 0), host=office.host)
    daily = backup.backup_root(office.db) / "daily"
    assert len(list(daily.glob("*.db"))) == 14 == len(list(daily.glob("*.manifest.json")))


def test_cli_restore_refuses_a_broken_backup_in_one_line_and_force_restores_it(office, tmp_path, run_suite):
    url = f"sqlite:///{office.db.sqlite_path}"
    path = backup.backup_now(office.db, tmp_path / "out")
    _tamper_backup(path, keep_head=True)
    office.db.dispose()
    refused = run_suite("--db", url, "restore", str(path), "--yes")
    assert refused.returncode == 2
    lines = [line for line in refused.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "emptied or cut short" in lines[0] and "Traceback" not in refused.stderr
    forced = run_suite("--db", url, "restore", str(path), "--yes", "--force")
    assert forced.returncode == 0, forced.stderr
    assert "Restoring anyway" in forced.stdout
    assert _audit(office.db.sqlite_path)[-1][2] == "restore"


from tests.core.test_migrations import tmig  # noqa: E402,F401 - the migrating test plugin


def test_the_backup_before_a_migration_has_a_manifest_and_its_audit_row(tmp_path, tmig, suite_home):  # noqa: F811
    from suite import migrate

    host = build_host(entry_points=False, strict=True, extra=[tmig])
    db = open_database(f"sqlite:///{tmp_path / 'office.db'}")
    prepare_database(Context(db=db, host=host), backup=True)
    tmig.VERSIONS = "v3"
    migrate.upgrade(db, build_host(entry_points=False, strict=True, extra=[tmig]), backup=True)
    taken = list((tmp_path / "backups" / "office" / "pre-migration").glob("*.db"))
    assert len(taken) == 1 and backup.trust_problems(taken[0]) == []
    rows = _audit(db.sqlite_path, "action = 'backup'")
    assert rows and rows[-1][4] == taken[0].name and '"pre-migration"' in rows[-1][5]
    db.dispose()


def test_a_pc_that_lost_its_settings_still_finds_a_log_cut_short_through_the_backups(office):
    from suite.core import audit_head

    assert audit_head.verify_database(office.db).ok
    taken = backup.backup_now(office.db)  # a manual backup in the backup folder, head in its manifest
    head = backup.read_manifest(taken)["audit_head"]
    audit_head.heads_file().unlink()  # the settings folder is wiped (a new PC, a reinstall)
    conn = sqlite3.connect(office.db.sqlite_path)
    conn.execute("DROP TRIGGER core_audit_log_no_delete")
    conn.execute("DELETE FROM core_audit_log WHERE id > ?", (head["id"] - 5,))
    conn.commit()
    conn.close()
    result = audit_head.verify_database(office.db)
    assert not result.ok and result.report.problem == "missing_head" and result.report.broken_id == head["id"]


@pytest.fixture
def pc_in_another_zone(monkeypatch):
    """This PC's clock set to New York (the office is in Shanghai)."""
    if not hasattr(time, "tzset"):
        pytest.skip("no time.tzset on this platform")
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_backup_names_and_days_follow_the_office_clock_not_the_pcs(office, pc_in_another_zone):
    at = dt.datetime(2026, 12, 2, 23, 58, 57, tzinfo=dt.timezone.utc)  # 07:58 on the 3rd in Shanghai
    path = backup.backup_now(office.db, now=at, record=False)
    assert path.name == "office-20261203-075857.db"
    written = backup.daily_backup(office.db, now=at)
    assert [p.name for p in written] == ["office-2026-12-03.db", "office-2026-12.db"]
    item = next(b for b in backup.list_backups(office.db) if b.path == path)
    assert item.taken_at == at  # from its manifest, an aware time
    # an office elsewhere: the zone stored in the database
    from suite.core.company import set_setting

    set_setting(office, "company", "timezone", "Europe/Berlin")
    assert str(backup.office_zone(office.db)) == "Europe/Berlin"
    assert backup.backup_now(office.db, now=at, record=False).name == "office-20261203-005857.db"


def test_the_office_zone_of_a_database_without_settings_is_the_default(tmp_path):
    empty = sqlite3.connect(tmp_path / "new.db")
    empty.close()

    class Db:
        sqlite_path = tmp_path / "new.db"

    assert str(backup.office_zone(Db())) == "Asia/Shanghai"
