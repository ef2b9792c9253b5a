"""Bad input reaches the user as a message, never as a driver error, and changes nothing.

PostgreSQL refuses an over-long varchar, a NUL character or an unknown foreign key with a
driver error where SQLite stores the value: the core services check all of it themselves, so
both databases answer with the same message. Every refusal is checked to leave every core
table as it was. The property tests at the end are the Hypothesis searches that found these.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from suite.core import company, customers, staff, users
from suite.core.customers import AddressInput, CustomerInput, PhoneInput
from suite.plugin_api import i18n
from suite.plugin_api.errors import NotFound, PermissionDenied, SuiteError, ValidationError

CORE_TABLES = (
    "core_customers", "core_customer_phones", "core_customer_addresses", "core_areas", "core_users",
    "core_user_roles", "core_roles", "core_role_permissions", "core_staff", "core_departments", "core_settings",
    "core_attachments", "core_audit_log",
)
HUGE = 2**40  # beyond PostgreSQL's integer: no row has it


def snapshot(ctx) -> dict:
    """Every row of every core table, to show that a refused call changed nothing."""
    with ctx.read() as s:
        return {t: sorted(tuple(str(v) for v in row) for row in s.execute(text(f"SELECT * FROM {t}"))) for t in CORE_TABLES}


def refused(ctx, call, *args, case=None, **kwargs) -> SuiteError:
    """Run a service call that must be refused with a message and change no row."""
    before = snapshot(ctx)
    with pytest.raises((ValidationError, NotFound)) as err:
        call(*args, **kwargs)
    assert snapshot(ctx) == before, case
    return err.value


def messages(err: SuiteError) -> set[str]:
    return {str(m) for m in err.fields.values()} if isinstance(err, ValidationError) and err.fields else {str(err)}


@pytest.fixture
def office(suite_ctx):
    """Two areas, a customer, a user, a staff member: something to refer to and to edit."""
    users.create_owner(suite_ctx, "boss", "right-password")
    north = customers.save_area(suite_ctx, "北区", "北京路")
    customers.save_area(suite_ctx, "南区", "南京路")
    cid = customers.create_customer(suite_ctx, CustomerInput("王先生", phones=["13800001111"], addresses=["北京路1号"]))
    uid = users.create_user(suite_ctx, "clerk1", "clerk-password", roles=("clerk",))
    sid = staff.save_staff(suite_ctx, name="李师傅")
    return {"ctx": suite_ctx, "area": north, "customer": cid, "user": uid, "staff": sid}


# ---------------------------------------------------------------------------- each case, both databases


def test_customers_refuse_what_postgres_would_refuse_with_a_message(office, suite_backend):
    ctx = office["ctx"]
    cid = office["customer"]
    version = customers.get_customer(ctx, cid).version
    cases = [
        (CustomerInput("王先生", phones=[PhoneInput("13800001111", label="x" * 41)]), "A phone's label has at most 40 characters."),
        (CustomerInput("王\x00先生"), "This text holds a character that cannot be stored (NUL or a broken character): type it again."),
        (CustomerInput("名" * 121), "At most 120 characters."),
        (CustomerInput("王先生", notes="a\x00b"), "This text holds a character that cannot be stored (NUL or a broken character): type it again."),
        (CustomerInput("王先生", area_id=987654), "That delivery area no longer exists."),
        (CustomerInput("王先生", area_id=HUGE), "That delivery area no longer exists."),
        (CustomerInput("王先生", addresses=[AddressInput("北京路2号", area_id=987654)]), "That delivery area no longer exists."),
        (CustomerInput("王先生", addresses=[AddressInput("北京路2号", label="y" * 41)]), "At most 40 characters."),
        (CustomerInput("王先生", addresses=["路" * 301]), "An address has at most 300 characters."),
        (CustomerInput("王先生", phones=["138\x0000001111"]), None),
    ]
    for data, message in cases:
        err = refused(ctx, customers.create_customer, ctx, data)
        if message:
            assert messages(err) == {message}, data
        err = refused(ctx, customers.update_customer, ctx, cid, data, expected_version=version)
        if message:
            assert messages(err) == {message}, data
    refused(ctx, customers.get_customer, ctx, HUGE)
    refused(ctx, customers.archive_customer, ctx, HUGE, expected_version=1)
    assert customers.get_customers(ctx, [cid, HUGE, -1]).keys() == {cid}
    assert customers.search_customers(ctx, "王\x00") == customers.search_customers(ctx, "王")


def test_users_and_roles_refuse_with_a_message(office, suite_backend):
    ctx = office["ctx"]
    uid = office["user"]
    version = next(u for u in users.list_users(ctx) if u.id == uid).version
    cases = [
        (lambda: users.create_user(ctx, "clerk1", "password-123"), "The user name \u201cclerk1\u201d is taken."),
        (lambda: users.create_user(ctx, "new\x00", "password-123"),
         "A user name has 2 to 64 letters, digits, Chinese characters, '.', '-' or '_'."),
        (lambda: users.create_user(ctx, "new\nbie", "password-123"), None),
        (lambda: users.create_user(ctx, "newbie", "password-123", display_name="名" * 101), "At most 100 characters."),
        (lambda: users.create_user(ctx, "newbie", "password-123", roles=("clerk\x00",)), "There is no role \u201cclerk\ufffd\u201d."),
        (lambda: users.create_user(ctx, "newbie", "password-123", roles=("r" * 500,)), None),
        (lambda: users.create_user(ctx, "newbie", "password-123", staff_id=HUGE), "That staff member no longer exists."),
        (lambda: users.create_user(ctx, "newbie", "p" * 300), "A password has at most 256 characters."),
        (lambda: users.update_user(ctx, uid, display_name="a\x00", expected_version=version),
         "This text holds a character that cannot be stored (NUL or a broken character): type it again."),
        (lambda: users.update_user(ctx, uid, language="klingon-long", expected_version=version), "Choose a language the suite speaks."),
        (lambda: users.update_user(ctx, HUGE, display_name="x", expected_version=1), None),
        (lambda: users.set_password(ctx, "password-456", username="ghost\x00"), None),
        (lambda: users.save_role(ctx, name="clerk", permissions=[]), "A role with this name exists already."),
        (lambda: users.save_role(ctx, name="夜班" * 51, permissions=[]), "At most 100 characters."),
        (lambda: users.save_role(ctx, name="夜班", permissions=["p" * 81]), None),
        (lambda: users.save_role(ctx, name="夜班", permissions=["customers.view\x00"]), None),
        (lambda: users.save_role(ctx, role_id=HUGE, name="夜班", permissions=[], expected_version=1), "That role no longer exists."),
    ]
    for i, (call, message) in enumerate(cases):
        err = refused(ctx, call, case=i)
        if message:
            assert messages(err) == {message}, i
    # a role named twice is granted once
    new = users.create_user(ctx, "twice", "password-123", roles=("clerk", "clerk", "manager"))
    assert sorted(next(u for u in users.list_users(ctx) if u.id == new).roles) == ["clerk", "manager"]
    night = users.save_role(ctx, name="夜班", permissions=["customers.view"])
    clerk_role = next(r for r in users.list_roles(ctx) if r.code == "clerk")
    err = refused(ctx, users.save_role, ctx, role_id=clerk_role.id, name="夜班", permissions=[],
                  expected_version=clerk_role.version)
    assert messages(err) == {"A role with this name exists already."}
    assert night


def test_staff_departments_areas_company_and_settings_refuse_with_a_message(office, suite_backend):
    ctx = office["ctx"]
    sid = office["staff"]
    cases = [
        (lambda: staff.save_staff(ctx, name="张" * 101), "At most 100 characters."),
        (lambda: staff.save_staff(ctx, name="张师傅", position="p\x00"),
         "This text holds a character that cannot be stored (NUL or a broken character): type it again."),
        (lambda: staff.save_staff(ctx, name="张师傅", department_id=987654), "That department no longer exists."),
        (lambda: staff.save_staff(ctx, name="张师傅", department_id=HUGE), "That department no longer exists."),
        (lambda: staff.save_staff(ctx, name="张师傅", hired_on="2026-01-01"), "Enter a date."),
        (lambda: staff.save_staff(ctx, staff_id=HUGE, name="张师傅", expected_version=1), "That staff member no longer exists."),
        (lambda: staff.save_department(ctx, "d" * 101), "At most 100 characters."),
        (lambda: staff.save_department(ctx, "delivery"), "A department called \u201cdelivery\u201d exists already."),
        (lambda: staff.department_id(ctx, "deliv\x00ery"), "There is no department \u201cdeliv\ufffdery\u201d."),
        (lambda: staff.get_staff(ctx, HUGE), "That staff member no longer exists."),
        (lambda: customers.save_area(ctx, "区" * 101), "At most 100 characters."),
        (lambda: customers.save_area(ctx, "北区"), "An area called \u201c北区\u201d exists already."),
        (lambda: customers.save_area(ctx, "东区", "路\x00"),
         "This text holds a character that cannot be stored (NUL or a broken character): type it again."),
        (lambda: customers.save_area(ctx, "东区", travel_minutes=True), "Travel time is a number of minutes between 1 and 1440."),
        (lambda: customers.save_area(ctx, "东区", area_id=HUGE, expected_version=1), "That area no longer exists."),
        (lambda: company.save_company(ctx, name="公司\x00"),
         "This text holds a character that cannot be stored (NUL or a broken character): type it again."),
        (lambda: company.save_company(ctx, phone="1" * 41), "At most 40 characters."),
        (lambda: company.save_company(ctx, address="路" * 301), "At most 300 characters."),
        (lambda: company.save_company(ctx, timezone="Mars/Olympus"), "Unknown time zone \u201cMars/Olympus\u201d."),
        (lambda: company.save_company(ctx, timezone="../../etc/passwd"), None),
        (lambda: company.save_company(ctx, timezone=None), None),
        (lambda: company.set_setting(ctx, "n\x00", "k", 1), None),
        (lambda: company.set_setting(ctx, "n" * 61, "k", 1), "At most 60 characters."),
        (lambda: company.set_setting(ctx, "n", "k" * 101, 1), "At most 100 characters."),
    ]
    for i, (call, message) in enumerate(cases):
        err = refused(ctx, call, case=i)
        if message:
            assert messages(err) == {message}, i
    assert [s.id for s in staff.list_staff(ctx, department="x\x00")] == []
    assert company.get_setting(ctx, "n\x00", "k", "default") == "default"
    # what is refused elsewhere is stored faithfully here: a NUL inside a setting's JSON value
    company.set_setting(ctx, "water", "note", "a\x00b")
    assert company.get_setting(ctx, "water", "note") == "a\x00b"
    company.set_setting(ctx, "water", "note", ["a\ud800b", "\U0001f600"])
    assert company.get_setting(ctx, "water", "note") == ["a\ud800b", "\U0001f600"]
    assert staff.get_staff(ctx, sid).name == "李师傅"


def test_the_messages_are_in_the_users_language(office, suite_backend, suite_host):
    from suite.bootstrap import load_catalogs

    ctx = office["ctx"]
    load_catalogs(suite_host, "zh_CN")
    try:
        err = refused(ctx, customers.create_customer, ctx, CustomerInput("王先生", phones=[PhoneInput("13800001111", label="x" * 41)]))
        assert messages(err) == {"电话备注最多 40 个字符。"}
        err = refused(ctx, customers.create_customer, ctx, CustomerInput("王\x00先生"))
        assert messages(err) == {"这段文字含有无法保存的字符（NUL 或损坏的字符），请重新输入。"}
        err = refused(ctx, customers.create_customer, ctx, CustomerInput("王先生", area_id=987654))
        assert messages(err) == {"该配送区域已不存在。"}
    finally:
        i18n.set_language("en")


def test_searching_with_a_nul_or_a_broken_character_finds_instead_of_failing(office, suite_backend):
    from suite.core import lists
    from suite.plugin_api.lists import ListPager

    ctx = office["ctx"]
    for query in (lists.customer_list(ctx), lists.staff_list(ctx), lists.user_list(ctx)):
        pager = ListPager(ctx, query)
        pager.set_search("王\x00")
        with_nul = [r.id for r in pager.fetch_next()]
        pager.set_search("王\ud800")
        assert [r.id for r in pager.fetch_next()] == with_nul
    pager = ListPager(ctx, lists.customer_list(ctx))
    pager.set_search("王\x00先生")
    assert [r.id for r in pager.fetch_next()] == [office["customer"]]
    assert [c.id for c in customers.search_customers(ctx, "王先\ud800生")] == [office["customer"]]


# ---------------------------------------------------------------------------- set_setting and its permission


def test_set_setting_always_checks_a_permission(office, suite_login):
    ctx = office["ctx"]
    with pytest.raises(TypeError, match="permission"):
        company.set_setting(ctx, "water", "x", 1, permission=None)
    clerk = suite_login("clerk")
    with pytest.raises(PermissionDenied):
        company.set_setting(clerk, "water", "x", 1)  # settings.manage by default
    # naming a permission one holds does not open the company's or the core's settings
    for namespace, key in (("company", "timezone"), ("company", "name"), ("core", "prepared_for")):
        with pytest.raises(PermissionDenied):
            company.set_setting(clerk, namespace, key, "UTC", permission="customers.view")
    owner = users.login(ctx, "boss", "right-password")
    roles = {r.code: r for r in users.list_roles(owner)}
    # a manager who may edit the letterhead but not office-wide settings keeps off the time zone
    users.save_role(owner, role_id=roles["manager"].id, name=roles["manager"].name,
                    permissions=[p for p in roles["manager"].permissions if p != "settings.manage"],
                    expected_version=roles["manager"].version)
    manager = suite_login("manager")
    company.save_company(manager, name="清泉水站", phone="010-6512 3456")
    before = snapshot(ctx)
    with pytest.raises(PermissionDenied):
        company.save_company(manager, timezone="Asia/Urumqi")
    with pytest.raises(PermissionDenied):
        company.set_setting(manager, "company", "timezone", "Asia/Urumqi", permission="company.manage")
    assert snapshot(ctx) == before
    company.save_company(owner, timezone="Asia/Urumqi")
    assert company.office_timezone(ctx) == "Asia/Urumqi"
    assert company.get_company(ctx).name == "清泉水站"


# ---------------------------------------------------------------------------- property tests (Hypothesis)

# 25 examples a run keeps CI fast; SUITE_HYPOTHESIS_EXAMPLES=500 searches harder
PROPERTY = settings(max_examples=int(os.environ.get("SUITE_HYPOTHESIS_EXAMPLES", "25")), deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

texts = st.one_of(
    st.text(max_size=30),
    st.text(max_size=10).map(lambda s: s + "\x00" + s),
    st.text(min_size=38, max_size=125),
    st.sampled_from(["", "  ", "张三", "x" * 40, "x" * 41, "名" * 100, "名" * 101, "😀" * 60, "a\ud800b", "路" * 301]),
)
ids = st.one_of(st.none(), st.integers(min_value=-3, max_value=6), st.sampled_from([HUGE, -HUGE, 2**31 - 1, 2**31]))


def _staff_version(ctx, staff_id):
    """The version an editor of *staff_id* would have read (1 for an id no row has)."""
    if staff_id is None:
        return None
    try:
        return staff.get_staff(ctx, staff_id).version
    except NotFound:
        return 1


def _department_version(ctx, department_id):
    if department_id is None:
        return None
    return next((d.version for d in staff.list_departments(ctx, True) if d.id == department_id), 1)


def _area_version(ctx, area_id):
    if area_id is None:
        return None
    return next((a.version for a in customers.list_areas(ctx, True) if a.id == area_id), 1)


def _outcome(ctx, call, check):
    """The service either does what it was asked (``check`` reads it back) or refuses with a
    message and changes nothing; never any other error."""
    before = snapshot(ctx)
    try:
        result = call()
    except (ValidationError, NotFound) as exc:
        assert str(exc)
        assert snapshot(ctx) == before
        return
    check(result)


def test_property_customers(office, suite_backend):
    ctx = office["ctx"]

    @PROPERTY
    @given(name=texts, label=texts, address=texts, address_label=texts, notes=texts, area=ids, address_area=ids)
    def run(name, label, address, address_label, notes, area, address_area):
        data = CustomerInput(name, notes=notes, area_id=area, phones=[PhoneInput("13912345678", label=label)],
                             addresses=[AddressInput(address, label=address_label, area_id=address_area)])

        def check(cid):
            view = customers.get_customer(ctx, cid)
            assert view.name == name.strip() and view.notes == notes.strip()
            assert view.phones[0].label == label.strip()
            assert [a.address for a in view.addresses] == ([address.strip()] if address.strip() else [])

        _outcome(ctx, lambda: customers.create_customer(ctx, data), check)
        version = customers.get_customer(ctx, office["customer"]).version
        _outcome(ctx, lambda: customers.update_customer(ctx, office["customer"], data, expected_version=version),
                 lambda _r: check(office["customer"]))
        customers.search_customers(ctx, name)
        customers.find_by_phone(ctx, label)

    run()


def test_property_users_and_roles(office, suite_backend):
    ctx = office["ctx"]

    @PROPERTY
    @given(username=texts, display=texts, role=st.one_of(texts, st.sampled_from(["clerk", "manager"])), staff_id=ids,
           language=st.one_of(st.none(), texts, st.sampled_from(["en", "zh_CN"])), perm=texts)
    def run(username, display, role, staff_id, language, perm):
        def created(uid):
            view = next(u for u in users.list_users(ctx) if u.id == uid)
            assert view.username == username.strip() and view.display_name == (display.strip() or view.username)

        _outcome(ctx, lambda: users.create_user(ctx, username, "password-123", display_name=display, roles=(role,),
                                                staff_id=staff_id), created)
        version = next(u for u in users.list_users(ctx) if u.id == office["user"]).version
        _outcome(ctx, lambda: users.update_user(ctx, office["user"], display_name=display, language=language,
                                                expected_version=version), lambda _r: None)
        _outcome(ctx, lambda: users.save_role(ctx, name=display, description=username, permissions=[perm]),
                 lambda rid: next(r for r in users.list_roles(ctx) if r.id == rid))
        with pytest.raises(SuiteError):
            users.login(ctx, username, display)

    run()


def test_property_staff_and_departments(office, suite_backend):
    ctx = office["ctx"]

    @PROPERTY
    @given(name=texts, phone=texts, position=texts, notes=texts, department=ids, staff_id=ids,
           hired=st.one_of(st.none(), st.dates(), texts))
    def run(name, phone, position, notes, department, staff_id, hired):
        def saved(sid):
            view = staff.get_staff(ctx, sid)
            assert view.name == name.strip() and view.position == position.strip() and view.notes == notes

        _outcome(ctx, lambda: staff.save_staff(ctx, name=name, phone=phone, position=position, notes=notes,
                                               department_id=department, hired_on=hired), saved)
        _outcome(ctx, lambda: staff.save_staff(ctx, staff_id=staff_id, name=name,
                                               expected_version=_staff_version(ctx, staff_id)), lambda _r: None)
        _outcome(ctx, lambda: staff.save_department(ctx, name, department_id=department,
                                                    expected_version=_department_version(ctx, department)),
                 lambda _r: None)
        staff.list_staff(ctx, department=name)

    run()


def test_property_areas_company_and_settings(office, suite_backend):
    ctx = office["ctx"]

    @PROPERTY
    @given(name=texts, keywords=texts, minutes=st.one_of(st.integers(-5, 2000), st.booleans()), area_id=ids,
           namespace=texts, key=texts, value=st.one_of(texts, st.integers(), st.none()), tz=texts)
    def run(name, keywords, minutes, area_id, namespace, key, value, tz):
        _outcome(ctx, lambda: customers.save_area(ctx, name, keywords, area_id=area_id, travel_minutes=minutes,
                                                  expected_version=_area_version(ctx, area_id)),
                 lambda aid: next(a for a in customers.list_areas(ctx, True) if a.id == aid and a.name == name.strip()))
        _outcome(ctx, lambda: company.set_setting(ctx, namespace, key, value),
                 lambda _r: company.get_setting(ctx, namespace, key) == value or pytest.fail("not stored"))
        _outcome(ctx, lambda: company.save_company(ctx, name=name, address=keywords, phone=key),
                 lambda _r: company.get_company(ctx).name == name.strip() or pytest.fail("not stored"))
        _outcome(ctx, lambda: company.save_company(ctx, timezone=tz), lambda _r: None)
        company.get_setting(ctx, namespace, key)
        customers.resolve_area(ctx, keywords)

    run()
