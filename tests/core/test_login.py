"""Logging in under load and without telling anything: atomic failure counting, log-ins of
one shared account from many PCs at once, the same work and answer for every failure."""

from __future__ import annotations

import threading

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from suite.core import passwords, users
from suite.core.audit import audit_entries
from suite.core.models import LoginEvent, User
from suite.plugin_api.errors import UserError

GENERIC = "Wrong user name or password. After 5 wrong passwords in a row, an account is locked for 5 minutes."


def _together(n: int, work):
    """Run work(i) in n threads released at the same moment; returns (results, errors)."""
    barrier = threading.Barrier(n)
    results: list = [None] * n
    errors: list = [None] * n

    def run(i):
        barrier.wait()
        try:
            results[i] = work(i)
        except BaseException as exc:  # noqa: BLE001 - collected and checked by the test
            errors[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return results, errors


def _events(ctx, username):
    with ctx.read() as s:
        return s.execute(select(LoginEvent.success, LoginEvent.reason).where(LoginEvent.username == username)
                         .order_by(LoginEvent.id)).all()


def _user_row(ctx, username):
    with ctx.read() as s:
        return s.execute(select(User.failed_logins, User.locked_until, User.version, User.last_login_at)
                         .where(User.username == username)).one()


def test_twenty_simultaneous_wrong_passwords_are_all_counted_and_lock_at_the_fifth(suite_ctx, suite_backend):
    users.create_owner(suite_ctx, "boss", "right-password")
    users.create_user(suite_ctx, "clerk", "clerk-password", roles=("clerk",))
    version = _user_row(suite_ctx, "clerk").version

    _results, errors = _together(20, lambda i: users.login(suite_ctx, "clerk", f"wrong-{i}"))
    assert all(isinstance(e, UserError) for e in errors), errors  # no conflict, no driver error
    assert {str(e) for e in errors} == {GENERIC}
    events = _events(suite_ctx, "clerk")
    assert len(events) == 20 and not any(ok for ok, _ in events)  # every attempt is in the log
    row = _user_row(suite_ctx, "clerk")
    assert row.failed_logins == 20  # every failure counted, none lost
    assert row.locked_until is not None and row.locked_until > suite_ctx.now()
    assert row.version == version  # bookkeeping, not an edit of the user
    # the lock was applied exactly once, by the fifth failure
    locks = [e for e in audit_entries(suite_ctx, table="core_users") if "locked_until" in e.changes]
    assert len(locks) == 1 and locks[0].action == "update"
    assert sum(reason == "wrong password" for _, reason in events) == 4
    # locked: the right password is refused with the same answer, and logged
    with pytest.raises(UserError) as err:
        users.login(suite_ctx, "clerk", "clerk-password")
    assert str(err.value) == GENERIC
    assert _events(suite_ctx, "clerk")[-1] == (False, "locked")


def test_ten_pcs_logging_in_with_one_shared_account_at_once_never_conflict(suite_ctx, suite_backend):
    users.create_owner(suite_ctx, "boss", "right-password")
    users.create_user(suite_ctx, "clerk", "clerk-password", roles=("clerk",))
    with pytest.raises(UserError):
        users.login(suite_ctx, "clerk", "a-wrong-one")
    before = _user_row(suite_ctx, "clerk")
    assert before.failed_logins == 1

    results, errors = _together(10, lambda i: users.login(suite_ctx, "clerk", "clerk-password"))
    assert errors == [None] * 10, errors
    assert all(r.user.username == "clerk" and r.can("customers.view") for r in results)
    after = _user_row(suite_ctx, "clerk")
    assert after.version == before.version  # no versioned edit...
    assert after.failed_logins == 0 and after.last_login_at is not None  # ...but the bookkeeping is done
    assert [ok for ok, _ in _events(suite_ctx, "clerk")] == [False] + [True] * 10
    # an owner who opened the account before the log-ins saves it without a conflict
    clerk_id = results[0].user.id
    users.update_user(suite_ctx, clerk_id, display_name="前台", expected_version=before.version)
    assert next(u for u in users.list_users(suite_ctx) if u.id == clerk_id).display_name == "前台"


def test_unknown_name_wrong_password_and_locked_account_get_the_same_answer(suite_ctx, fake_clock):
    ctx = suite_ctx.with_clock(fake_clock)
    users.create_owner(ctx, "boss", "right-password")
    answers = set()
    for name, password in [("ghost", "whatever-pass"), ("boss", "wrong")] * 4:
        with pytest.raises(UserError) as err:
            users.login(ctx, name, password)
        answers.add(str(err.value))
    with pytest.raises(UserError) as err:  # the fifth wrong password locks
        users.login(ctx, "boss", "wrong")
    answers.add(str(err.value))
    with pytest.raises(UserError) as err:  # locked, even with the right password
        users.login(ctx, "boss", "right-password")
    answers.add(str(err.value))
    assert answers == {GENERIC}
    fake_clock.advance(minutes=5, seconds=1)
    assert users.login(ctx, "boss", "right-password").user.username == "boss"


def test_an_unknown_name_costs_the_same_password_check_as_a_known_one(suite_ctx):
    calls = []

    class Counting(PasswordHasher):
        def verify(self, hash, password):  # noqa: A002 - argon2's own parameter name
            calls.append(hash)
            return super().verify(hash, password)

    previous = passwords.use_hasher(Counting(time_cost=1, memory_cost=256, parallelism=1))
    try:
        users.create_owner(suite_ctx, "boss", "right-password")
        for name in ("boss", "ghost", "\x00boss", "x" * 500):
            calls.clear()
            with pytest.raises(UserError):
                users.login(suite_ctx, name, "wrong-password")
            assert len(calls) == 1, name  # one Argon2 verification each
            assert calls[0].startswith("$argon2id$v=19$m=256,t=1,p=1$")  # with the same parameters
    finally:
        passwords.use_hasher(previous)


def test_odd_names_and_passwords_are_answered_and_logged_never_a_driver_error(suite_ctx, suite_backend):
    users.create_owner(suite_ctx, "boss", "right-password")
    for name, password in [("bo\x00ss", "x"), ("名" * 300, "x"), ("boss", "\x00" * 3), ("boss", "p" * 5000),
                           ("boss", "\ud800"), ("", ""), (None, None)]:
        with pytest.raises(UserError) as err:
            users.login(suite_ctx, name, password)
        assert str(err.value) == GENERIC
    with suite_ctx.read() as s:
        logged = s.scalars(select(LoginEvent.username).order_by(LoginEvent.id)).all()
        assert s.scalar(select(func.count()).select_from(LoginEvent)) == 7
    assert logged[0] == "bo\ufffdss" and logged[1] == "名" * 64


def test_a_disabled_account_says_so_only_to_whoever_knows_its_password(suite_ctx, suite_login):
    clerk = suite_login("clerk", username="clerk1")
    users.set_locked(suite_ctx, clerk.user.id, True,
                     expected_version=next(u.version for u in users.list_users(suite_ctx) if u.id == clerk.user.id))
    with pytest.raises(UserError) as err:
        users.login(suite_ctx, "clerk1", "wrong-password")
    assert str(err.value) == GENERIC
    with pytest.raises(UserError, match="disabled"):
        users.login(suite_ctx, "clerk1", "password-123")
    users.set_locked(suite_ctx, clerk.user.id, False,
                     expected_version=next(u.version for u in users.list_users(suite_ctx) if u.id == clerk.user.id))
    assert users.login(suite_ctx, "clerk1", "password-123").user.id == clerk.user.id


def test_an_outdated_hash_is_upgraded_at_log_in_without_a_new_version(suite_ctx):
    previous = passwords.use_hasher(PasswordHasher(time_cost=1, memory_cost=128, parallelism=1))
    try:
        users.create_owner(suite_ctx, "boss", "right-password")
    finally:
        passwords.use_hasher(previous)
    before = _user_row(suite_ctx, "boss").version
    users.login(suite_ctx, "boss", "right-password")
    with suite_ctx.read() as s:
        stored = s.scalar(select(User.password_hash).where(User.username == "boss"))
    assert "m=256,t=1" in stored and _user_row(suite_ctx, "boss").version == before
    assert users.login(suite_ctx, "boss", "right-password").user.username == "boss"


def test_two_pcs_creating_the_same_user_name_at_once_get_a_message_not_a_driver_error(suite_ctx, suite_backend):
    from suite.core import customers
    from suite.plugin_api.errors import ValidationError

    users.create_owner(suite_ctx, "boss", "right-password")
    _results, errors = _together(6, lambda i: users.create_user(suite_ctx, "xiaoli", "clerk-password", roles=("clerk",)))
    assert sum(e is None for e in errors) == 1
    refused = [e for e in errors if e is not None]
    assert all(isinstance(e, ValidationError) for e in refused), refused
    assert {str(e) for e in refused} == {"The user name \u201cxiaoli\u201d is taken."}
    _results, errors = _together(6, lambda i: customers.save_area(suite_ctx, "北区"))
    assert sum(e is None for e in errors) == 1
    assert {str(e) for e in errors if e is not None} == {"An area called \u201c北区\u201d exists already."}
    assert [u.username for u in users.list_users(suite_ctx)].count("xiaoli") == 1
