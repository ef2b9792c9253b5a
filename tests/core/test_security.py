"""Users, roles, lockout, permissions inside services, the audit log, personal data."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from suite.core import company, staff, users
from suite.core.audit import audit_entries
from suite.core.customers import (
    CustomerInput,
    create_customer,
    find_by_phone,
    get_customer,
    mask_phone,
    normalise_phone,
    update_customer,
)
from suite.plugin_api.errors import PermissionDenied, UserError, ValidationError


def test_first_owner_then_no_second_owner_by_the_back_door(suite_ctx):
    assert not users.has_users(suite_ctx)
    users.create_owner(suite_ctx, "boss", "correct horse", company_name="清泉水站")
    assert users.has_users(suite_ctx)
    assert company.get_company(suite_ctx).name == "清泉水站"
    with pytest.raises(UserError):
        users.create_owner(suite_ctx, "intruder", "another pass")


def test_passwords_are_argon2id_with_rfc9106_parameters_by_default():
    from argon2 import PasswordHasher

    from suite.core import passwords

    previous = passwords.use_hasher(PasswordHasher())
    try:
        stored = passwords.hash_password("secret-pass")
    finally:
        passwords.use_hasher(previous)
    assert stored.startswith("$argon2id$")
    assert "m=65536,t=3,p=4" in stored
    assert passwords.verify_password(stored, "secret-pass")
    assert not passwords.verify_password(stored, "Secret-pass")


def test_weak_or_odd_input_is_refused(suite_ctx):
    with pytest.raises(ValidationError) as err:
        users.create_owner(suite_ctx, "b", "short")
    assert "username" in err.value.fields or "password" in err.value.fields
    with pytest.raises(ValidationError) as err:
        users.create_owner(suite_ctx, "boss", "short")
    assert "8" in str(err.value.fields["password"])


def test_five_wrong_passwords_lock_the_account_for_five_minutes(suite_ctx, fake_clock):
    ctx = suite_ctx.with_clock(fake_clock)
    users.create_owner(ctx, "boss", "right-password")
    for _ in range(5):
        with pytest.raises(UserError, match="Wrong user name or password"):
            users.login(ctx, "boss", "wrong")
    with pytest.raises(UserError, match="locked for 5 minutes"):
        users.login(ctx, "boss", "right-password")  # even the right one, while locked
    fake_clock.advance(minutes=4, seconds=59)
    with pytest.raises(UserError, match="locked for 5 minutes"):
        users.login(ctx, "boss", "right-password")
    fake_clock.advance(seconds=2)
    assert users.login(ctx, "boss", "right-password").user.username == "boss"


def test_unknown_user_and_disabled_account(suite_ctx, suite_login):
    with pytest.raises(UserError, match="Wrong user name or password"):
        users.login(suite_ctx, "ghost", "whatever-pass")
    clerk = suite_login("clerk", username="clerk1")

    def version():
        return next(u.version for u in users.list_users(suite_ctx) if u.id == clerk.user.id)

    users.set_locked(suite_ctx, clerk.user.id, True, expected_version=version())
    with pytest.raises(UserError, match="disabled"):
        users.login(suite_ctx, "clerk1", "password-123")
    users.set_locked(suite_ctx, clerk.user.id, False, expected_version=version())
    assert users.login(suite_ctx, "clerk1", "password-123").user.id == clerk.user.id


def test_a_clerk_calling_manager_services_is_refused_without_any_ui(suite_login):
    clerk = suite_login("clerk")
    with pytest.raises(PermissionDenied):
        users.create_user(clerk, "newbie", "password-123")
    with pytest.raises(PermissionDenied):
        users.list_users(clerk)
    with pytest.raises(PermissionDenied):
        company.save_company(clerk, name="Hacked")
    with pytest.raises(PermissionDenied):
        staff.save_staff(clerk, name="Someone")
    with pytest.raises(PermissionDenied):
        audit_entries(clerk)
    manager = suite_login("manager")
    staff.save_staff(manager, name="张师傅")
    with pytest.raises(PermissionDenied):
        users.create_user(manager, "owner2", "password-123", roles=("owner",))


def test_roles_are_data_and_revocations_stick(suite_ctx, suite_login):
    from suite.bootstrap import prepare_database

    owner = suite_login("owner")
    clerk_role = next(r for r in users.list_roles(owner) if r.code == "clerk")
    assert "customers.view_pii" in clerk_role.permissions
    users.save_role(owner, role_id=clerk_role.id, name=clerk_role.name,
                    permissions=[p for p in clerk_role.permissions if p != "customers.view_pii"],
                    expected_version=clerk_role.version)
    prepare_database(suite_ctx, backup=False, force=True)  # a start that re-syncs permissions...
    clerk_role = next(r for r in users.list_roles(owner) if r.code == "clerk")
    assert "customers.view_pii" not in clerk_role.permissions  # ...and keeps the revocation
    custom = users.save_role(owner, name="夜班", permissions=["customers.view"])
    assert any(r.id == custom and r.permissions == ("customers.view",) for r in users.list_roles(owner))


def test_last_owner_cannot_be_demoted_or_locked(suite_ctx, suite_login):
    owner = suite_login("owner", username="theowner")
    first_owner = next(u for u in users.list_users(owner) if u.username.startswith("owner") and u.username != "theowner")
    users.set_user_roles(owner, first_owner.id, ["manager"], expected_version=first_owner.version)
    me = next(u for u in users.list_users(owner) if u.id == owner.user.id)
    with pytest.raises(ValidationError):
        users.set_user_roles(owner, owner.user.id, ["manager"], expected_version=me.version)
    with pytest.raises(ValidationError):
        users.set_locked(owner, owner.user.id, True, expected_version=me.version)


def test_every_write_is_audited_with_old_and_new_values(suite_login):
    manager = suite_login("manager")
    cid = create_customer(manager, CustomerInput("陈一", phones=["13900001111"], notes="old"))
    version = get_customer(manager, cid).version
    update_customer(manager, cid, CustomerInput("陈一", phones=["13900001111"], notes="new"), expected_version=version)
    entries = [e for e in audit_entries(manager) if e.table_name == "core_customers" and e.row_id == str(cid)]
    actions = [e.action for e in entries]
    assert actions == ["update", "insert"]  # newest first
    assert entries[0].changes == {"notes": ["old", "new"]}
    assert entries[0].username == manager.user.username
    assert entries[1].changes["name"] == [None, "陈一"]
    phone_rows = [e for e in audit_entries(manager) if e.table_name == "core_customer_phones"]
    assert phone_rows and phone_rows[-1].action == "insert"


def test_password_hashes_never_reach_the_audit_log(suite_ctx):
    users.create_owner(suite_ctx, "boss", "very-secret-1")
    users.set_password(suite_ctx, "very-secret-2", username="boss")
    with suite_ctx.read() as s:
        rows = s.execute(text("SELECT changes FROM core_audit_log WHERE table_name='core_users'")).scalars().all()
    assert rows
    for raw in rows:
        changes = json.loads(raw)
        if "password_hash" in changes:
            assert set(changes["password_hash"]) <= {None, "***"}
    assert not any("argon2" in raw for raw in rows)


def test_the_audit_log_cannot_be_changed_or_deleted(suite_ctx):
    create_customer(suite_ctx, CustomerInput("审计"))
    for statement in ("UPDATE core_audit_log SET username = 'x'", "DELETE FROM core_audit_log"):
        with pytest.raises(Exception, match="append-only"):
            with suite_ctx.unit_of_work() as s:
                s.execute(text(statement))
    with suite_ctx.read() as s:
        assert s.execute(text("SELECT count(*) FROM core_audit_log WHERE username = 'x'")).scalar() == 0
        assert s.execute(text("SELECT count(*) FROM core_audit_log")).scalar() > 0


@pytest.mark.parametrize("raw,digits", [
    ("138 1234 5678", "13812345678"), ("+86 138-1234-5678", "13812345678"), ("(010) 6512 3456", "01065123456"),
    ("0086 13812345678", "13812345678"),
])
def test_phone_numbers_are_normalised(raw, digits):
    assert normalise_phone(raw) == digits


@pytest.mark.parametrize("raw", ["138abc45678", "电话1381234", "12", "1" * 25])
def test_phone_numbers_with_letters_or_wrong_length_are_refused(raw):
    with pytest.raises(ValidationError):
        normalise_phone(raw)


def test_personal_data_is_masked_without_the_permission(suite_ctx, suite_login):
    writer = suite_login("clerk")
    cid = create_customer(writer, CustomerInput("刘二", phones=["13812345678"], addresses=["朝阳区建国路88号3单元"]))
    assert get_customer(writer, cid).phones[0].phone == "13812345678"
    owner = suite_login("owner")
    clerk_role = next(r for r in users.list_roles(owner) if r.code == "kitchen")
    users.save_role(owner, role_id=clerk_role.id, name=clerk_role.name, permissions=["customers.view"],
                    expected_version=clerk_role.version)
    kitchen = suite_login("kitchen")
    view = get_customer(kitchen, cid)
    assert view.masked
    assert view.phones[0].phone == mask_phone("13812345678") == "138****5678"
    assert "建国路88号" not in view.addresses[0].address and view.addresses[0].address.endswith("****")
    assert find_by_phone(kitchen, "1381234") == []  # no prefix search without the right
    found = find_by_phone(kitchen, "13812345678")  # the whole number is found
    assert found and found[0].phones[0].phone == "138****5678"
    with pytest.raises(PermissionDenied):
        update_customer(kitchen, cid, CustomerInput("x"), expected_version=view.version)
