"""The plain-SQL reads that let the main window of a demo log-in paint before the models load
(suite.core.startup) give the same answers as the services they stand in for."""

from __future__ import annotations

from sqlalchemy import text

from suite.core import company, staff, startup, users


def _same(ctx, username):
    plain = startup.user_context(ctx, username)
    assert plain is not None
    assert plain.user == users.user_context(ctx, username).user
    return plain.user


def test_the_plain_user_context_is_the_services_one(suite_ctx):
    users.create_owner(suite_ctx, "boss", "right-password", "老板", company_name="老王水站")
    staff_id = staff.save_staff(suite_ctx, name="张三")
    users.create_user(suite_ctx, "zhang", "right-password", display_name="张三", roles=("clerk", "dispatcher"),
                      staff_id=staff_id)
    users.create_user(suite_ctx, "driver1", "right-password", roles=("driver",))
    users.create_user(suite_ctx, "nobody1", "right-password", roles=())

    boss = _same(suite_ctx, "boss")
    assert boss.is_owner and boss.display_name == "老板"
    zhang = _same(suite_ctx, "zhang")
    assert zhang.roles == ("clerk", "dispatcher") and zhang.staff_id == staff_id and zhang.permissions
    assert not _same(suite_ctx, "driver1").is_owner
    assert _same(suite_ctx, "nobody1").permissions == frozenset()
    # an archived role gives nothing, in both
    with suite_ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE core_roles SET archived = :yes WHERE code = 'dispatcher'"), {"yes": True})
    assert _same(suite_ctx, "zhang").roles == ("clerk",)
    # no such user: None, and the caller asks the service (which explains)
    assert startup.user_context(suite_ctx, "nobody-here") is None
    assert startup.user_context(suite_ctx, "x" * 100) is None


def test_the_plain_settings_are_the_services_ones(suite_ctx):
    assert startup.company_name(suite_ctx.db) == company.get_company(suite_ctx).name
    assert startup.office_timezone(suite_ctx.db) == company.office_timezone(suite_ctx)
    company.save_company(suite_ctx, name="清泉水站", timezone="Asia/Urumqi")
    company.set_setting(suite_ctx, "core", "demo_flag", {"a": [1, 2]})
    assert startup.company_name(suite_ctx.db) == "清泉水站" == company.get_company(suite_ctx).name
    assert startup.office_timezone(suite_ctx.db) == "Asia/Urumqi" == company.office_timezone(suite_ctx)
    assert startup.read_setting(suite_ctx.db, "core", "demo_flag") == {"a": [1, 2]} \
        == company.get_setting(suite_ctx, "core", "demo_flag")
    assert startup.read_setting(suite_ctx.db, "core", "missing", 7) == 7 == company.get_setting(suite_ctx, "core", "missing", 7)
