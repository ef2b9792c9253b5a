"""The database layer: pragmas, types, optimistic locking, units of work."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import ForeignKey, String, select, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from suite.config import Settings, resolve_database_url
from suite.core.customers import CustomerInput, create_customer, get_customer, update_customer
from suite.core.models import Customer
from suite.db.base import IdMixin, TimestampMixin, VersionMixin, money
from suite.db.engine import network_share_reason, normalise_url, open_database, parse_mounts, refuse_network_share
from suite.plugin_api.errors import ConflictError, UserError


def test_sqlite_pragmas_apply_on_every_connection(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'p.db'}")
    for _ in range(2):  # a second pooled connection gets the same treatment
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
    raw = db.engine.raw_connection()
    try:
        assert raw.driver_connection.isolation_level is None  # BEGIN is ours (savepoints work)
    finally:
        raw.close()
    db.dispose()


def test_savepoints_work_on_sqlite(suite_ctx):
    with suite_ctx.unit_of_work() as s:
        s.execute(text("CREATE TABLE IF NOT EXISTS t_sp (x INTEGER)"))
        s.execute(text("INSERT INTO t_sp VALUES (1)"))
        nested = s.begin_nested()
        s.execute(text("INSERT INTO t_sp VALUES (2)"))
        nested.rollback()
    with suite_ctx.read() as s:
        assert s.execute(text("SELECT x FROM t_sp")).scalars().all() == [1]


@pytest.mark.parametrize("url", ["foo://x", "mysql://root@localhost/x", "sqlite://", "sqlite:///:memory:", "::::"])
def test_bad_urls_are_refused_with_a_message(url):
    with pytest.raises(UserError) as err:
        normalise_url(url)
    assert str(err.value)


def test_postgres_scheme_means_psycopg3():
    assert normalise_url("postgres://u@h/db").drivername == "postgresql+psycopg"
    assert normalise_url("postgresql://u@h/db").drivername == "postgresql+psycopg"


def test_database_url_precedence(tmp_path, monkeypatch):
    settings = Settings(tmp_path / "s.toml", {"database": {"url": "sqlite:////from/settings.db"}})
    monkeypatch.setenv("SUITE_DATABASE_URL", "sqlite:////from/env.db")
    assert resolve_database_url("sqlite:////from/cli.db", settings) == "sqlite:////from/cli.db"
    assert resolve_database_url(None, settings) == "sqlite:////from/env.db"
    monkeypatch.delenv("SUITE_DATABASE_URL")
    assert resolve_database_url(None, settings) == "sqlite:////from/settings.db"
    default = resolve_database_url(None, Settings(tmp_path / "none.toml"))
    assert default.startswith("sqlite:///") and default.endswith("/data/suite.db")
    # a bare path is a SQLite file
    assert resolve_database_url(str(tmp_path / "x.db"), settings).startswith("sqlite:///")


def test_settings_file_round_trip(tmp_path):
    s = Settings(tmp_path / "settings.toml")
    s.set("database.url", "postgresql://h/db")
    s.set_plugin_enabled("orders", False)
    s.save()
    again = Settings.load(tmp_path / "settings.toml")
    assert again.database_url == "postgresql://h/db"
    assert "orders" in again.disabled_plugins()


def test_broken_settings_file_is_a_clear_error(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text("[database\nurl=", encoding="utf-8")
    with pytest.raises(UserError, match="not valid TOML"):
        Settings.load(path)


@pytest.mark.parametrize("path", [r"\\server\share\suite.db", "//server/share/suite.db"])
def test_unc_paths_are_network_shares(path):
    assert network_share_reason(path, mounts=[], platform="linux") == "UNC path"
    with pytest.raises(UserError, match="PostgreSQL"):
        refuse_network_share(path)


def test_nfs_and_smb_mounts_are_network_shares():
    mounts = parse_mounts(
        "/dev/vda / ext4 rw 0 0\n"
        "fileserver:/export /mnt/office nfs4 rw 0 0\n"
        "//nas/shared /media/nas cifs rw 0 0\n"
    )
    assert network_share_reason("/mnt/office/suite.db", mounts, "linux") == "nfs4 network mount"
    assert network_share_reason("/media/nas/data/suite.db", mounts, "linux") == "cifs network mount"
    assert network_share_reason("/home/me/suite.db", mounts, "linux") is None
    assert network_share_reason("/mnt/officer/suite.db", mounts, "linux") is None


def test_open_database_refuses_a_network_share():
    with pytest.raises(UserError, match="network share"):
        open_database(r"sqlite:///\\server\share\suite.db")


def test_money_is_decimal_never_float(suite_ctx):
    assert money("12.345") == Decimal("12.35")
    assert money("¥1,200.5") == Decimal("1200.50")
    from suite.db.base import Money

    with pytest.raises(TypeError):
        Money().process_bind_param(1.5, suite_ctx.db.engine.dialect)


def test_timestamps_are_aware_utc(suite_ctx):
    cid = create_customer(suite_ctx, CustomerInput("李四"))
    with suite_ctx.read() as s:
        c = s.get(Customer, cid)
        assert c.created_at.tzinfo is not None
        assert c.created_at.utcoffset() == dt.timedelta(0)


def test_two_sessions_saving_one_row_the_second_gets_a_conflict(suite_ctx, suite_backend):
    cid = create_customer(suite_ctx, CustomerInput("王五", notes="first"))
    version = get_customer(suite_ctx, cid).version
    # two editors read the same version; the first saves
    update_customer(suite_ctx, cid, CustomerInput("王五", notes="editor A"), expected_version=version)
    with pytest.raises(ConflictError):
        update_customer(suite_ctx, cid, CustomerInput("王五", notes="editor B"), expected_version=version)
    assert get_customer(suite_ctx, cid).notes == "editor A"


def test_concurrent_flushes_hit_the_version_counter(suite_ctx):
    """Two editors hold the row as read; the first saves; the second's UPDATE finds the
    version moved and fails (SQLAlchemy's version_id_col), through the unit of work too."""
    cid = create_customer(suite_ctx, CustomerInput("赵六"))
    a = suite_ctx.db.session()
    b = suite_ctx.db.session()
    try:
        cb = b.get(Customer, cid)
        b.expunge(cb)  # editor B keeps the row it read while editor A works
        b.rollback()
        ca = a.get(Customer, cid)
        ca.notes = "A"
        a.commit()
        cb.notes = "B"
        with pytest.raises(ConflictError):
            with suite_ctx.unit_of_work() as s:
                s.add(cb)
    finally:
        a.close()
        b.close()
    with suite_ctx.read() as s:
        assert s.get(Customer, cid).notes == "A"


def test_unit_of_work_rolls_back_everything_on_error(suite_ctx):
    with pytest.raises(RuntimeError):
        with suite_ctx.unit_of_work() as s:
            s.add(Customer(name="never"))
            s.flush()
            raise RuntimeError("boom")
    with suite_ctx.read() as s:
        assert s.scalar(select(Customer).where(Customer.name == "never")) is None


def test_nested_units_of_work_join_the_outer_transaction(suite_ctx):
    with pytest.raises(RuntimeError):
        with suite_ctx.unit_of_work():
            create_customer(suite_ctx, CustomerInput("内层"))
            raise RuntimeError("outer fails after the inner service returned")
    with suite_ctx.read() as s:
        assert s.scalar(select(Customer).where(Customer.name == "内层")) is None


def _customer_version(ctx, cid):
    with ctx.read() as s:
        return s.get(Customer, cid).version


@pytest.mark.parametrize("change", ["edit", "add", "remove"])
def test_a_changed_child_row_bumps_the_aggregate_roots_version(suite_ctx, suite_backend, change):
    """Phones and addresses are children of the customer aggregate (``__aggregate_parent__``):
    touching only a child still moves the customer's version, so a stale editor conflicts."""
    from suite.core.models import CustomerPhone

    cid = create_customer(suite_ctx, CustomerInput("孙七", phones=["13900001111"]))
    before = _customer_version(suite_ctx, cid)
    with suite_ctx.unit_of_work() as s:
        c = s.get(Customer, cid)
        if change == "edit":
            c.phones[0].label = "work"
        elif change == "add":
            c.phones.append(CustomerPhone(phone="13900002222", label=""))
        else:
            s.delete(c.phones[0])
    assert _customer_version(suite_ctx, cid) == before + 1
    # the editor who read the old version now conflicts
    with pytest.raises(ConflictError):
        update_customer(suite_ctx, cid, CustomerInput("孙七", notes="stale"), expected_version=before)


@pytest.mark.parametrize("how", ["remove", "clear"])
def test_a_child_removed_from_its_collection_is_audited_as_deleted(suite_ctx, suite_backend, how):
    """A phone taken out of the customer's list is deleted by the ``delete-orphan`` cascade
    during the flush, never by ``session.delete``: the audit log still records the delete,
    with the values the row had, and the chain still verifies."""
    from suite.core.audit import audit_entries
    from suite.core.audit_chain import verify

    cid = create_customer(suite_ctx, CustomerInput("周八", phones=["13900003333", "13900004444"]))
    with suite_ctx.read() as s:
        phone_ids = [p.id for p in s.get(Customer, cid).phones]
    with suite_ctx.unit_of_work() as s:
        c = s.get(Customer, cid)
        if how == "remove":
            c.phones.remove(c.phones[0])
        else:
            c.phones.clear()
    gone = phone_ids[:1] if how == "remove" else phone_ids
    with suite_ctx.read() as s:
        assert [p.id for p in s.get(Customer, cid).phones] == [i for i in phone_ids if i not in gone]
    deletes = {e.row_id: e for e in audit_entries(suite_ctx, table="core_customer_phones")
               if e.action == "delete"}
    assert set(deletes) == {str(i) for i in gone}
    first = deletes[str(phone_ids[0])]
    assert first.changes["customer_id"] == [cid, None]
    assert first.changes["phone"][1] is None and first.changes["phone"][0]
    with suite_ctx.db.engine.connect() as conn:
        assert verify(conn).problem == ""


# ---------------------------------------------------------------------------- databases that cannot be used


def _open(url):
    from suite.db.engine import check_database, open_database

    db = open_database(url, check_share=False)
    try:
        check_database(db)
    finally:
        db.dispose()


def test_an_unusable_database_is_explained_in_one_line_naming_what_to_fix(tmp_path, monkeypatch):
    folder = tmp_path / "folder.db"
    folder.mkdir()
    text_file = tmp_path / "notes.txt"
    text_file.write_text("shopping list\n", encoding="utf-8")
    blocker = tmp_path / "blocker"
    blocker.write_text("x", encoding="utf-8")
    cases = [
        (f"sqlite:///{folder}", f"{folder} is a folder, not a database file"),
        (f"sqlite:///{text_file}", f"{text_file} is not a SQLite database"),
        (f"sqlite:///{blocker}/sub/suite.db", f"The folder {blocker}/sub for the database file cannot be created"),
        ("postgresql://postgres@127.0.0.1:1/suite", "The PostgreSQL server at 127.0.0.1:1 does not answer"),
    ]
    for url, needle in cases:
        with pytest.raises(UserError) as err:
            _open(url)
        assert needle in str(err.value) and "\n" not in str(err.value)
    assert text_file.read_text(encoding="utf-8") == "shopping list\n"  # left as it was
    # text that is no URL is refused before anything is created
    monkeypatch.chdir(tmp_path)
    for bad in ("::::", "postgresql:/server/suite", "sqlite:relative.db"):
        with pytest.raises(UserError, match="neither a database URL nor a file path"):
            resolve_database_url(bad, Settings(tmp_path / "s.toml"))
    assert not (tmp_path / "::::").exists()
    # a plain path (and a Windows one) is still a SQLite file
    assert resolve_database_url("data/suite.db", Settings(tmp_path / "s.toml")).startswith("sqlite:///")
    assert resolve_database_url(r"C:\Users\x\suite.db", Settings(tmp_path / "s.toml")).startswith("sqlite:///")


def test_a_missing_postgres_database_and_a_refused_user_are_named(request):
    from sqlalchemy.engine import make_url

    from suite.plugin_api.testing import postgres_url

    server = postgres_url(request.config)
    if not server:
        pytest.skip("SUITE_TEST_POSTGRES_URL is not set")
    base = make_url(server).set(drivername="postgresql+psycopg")
    with pytest.raises(UserError, match="has no database \u201csuite_missing_db\u201d.*createdb"):
        _open(base.set(database="suite_missing_db").render_as_string(hide_password=False))
    with pytest.raises(UserError, match="refused the log-in as \u201cno_such_role_x\u201d"):
        _open(base.set(username="no_such_role_x", database="postgres").render_as_string(hide_password=False))

def test_a_child_linked_only_by_its_foreign_key_bumps_the_root(suite_ctx, suite_backend):
    """A phone added by ``customer_id`` alone (the relationship never loaded), and one
    deleted without its customer in the session, still move the customer's version."""
    from suite.core.models import CustomerPhone

    cid = create_customer(suite_ctx, CustomerInput("周八", phones=["13900003333"]))
    before = _customer_version(suite_ctx, cid)
    with suite_ctx.unit_of_work() as s:
        s.add(CustomerPhone(customer_id=cid, phone="13900004444", label=""))
    assert _customer_version(suite_ctx, cid) == before + 1
    with suite_ctx.unit_of_work() as s:
        phone = s.scalar(select(CustomerPhone).where(CustomerPhone.phone == "13900004444"))
        s.expunge_all()
        s.delete(s.get(CustomerPhone, phone.id))
    assert _customer_version(suite_ctx, cid) == before + 2


@pytest.mark.parametrize("how", ["relationship", "column"])
def test_a_child_moved_to_another_parent_bumps_both(suite_ctx, suite_backend, how):
    from suite.core.models import CustomerPhone

    a = create_customer(suite_ctx, CustomerInput("甲", phones=["13900005555"]))
    b = create_customer(suite_ctx, CustomerInput("乙"))
    va, vb = _customer_version(suite_ctx, a), _customer_version(suite_ctx, b)
    with suite_ctx.unit_of_work() as s:
        phone = s.scalar(select(CustomerPhone).where(CustomerPhone.customer_id == a))
        if how == "relationship":
            phone.customer = s.get(Customer, b)
        else:
            phone.customer_id = b
    assert (_customer_version(suite_ctx, a), _customer_version(suite_ctx, b)) == (va + 1, vb + 1)


def test_a_role_is_one_aggregate_with_its_permissions_and_a_user_with_its_roles(suite_ctx, suite_backend):
    """``RolePermission`` names its parent by a foreign-key column (no relationship on the
    model); a user's roles are a many-to-many collection of the user."""
    from suite.core.models import Role, RolePermission, User
    from suite.core.users import create_user

    with suite_ctx.unit_of_work() as s:
        role = Role(code=None, name="试用角色")
        s.add(role)
        s.flush()
        rid = role.id
    with suite_ctx.read() as s:
        v = s.get(Role, rid).version
    with suite_ctx.unit_of_work() as s:
        s.add(RolePermission(role_id=rid, permission="customers.view"))
    with suite_ctx.read() as s:
        assert s.get(Role, rid).version == v + 1
    uid = create_user(suite_ctx, "aggr-user", "password-123", roles=())
    with suite_ctx.read() as s:
        uv = s.get(User, uid).version
    with suite_ctx.unit_of_work() as s:
        user = s.get(User, uid)
        user.roles.append(s.get(Role, rid))
    with suite_ctx.read() as s:
        assert s.get(User, uid).version == uv + 1


class _TBase(DeclarativeBase):
    """A throw-away base: the suite's metadata stays exactly as the migrations made it."""


class _Root(IdMixin, TimestampMixin, VersionMixin, _TBase):
    __tablename__ = "t_agg_root"
    name: Mapped[str] = mapped_column(String(20), default="")


class _Mid(IdMixin, VersionMixin, _TBase):
    __tablename__ = "t_agg_mid"
    __aggregate_parent__ = "root"
    root_id: Mapped[int] = mapped_column(ForeignKey("t_agg_root.id"))
    root: Mapped[_Root] = relationship()


class _Leaf(IdMixin, TimestampMixin, VersionMixin, _TBase):
    __tablename__ = "t_agg_leaf"
    __aggregate_parent__ = "mid_id"
    mid_id: Mapped[int] = mapped_column(ForeignKey("t_agg_mid.id"))
    note: Mapped[str] = mapped_column(String(20), default="")


def test_nested_aggregates_bump_every_level_up_to_the_root(suite_db, suite_ctx):
    """A grandchild changes: its parent (which has no timestamp to write) and the root move."""
    _TBase.metadata.create_all(suite_db.engine)
    with suite_ctx.unit_of_work() as s:
        root = _Root(name="r")
        mid = _Mid(root=root)
        s.add_all([root, mid])
        s.flush()
        s.add(_Leaf(mid_id=mid.id, note="a"))
    with suite_ctx.read() as s:
        assert (s.get(_Root, 1).version, s.get(_Mid, 1).version) == (2, 2)  # the leaf came later
    with suite_ctx.unit_of_work() as s:
        s.get(_Leaf, 1).note = "b"
    with suite_ctx.read() as s:
        assert (s.get(_Root, 1).version, s.get(_Mid, 1).version) == (3, 3)


def test_every_declared_aggregate_parent_resolves(suite_host):
    """A misspelt ``__aggregate_parent__`` fails here, not silently at the first flush."""
    import importlib

    from suite.db.base import Base
    from suite.db.session import _aggregate_link

    for location in suite_host.migration_locations():  # every installed plugin's models
        for module in location.models:
            importlib.import_module(module)
    declared = {m.class_.__name__: _aggregate_link(m.class_)[1].class_.__name__
                for m in Base.registry.mappers if m.class_.__dict__.get("__aggregate_parent__")}
    assert {"CustomerPhone": "Customer", "CustomerAddress": "Customer", "RolePermission": "Role",
            "UserRole": "User"}.items() <= declared.items()
    if suite_host.is_active("orders"):
        assert declared["OrderItem"] == declared["Delivery"] == "Order"
    if suite_host.is_active("complaints"):
        assert declared["Event"] == declared["Action"] == declared["FollowUp"] == "Complaint"
