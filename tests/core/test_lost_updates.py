"""No lost updates (issue 8, section 2): every core aggregate refuses the second of two edits
made from the same copy, and an update service called without the version read fails loudly.
The clock stands still on purpose: the version must move even when the timestamp does not."""

from __future__ import annotations

import pytest

from suite.core import customers, staff, users
from suite.core.customers import CustomerInput, PhoneInput
from suite.plugin_api.errors import ConflictError


@pytest.fixture
def ctx(suite_ctx, fake_clock):
    return suite_ctx.with_clock(fake_clock)


def _user_version(ctx, uid):
    return next(u.version for u in users.list_users(ctx) if u.id == uid)


def _role(ctx, rid):
    return next(r for r in users.list_roles(ctx, include_archived=True) if r.id == rid)


def test_customer_two_stale_edits_of_only_a_phone_label(ctx, suite_backend):
    cid = customers.create_customer(ctx, CustomerInput("钱九", phones=["13900007777"]))
    seen = customers.get_customer(ctx, cid)
    phone = seen.phones[0]
    customers.update_customer(ctx, cid, CustomerInput("钱九", phones=[PhoneInput(phone.phone, "家", id=phone.id)]),
                              expected_version=seen.version)
    with pytest.raises(ConflictError):
        customers.update_customer(ctx, cid, CustomerInput("钱九", phones=[PhoneInput(phone.phone, "公司", id=phone.id)]),
                                  expected_version=seen.version)
    assert customers.get_customer(ctx, cid).phones[0].label == "家"
    with pytest.raises(ConflictError):
        customers.archive_customer(ctx, cid, expected_version=seen.version)


@pytest.mark.parametrize("service", ["area", "department", "staff"])
def test_reference_records_two_stale_edits(ctx, suite_backend, service):
    if service == "area":
        rid = customers.save_area(ctx, "北城片区", "北京路")
        v = next(a.version for a in customers.list_areas(ctx) if a.id == rid)

        def save(word):
            return customers.save_area(ctx, "北城片区", word, area_id=rid, expected_version=v)
    elif service == "department":
        rid = staff.save_department(ctx, "外卖部")
        v = next(d.version for d in staff.list_departments(ctx) if d.id == rid)

        def save(word):
            return staff.save_department(ctx, word, department_id=rid, expected_version=v)
    else:
        rid = staff.save_staff(ctx, name="孙师傅")
        v = staff.get_staff(ctx, rid).version

        def save(word):
            return staff.save_staff(ctx, staff_id=rid, name="孙师傅", notes=word, expected_version=v)
    save("first")
    with pytest.raises(ConflictError):
        save("second")
    with pytest.raises(TypeError):  # an update without the version read is a programming error
        {"area": lambda: customers.save_area(ctx, "北城片区", "x", area_id=rid),
         "department": lambda: staff.save_department(ctx, "x", department_id=rid),
         "staff": lambda: staff.save_staff(ctx, staff_id=rid, name="x")}[service]()


def test_user_two_stale_edits_of_only_its_roles(ctx, suite_backend):
    users.create_owner(ctx, "boss", "password-123")
    owner = users.login(ctx, "boss", "password-123")
    uid = users.create_user(owner, "xiaozhou", "password-123", roles=("clerk",))
    v = _user_version(owner, uid)
    users.set_user_roles(owner, uid, ["clerk", "dispatcher"], expected_version=v)
    assert _user_version(owner, uid) > v  # only the association rows changed
    with pytest.raises(ConflictError):
        users.set_user_roles(owner, uid, ["kitchen"], expected_version=v)
    with pytest.raises(ConflictError):
        users.update_user(owner, uid, display_name="小周", expected_version=v)
    with pytest.raises(ConflictError):
        users.set_locked(owner, uid, True, expected_version=v)
    with pytest.raises(TypeError):
        users.set_locked(owner, uid, True)  # the keyword is required


def test_role_two_stale_edits_of_only_its_permissions(ctx, suite_backend):
    rid = users.save_role(ctx, name="夜班", permissions=["customers.view"])
    seen = _role(ctx, rid)
    users.save_role(ctx, role_id=rid, name="夜班", permissions=["customers.view", "staff.view"],
                    expected_version=seen.version)
    assert _role(ctx, rid).version > seen.version
    with pytest.raises(ConflictError):
        users.save_role(ctx, role_id=rid, name="夜班", permissions=[], expected_version=seen.version)
    assert _role(ctx, rid).permissions == ("customers.view", "staff.view")
