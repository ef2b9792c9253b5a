"""A logged-in Context outside the desktop program: for a script, a REPL or a quick check of a
service without writing a test.

::

    from suite.plugin_api.script import open_context

    with open_context("sqlite:///office.db", user="manager", password="...") as ctx:
        print(core.list_staff(ctx))

    with open_context(role="clerk") as ctx:       # the default database, acting as the role
        print(services.list_items(ctx))

``suite shell`` opens a Python prompt with such a ``ctx`` (and ``core``, the plugin API's
core services) already made.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from suite.plugin_api.context import Context, CurrentUser


def role_user(ctx: Context, role: str) -> CurrentUser:
    """A user holding exactly the permissions of *role* (its code or name) today, for looking at
    the suite as that role sees it; no account is created or needed. Raises NotFound for an
    unknown role."""
    from sqlalchemy import or_, select

    from suite.core.models import Role, RolePermission
    from suite.plugin_api.errors import NotFound
    from suite.plugin_api.i18n import domain

    T = domain("core")
    with ctx.read() as s:
        found = s.scalars(select(Role).where(or_(Role.code == role, Role.name == role))).first()
        if found is None:
            raise NotFound(T("There is no role \u201c{role}\u201d.", role=role))
        perms = frozenset(s.scalars(select(RolePermission.permission).where(RolePermission.role_id == found.id)))
        return CurrentUser(id=None, username=f"({found.code or found.name})", display_name=found.name,
                           roles=(found.code or found.name,), permissions=perms, is_owner=found.code == "owner")


@contextmanager
def open_context(db: str | None = None, *, user: str | None = None, password: str | None = None,
                 role: str | None = None, language: str | None = "en", migrate: bool = False) -> Iterator[Context]:
    """A Context on database *db* (a URL; by default the one the suite would open), closed at
    the end of the ``with``.

    ``user`` + ``password`` log in as that account (wrong passwords count as at the log-in
    window); ``role`` acts with that role's permissions without an account; neither acts as
    the system (every permission). ``migrate=True`` upgrades the database first (after a
    backup), as the desktop program does; otherwise a database that needs an upgrade is refused.
    """
    from suite.bootstrap import open_runtime

    rt = open_runtime(db, migrate=migrate, language=language)
    try:
        ctx = rt.ctx
        if user is not None:
            from suite.core.users import login

            ctx = login(ctx, user, password or "")
        elif role is not None:
            ctx = ctx.with_user(role_user(ctx, role))
        yield ctx
    finally:
        rt.close()
