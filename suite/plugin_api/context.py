"""The narrow context a service, a page or a report receives.

It carries the database (as units of work), the acting user and the permission check, the
plugin host (for domain events and other plugins' published services), the settings of this
PC, the office clock and time zone, and a notification sink. Never the main window, never a
global engine.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from suite.plugin_api.errors import ConflictError, PermissionDenied

if TYPE_CHECKING:  # pragma: no cover
    from sqlalchemy.orm import Session

    from suite.config import Settings
    from suite.db.engine import Database
    from suite.host import PluginHost

DEFAULT_TIMEZONE = "Asia/Shanghai"


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@dataclass(frozen=True)
class CurrentUser:
    """Who is acting. Services check permissions on it; the audit log records it."""

    id: int | None
    username: str
    display_name: str = ""
    roles: tuple[str, ...] = ()
    permissions: frozenset[str] = frozenset()
    is_owner: bool = False
    staff_id: int | None = None

    def can(self, permission: str) -> bool:
        return self.is_owner or permission in self.permissions


#: The acting user of the command line's maintenance commands, demo data and migrations.
SYSTEM_USER = CurrentUser(id=None, username="system", display_name="System", roles=("owner",), is_owner=True)
#: Nobody logged in: can read nothing that needs a permission.
ANONYMOUS = CurrentUser(id=None, username="anonymous", display_name="")


@dataclass
class Context:
    """What every service, page, report, card and command receives: the database (``unit_of_work``,
    ``read``), the acting user and the permission check (``can``, ``require``), the office clock
    (``now``, ``today``, ``local_now``, ``day_bounds``), domain events (``emit``, ``ask``), other
    plugins (``has_plugin``), this PC's settings (``local_setting``) and the shell's services
    (``notify``, ``open_page``). Derive variants with ``with_clock`` and ``as_system``."""
    db: "Database"
    user: CurrentUser = SYSTEM_USER
    host: "PluginHost | None" = None
    settings: "Settings | None" = None
    clock: Callable[[], dt.datetime] = _utcnow
    timezone_name: str = DEFAULT_TIMEZONE
    notify_sink: Callable[[str, str], None] | None = None
    #: set by the desktop shell: opens a page (by id) and hands it a key (a record to show)
    page_opener: Callable[[str, Any], None] | None = None
    _local: threading.local = field(default_factory=threading.local, repr=False, compare=False)

    # ------------------------------------------------------------------ who

    def with_user(self, user: CurrentUser) -> "Context":
        """The same context acting as another user (after login, or for a test)."""
        return replace(self, user=user, _local=threading.local())

    def with_clock(self, clock: Callable[[], dt.datetime]) -> "Context":
        """The same context reading another clock (tests, and replaying past events)."""
        return replace(self, clock=clock, _local=threading.local())

    def as_system(self) -> "Context":
        return self.with_user(SYSTEM_USER)

    def can(self, permission: str) -> bool:
        return self.user.can(permission)

    def require(self, *permissions: str) -> None:
        """Raise PermissionDenied unless the acting user holds every permission named."""
        for permission in permissions:
            if not self.user.can(permission):
                raise PermissionDenied(permission)

    # ------------------------------------------------------------------ when

    def now(self) -> dt.datetime:
        """Now, timezone-aware UTC (the clock can be replaced in tests)."""
        value = self.clock()
        if value.tzinfo is None:
            raise ValueError("the context clock must return aware datetimes")
        return value.astimezone(dt.timezone.utc)

    @property
    def timezone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone_name)

    def local_now(self) -> dt.datetime:
        """Now in the office's time zone (for display, day boundaries and business hours)."""
        return self.now().astimezone(self.timezone)

    def to_local(self, value: dt.datetime) -> dt.datetime:
        return value.astimezone(self.timezone)

    def today(self) -> dt.date:
        return self.local_now().date()

    def local_to_utc(self, value: dt.datetime) -> dt.datetime:
        """A wall-clock time in the office (naive or aware) as UTC."""
        if value.tzinfo is None:
            value = value.replace(tzinfo=self.timezone)
        return value.astimezone(dt.timezone.utc)

    def day_bounds(self, day: dt.date) -> tuple[dt.datetime, dt.datetime]:
        """[start, end) of an office-local day, in UTC."""
        start = dt.datetime.combine(day, dt.time(0), tzinfo=self.timezone)
        end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=self.timezone)
        return start.astimezone(dt.timezone.utc), end.astimezone(dt.timezone.utc)

    # ------------------------------------------------------------------ data

    @contextmanager
    def unit_of_work(self) -> Iterator["Session"]:
        """A write transaction. Commits when the block ends, rolls back on any exception.

        Nested calls on the same context and thread join the outer transaction, so a service
        can call another service and both commit or neither does. Domain events emitted
        inside run in this transaction: a plugin that raises rolls the whole write back.
        A save that loses an optimistic-lock race raises ConflictError.
        """
        from sqlalchemy.orm.exc import StaleDataError

        from suite.db.session import SuiteSession

        outer = getattr(self._local, "session", None)
        if outer is not None:
            yield outer
            return
        session = SuiteSession(bind=self.db.writer_engine(), expire_on_commit=False, autoflush=True)
        session.info["ctx"] = self
        self._local.session = session
        try:
            with session.begin():
                yield session
        except StaleDataError as exc:
            raise ConflictError() from exc
        finally:
            self._local.session = None
            session.close()

    @contextmanager
    def read(self) -> Iterator["Session"]:
        """A read-only session (joins the current unit of work when one is open)."""
        outer = getattr(self._local, "session", None)
        if outer is not None:
            yield outer
            return
        session = self.db.session()
        session.info["ctx"] = self
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    @property
    def in_transaction(self) -> bool:
        return getattr(self._local, "session", None) is not None

    # ------------------------------------------------------------------ plugins

    def emit(self, hook: str, **kwargs: Any) -> list:
        """Fire a domain event (``suite_order_did_deliver`` ...). Must be called inside a unit
        of work; every implementation runs in that transaction and may veto by raising."""
        if not self.in_transaction:
            raise RuntimeError(f"domain event {hook} fired outside a unit of work")
        if self.host is None:
            return []
        return self.host.emit(hook, ctx=self, session=self._local.session, **kwargs)

    def ask(self, hook: str, **kwargs: Any) -> list:
        """Call a query hook of other plugins (``suite_orders_customer_facts`` ...) and collect
        the answers. A plugin that raises is logged and skipped; the caller still gets the
        others' answers."""
        if self.host is None:
            return []
        return self.host.ask(hook, ctx=self, **kwargs)

    def open_page(self, page_id: str, key: Any = None) -> bool:
        """Ask the shell to show a page (and, if the page has ``open_key``, a record on it).
        Returns False when no shell is running (command line, tests without a window)."""
        if self.page_opener is None:
            return False
        self.page_opener(page_id, key)
        return True

    def has_plugin(self, name: str) -> bool:
        return self.host is not None and self.host.is_active(name)

    def notify(self, message: object, level: str = "info") -> None:
        """Show a message to the user (a tray toast in the GUI, a line on the console)."""
        if self.notify_sink is not None:
            self.notify_sink(str(message), level)

    # ------------------------------------------------------------------ settings

    def local_setting(self, plugin: str, key: str, default: Any = None) -> Any:
        """A setting of this PC for *plugin* (the ``[plugins.<name>]`` table of settings.toml)."""
        if self.settings is None:
            return default
        return self.settings.plugin(plugin).get(key, default)
