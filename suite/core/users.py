"""Users, roles, permissions and logging in."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import and_, case, func, literal, null, or_, select, update

from suite.core import permissions as P
from suite.core.audit import record
from suite.core.models import KnownPermission, LoginEvent, Role, RolePermission, Staff, User, UserRole
from suite.core.passwords import hash_password, needs_rehash, verify_dummy, verify_password
from suite.core.validation import MAX_NOTES, clean_text, flush_unique, get_row, lookup_text, shown, valid_id
from suite.plugin_api.context import Context, CurrentUser
from suite.plugin_api.errors import NotFound, PermissionDenied, UserError, ValidationError
from suite.plugin_api.i18n import SUPPORTED_LANGUAGES, domain

T = domain("core")

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 5
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 256
_USERNAME = re.compile(r"^[A-Za-z0-9_.\-\u4e00-\u9fff]{2,64}$")


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    display_name: str
    active: bool
    locked_until: dt.datetime | None
    roles: tuple[str, ...]
    role_ids: tuple[int, ...]
    staff_id: int | None
    last_login_at: dt.datetime | None
    version: int

    def is_locked(self, now: dt.datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now


@dataclass(frozen=True)
class RoleView:
    id: int
    code: str | None
    name: str
    description: str
    permissions: tuple[str, ...]
    builtin: bool
    archived: bool
    version: int

    @property
    def label(self) -> str:
        if self.code and self.code in P.BUILTIN_ROLES and self.name == self.code:
            return str(P.BUILTIN_ROLES[self.code])
        return self.name


# ---------------------------------------------------------------------------- validation


def check_password(password: str, field: str = "password") -> None:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise ValidationError(fields={field: T("A password needs at least {n} characters.", n=MIN_PASSWORD_LENGTH)})
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationError(fields={field: T("A password has at most {n} characters.", n=MAX_PASSWORD_LENGTH)})
    if password.strip() != password:
        raise ValidationError(fields={field: T("A password cannot begin or end with a space.")})
    if any(ch == "\x00" or "\ud800" <= ch <= "\udfff" for ch in password):
        raise ValidationError(fields={field: T("A password cannot contain control characters such as NUL.")})


def check_username(username: str) -> str:
    username = (username if isinstance(username, str) else "").strip()
    if not _USERNAME.fullmatch(username):
        raise ValidationError(
            fields={"username": T("A user name has 2 to 64 letters, digits, Chinese characters, '.', '-' or '_'.")}
        )
    return username


# ---------------------------------------------------------------------------- reference data


def ensure_roles(ctx: Context, permissions=()) -> None:
    """Create the built-in roles and grant each permission seen for the first time to its
    default roles. Later changes the owner makes to a role are kept."""
    with ctx.unit_of_work() as s:
        roles = {r.code: r for r in s.scalars(select(Role).where(Role.code.is_not(None)))}
        for code in P.BUILTIN_ROLES:
            if code not in roles:
                role = Role(code=code, name=code, description="")
                s.add(role)
                roles[code] = role
        s.flush()
        known = set(s.scalars(select(KnownPermission.id)))
        for perm in permissions:
            if perm.id in known:
                continue
            s.add(KnownPermission(id=perm.id, plugin=perm.plugin or "core", first_seen=ctx.now()))
            known.add(perm.id)
            for code in perm.default_roles:
                role = roles.get(code)
                if role is not None and code != "owner":
                    s.merge(RolePermission(role_id=role.id, permission=perm.id))


# ---------------------------------------------------------------------------- who is who


def _user_permissions(session, user: User) -> tuple[frozenset[str], bool]:
    role_ids = [r.id for r in user.roles if not r.archived]
    is_owner = any(r.code == "owner" for r in user.roles if not r.archived)
    perms = set(
        session.scalars(select(RolePermission.permission).where(RolePermission.role_id.in_(role_ids)))
    ) if role_ids else set()
    return frozenset(perms), is_owner


def current_user(session, user: User) -> CurrentUser:
    perms, is_owner = _user_permissions(session, user)
    return CurrentUser(
        id=user.id,
        username=user.username,
        display_name=user.display_name or user.username,
        roles=tuple(sorted(r.code or r.name for r in user.roles if not r.archived)),
        permissions=perms,
        is_owner=is_owner,
        staff_id=session.scalar(select(Staff.id).where(Staff.user_id == user.id)),
    )


def user_context(ctx: Context, username: str) -> Context:
    """The context acting as *username* (no password: for the command line's maintenance
    commands run by the person who owns the machine, and for tests)."""
    with ctx.read() as s:
        name = lookup_text(username, 64)
        user = s.scalar(select(User).where(User.username == name)) if name else None
        if user is None:
            raise NotFound(T("There is no user called \u201c{name}\u201d.", name=shown(username)))
        return ctx.with_user(current_user(s, user))


def has_users(ctx: Context) -> bool:
    with ctx.read() as s:
        return bool(s.scalar(select(func.count()).select_from(User)))


# ---------------------------------------------------------------------------- login


def login_failed_message():
    """The one answer to an unknown name, a wrong password and a locked account: it tells
    nobody whether the name exists or whether the password was right."""
    return T("Wrong user name or password. After {n} wrong passwords in a row, an account is locked for {minutes} minutes.",
             n=MAX_FAILED_LOGINS, minutes=LOCK_MINUTES)


def _for_log(username: str) -> str:
    """The typed name as the login log can store it (no NUL, no lone surrogate, 64 characters)."""
    return "".join("\ufffd" if ch == "\x00" or "\ud800" <= ch <= "\udfff" else ch for ch in username[:64])


def login(ctx: Context, username: str, password: str) -> Context:
    """Check a password and return the context acting as that user.

    An unknown name, a wrong password and a locked account cost the same work (a password
    hash is verified for each: a dummy one for an unknown name) and get the same message.
    Failures are counted with one atomic UPDATE, so that however many attempts arrive at
    once, the fifth failure in a row locks the account for five minutes. The bookkeeping of
    a log-in (failure count, lock, last log-in) is written directly, without touching the
    user's version: many PCs signing in with one account never conflict, and an owner
    editing the account meanwhile is not told that someone else changed it. Every attempt
    is recorded in the login log.
    """
    username = (username or "").strip()
    password = password or ""
    now = ctx.now()
    system = ctx.as_system()
    row = None
    if 0 < len(username) <= 64 and _for_log(username) == username and len(password) <= MAX_PASSWORD_LENGTH:
        with system.read() as s:
            row = s.execute(select(User.id, User.password_hash, User.active)
                            .where(User.username == username)).first()
    if row is None:
        right = verify_dummy(password[:MAX_PASSWORD_LENGTH])
    else:
        right = verify_password(row.password_hash, password)
    t = User.__table__
    failure: object = login_failed_message()
    with system.unit_of_work() as s:
        conn = s.connection()  # bookkeeping, not an edit of the user: no version, no audit row
        if row is None:
            reason = "unknown user"
        elif not right:
            lock_active = t.c.locked_until > now
            lock_expired = and_(t.c.locked_until.is_not(None), t.c.locked_until <= now)
            until = now + dt.timedelta(minutes=LOCK_MINUTES)
            count, locked_until = conn.execute(
                update(t).where(t.c.id == row.id).values(
                    failed_logins=case((lock_expired, 1), else_=t.c.failed_logins + 1),
                    locked_until=case(
                        (lock_active, t.c.locked_until),
                        (and_(t.c.locked_until.is_(None), t.c.failed_logins + 1 >= MAX_FAILED_LOGINS),
                         literal(until, t.c.locked_until.type)),
                        else_=null(),
                    ),
                ).returning(t.c.failed_logins, t.c.locked_until)
            ).one()
            if count < MAX_FAILED_LOGINS:
                reason = "wrong password"
            elif count == MAX_FAILED_LOGINS:
                reason = "wrong password: account locked"
                record(s, system, "core_users", str(row.id), "update",
                       {"locked_until": [None, locked_until.isoformat() if locked_until else None]})
            else:
                reason = "wrong password: account locked"
        else:
            values = {"failed_logins": 0, "locked_until": None, "last_login_at": now}
            if needs_rehash(row.password_hash):
                values["password_hash"] = hash_password(password)
            done = conn.execute(
                update(t).where(t.c.id == row.id, t.c.active.is_(True),
                                or_(t.c.locked_until.is_(None), t.c.locked_until <= now))
                .values(**values).returning(t.c.id)
            ).first()
            if done is not None:
                reason, failure = "", None
            else:
                state = conn.execute(select(t.c.active, t.c.locked_until).where(t.c.id == row.id)).one()
                if state.locked_until is not None and state.locked_until > now:
                    reason = "locked"
                else:  # the right password of a disabled account: saying so tells its holder only
                    reason = "disabled"
                    failure = T("This account is disabled. Ask the owner to enable it.")
        s.add(LoginEvent(at=now, username=_for_log(username), success=failure is None, reason=reason))
    if failure is not None:
        raise UserError(failure)
    with system.read() as s:
        return ctx.with_user(current_user(s, s.get(User, row.id)))


# ---------------------------------------------------------------------------- users


def _roles_by_codes(session, codes) -> list[Role]:
    """The roles named (by code or name), each once however often it is named."""
    if isinstance(codes, str):
        codes = [codes]
    roles: list[Role] = []
    for code in codes or ():
        key = lookup_text(code, 100)
        role = session.scalar(select(Role).where((Role.code == key) | (Role.name == key)).order_by(Role.id).limit(1)) \
            if key else None
        if role is None:
            raise ValidationError(fields={"roles": T("There is no role \u201c{role}\u201d.", role=shown(code))})
        if role not in roles:
            roles.append(role)
    return roles


def _display_name(errors: dict, value) -> str:
    return clean_text(errors, "display_name", value, 100)


def create_owner(ctx: Context, username: str, password: str, display_name: str = "",
                 company_name: str | None = None) -> int:
    """The first start: create the owner account. Refused once any user exists."""
    username = check_username(username)
    check_password(password)
    errors: dict[str, object] = {}
    display_name = _display_name(errors, display_name)
    if errors:
        raise ValidationError(fields=errors)
    system = ctx.as_system()
    with system.unit_of_work() as s:
        if s.scalar(select(func.count()).select_from(User)):
            raise UserError(T("An owner account exists already; ask the owner to create your account."))
        ensure_roles(system)
        user = User(username=username, display_name=display_name or username, password_hash=hash_password(password))
        user.roles = _roles_by_codes(s, ["owner"])
        s.add(user)
        s.flush()
        if company_name is not None:
            from suite.core import company

            company.save_company(system, name=company_name)
        return user.id


def create_user(ctx: Context, username: str, password: str, *, display_name: str = "",
                roles=("clerk",), staff_id: int | None = None) -> int:
    """Create an account with these roles (``users.manage``); the password must have 8 to 256
    characters; returns its id."""
    ctx.require(P.USERS_MANAGE)
    username = check_username(username)
    check_password(password)
    errors: dict[str, object] = {}
    display_name = _display_name(errors, display_name)
    if staff_id is not None and not valid_id(staff_id):
        errors["staff_id"] = T("That staff member no longer exists.")
    if errors:
        raise ValidationError(fields=errors)
    with ctx.unit_of_work() as s:
        if s.scalar(select(User.id).where(User.username == username)):
            raise ValidationError(fields={"username": T("The user name \u201c{name}\u201d is taken.", name=username)})
        role_objs = _roles_by_codes(s, roles)
        if any(r.code == "owner" for r in role_objs) and not ctx.user.is_owner:
            raise PermissionDenied("owner", T("Only an owner can make someone an owner."))
        user = User(username=username, display_name=display_name or username,
                    password_hash=hash_password(password))
        user.roles = role_objs
        s.add(user)
        flush_unique(s, "username", T("The user name \u201c{name}\u201d is taken.", name=username))
        if staff_id is not None:
            _link_staff(s, user.id, staff_id)
        record(s, ctx, "core_user_roles", str(user.id), "insert",
               {"roles": [None, sorted(r.code or r.name for r in role_objs)]})
        return user.id


def _get_user(session, user_id: int | None = None, username: str | None = None) -> User:
    if user_id is not None:
        user = get_row(session, User, user_id)
    else:
        name = lookup_text(username, 64)
        user = session.scalar(select(User).where(User.username == name)) if name else None
    if user is None:
        raise NotFound(T("There is no user called \u201c{name}\u201d.", name=shown(username or user_id)))
    return user


def _owners_left(session, excluding: int) -> int:
    owner_role = session.scalar(select(Role.id).where(Role.code == "owner"))
    return session.scalar(
        select(func.count()).select_from(UserRole).join(User, User.id == UserRole.user_id)
        .where(UserRole.role_id == owner_role, User.id != excluding, User.active.is_(True))
    ) or 0


def set_password(ctx: Context, new_password: str, *, user_id: int | None = None, username: str | None = None,
                 old_password: str | None = None) -> None:
    """Reset a user's password (users.manage), or change one's own with the old password."""
    check_password(new_password, "new_password")
    with ctx.unit_of_work() as s:
        user = _get_user(s, user_id, username)
        own = ctx.user.id is not None and ctx.user.id == user.id
        if own and not ctx.can(P.USERS_MANAGE):
            if old_password is None or not verify_password(user.password_hash, old_password):
                raise ValidationError(fields={"old_password": T("The current password is not right.")})
        else:
            ctx.require(P.USERS_MANAGE)
        user.password_hash = hash_password(new_password)
        user.failed_logins = 0
        user.locked_until = None


def set_locked(ctx: Context, user_id: int, locked: bool, *, expected_version: int) -> None:
    """Lock (disable) or unlock (enable, and clear a lockout) an account."""
    ctx.require(P.USERS_MANAGE)
    with ctx.unit_of_work() as s:
        user = _get_user(s, user_id)
        _check_version(user, expected_version)
        if locked:
            if user.id == ctx.user.id:
                raise ValidationError(T("You cannot lock your own account."))
            if any(r.code == "owner" for r in user.roles) and not _owners_left(s, user.id):
                raise ValidationError(T("The last owner cannot be locked."))
            user.active = False
        else:
            user.active = True
            user.locked_until = None
            user.failed_logins = 0


def set_user_roles(ctx: Context, user_id: int, roles, *, expected_version: int) -> None:
    ctx.require(P.USERS_MANAGE)
    with ctx.unit_of_work() as s:
        user = _get_user(s, user_id)
        _check_version(user, expected_version)
        new = _roles_by_codes(s, roles)
        was_owner = any(r.code == "owner" for r in user.roles)
        is_owner = any(r.code == "owner" for r in new)
        if (was_owner or is_owner) and not ctx.user.is_owner:
            raise PermissionDenied("owner", T("Only an owner can change who is an owner."))
        if was_owner and not is_owner and not _owners_left(s, user.id):
            raise ValidationError(fields={"roles": T("The last owner must stay an owner.")})
        old_names = sorted(r.code or r.name for r in user.roles)
        user.roles = new
        new_names = sorted(r.code or r.name for r in new)
        if old_names != new_names:
            # rows of an association table are written without ORM objects: record them here
            record(s, ctx, "core_user_roles", str(user.id), "update", {"roles": [old_names, new_names]})


def update_user(ctx: Context, user_id: int, *, display_name: str | None = None, staff_id: int | None | str = "",
                language: str | None = None, expected_version: int) -> None:
    ctx.require(P.USERS_MANAGE)
    errors: dict[str, object] = {}
    if display_name is not None:
        display_name = _display_name(errors, display_name)
    if language is not None and language != "" and language not in SUPPORTED_LANGUAGES:
        errors["language"] = T("Choose a language the suite speaks.")
    if staff_id not in ("", None) and not valid_id(staff_id):
        errors["staff_id"] = T("That staff member no longer exists.")
    if errors:
        raise ValidationError(fields=errors)
    with ctx.unit_of_work() as s:
        user = _get_user(s, user_id)
        _check_version(user, expected_version)
        if display_name is not None:
            user.display_name = display_name or user.username
        if staff_id != "":
            _link_staff(s, user.id, staff_id)  # type: ignore[arg-type]
        if language is not None:
            user.language = language or None


def _link_staff(session, user_id: int, staff_id: int | None) -> None:
    """Make *staff_id* the staff record of *user_id* (None: unlink)."""
    for old in session.scalars(select(Staff).where(Staff.user_id == user_id)):
        if old.id != staff_id:
            old.user_id = None
    session.flush()
    if staff_id is not None:
        staff = get_row(session, Staff, staff_id)
        if staff is None:
            raise ValidationError(fields={"staff_id": T("That staff member no longer exists.")})
        if staff.user_id not in (None, user_id):
            raise ValidationError(fields={"staff_id": T("That staff member already has a login.")})
        staff.user_id = user_id


def _check_version(row, expected_version: int | None) -> None:
    from suite.plugin_api.errors import check_version

    check_version(row, expected_version)


def list_users(ctx: Context) -> list[UserView]:
    ctx.require(P.USERS_MANAGE)
    with ctx.read() as s:
        users = s.scalars(select(User).order_by(User.username)).all()
        staff_of = dict(s.execute(select(Staff.user_id, Staff.id).where(Staff.user_id.is_not(None))).all())
        return [
            UserView(
                u.id, u.username, u.display_name, u.active, u.locked_until,
                tuple(r.code or r.name for r in u.roles), tuple(r.id for r in u.roles),
                staff_of.get(u.id), u.last_login_at, u.version,
            )
            for u in users
        ]


# ---------------------------------------------------------------------------- roles


def list_roles(ctx: Context, include_archived: bool = False) -> list[RoleView]:
    with ctx.read() as s:
        stmt = select(Role).order_by(Role.id)
        if not include_archived:
            stmt = stmt.where(Role.archived.is_(False))
        roles = s.scalars(stmt).all()
        grants: dict[int, list[str]] = {}
        for role_id, perm in s.execute(select(RolePermission.role_id, RolePermission.permission)):
            grants.setdefault(role_id, []).append(perm)
        return [
            RoleView(r.id, r.code, r.name, r.description, tuple(sorted(grants.get(r.id, []))),
                     r.code in P.BUILTIN_ROLES, r.archived, r.version)
            for r in roles
        ]


def save_role(ctx: Context, *, role_id: int | None = None, name: str, permissions, description: str = "",
              expected_version: int | None = None, known_permissions=None) -> int:
    """Create a role (``role_id=None``) or change its name and
    permissions (``expected_version``: the version the caller read). The owner role always holds every
    permission and cannot be changed."""
    ctx.require(P.USERS_MANAGE)
    errors: dict[str, object] = {}
    name = clean_text(errors, "name", name, 100, required=T("A role needs a name."))
    description = clean_text(errors, "description", description, MAX_NOTES)
    perms: set[str] = set()
    bad_perms: list[str] = []
    for perm in permissions or ():
        if isinstance(perm, str) and perm and lookup_text(perm, 80) is not None:
            perms.add(perm)
        else:
            bad_perms.append(shown(perm))
    if bad_perms:
        errors["permissions"] = T("Unknown permission: {p}", p=", ".join(sorted(bad_perms)))
    if role_id is not None and not valid_id(role_id):
        raise NotFound(T("That role no longer exists."))
    if errors:
        raise ValidationError(fields=errors)
    if known_permissions is not None:
        unknown = perms - set(known_permissions)
        if unknown:
            raise ValidationError(fields={"permissions": T("Unknown permission: {p}", p=", ".join(sorted(unknown)))})
    with ctx.unit_of_work() as s:
        if role_id is None:
            if s.scalar(select(Role.id).where(Role.name == name)):
                raise ValidationError(fields={"name": T("A role with this name exists already.")})
            role = Role(name=name, description=description)
            s.add(role)
            s.flush()
        else:
            role = s.get(Role, role_id)
            if role is None:
                raise NotFound(T("That role no longer exists."))
            _check_version(role, expected_version)
            if role.code == "owner":
                raise ValidationError(T("The owner role always holds every permission."))
            if s.scalar(select(Role.id).where(Role.name == name, Role.id != role.id)):
                raise ValidationError(fields={"name": T("A role with this name exists already.")})
            role.name = name
            role.description = description
        current = {rp.permission: rp for rp in s.scalars(select(RolePermission).where(RolePermission.role_id == role.id))}
        for perm, row in current.items():
            if perm not in perms:
                s.delete(row)
        for perm in perms - set(current):
            s.add(RolePermission(role_id=role.id, permission=perm))
        return role.id
