"""Contribution records: what a plugin hands the suite through its contribution hooks.

Every record is a frozen dataclass: plain data, no side effects. Anything that costs time to
import (a widget, a report builder, a query) is named by a ``"module:attr"`` string and is
imported only when it is first needed, so the suite starts fast however many plugins exist.

``title`` and similar fields take a :class:`~suite.plugin_api.i18n.Msg` (``T("Orders")``) so
that they are shown in the user's language; a plain string is shown as it is.

The ``plugin`` field is filled in by the host with the contributing plugin's NAME; plugins
leave it empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Text = Any  # a Msg or a str


def _tables(value) -> tuple[str, ...]:
    """``shows`` as a tuple of table names (one name given as a plain string is one table)."""
    return (value,) if isinstance(value, str) else tuple(value)


@dataclass(frozen=True)
class Permission:
    """A right a role can hold, checked by services with ``ctx.require(id)``.

    ``default_roles`` are the built-in role codes (owner, manager, clerk, dispatcher, kitchen,
    quality, storekeeper, driver) that receive it the first time the suite sees it.
    """

    id: str
    title: Text
    description: Text = ""
    default_roles: tuple[str, ...] = ()
    plugin: str = ""


@dataclass(frozen=True)
class Page:
    """A page in the left navigation. ``factory`` is ``"module:callable"``; the callable takes
    the Context and returns a QWidget. Users without ``permission`` don't see the page.

    ``shows`` names the tables the page shows (its own, another plugin's, the core's such as
    ``"core_customers"``; an aggregate by its root table): when a write to one of them is
    committed, in another window or on another PC, the shell calls the page's ``refresh()``
    within about a second while the page is shown, else when it is next opened. ``refresh()``
    keeps what the user is doing: the lazy list keeps its selection and scroll position."""

    id: str
    title: Text
    factory: str
    icon: str = ""
    permission: str | None = None
    group: Text = ""
    order: int = 100
    shortcut: str = ""
    plugin: str = ""
    shows: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "shows", _tables(self.shows))


@dataclass(frozen=True)
class Action:
    """A menu entry. ``callback`` is ``"module:callable"`` taking (ctx, parent_widget)."""

    id: str
    title: Text
    callback: str
    menu: str = "tools"  # file | edit | view | tools | reports | help
    shortcut: str = ""
    permission: str | None = None
    plugin: str = ""


@dataclass(frozen=True)
class ReportParam:
    """One parameter of a report: kind is text, int, decimal, date, month, date_range,
    choice, bool, customer, staff. ``choices`` is a tuple of (value, label) pairs or a
    ``"module:callable"`` taking the Context and returning such pairs."""

    name: str
    label: Text
    kind: str = "text"
    required: bool = True
    default: Any = None
    choices: Any = ()
    help: Text = ""


@dataclass(frozen=True)
class Report:
    """A printable report.

    ``build`` is ``"module:callable"`` with signature ``build(ctx, params, doc) -> list`` that
    returns the platypus story; ``doc`` is a :class:`suite.plugin_api.reports.ReportDocument`
    offering styles, tables, charts and the fonts. The data comes from the plugin's services;
    the build function never queries the database itself.
    """

    id: str
    title: Text
    build: str
    params: tuple[ReportParam, ...] = ()
    permission: str | None = None
    pagesize: str = "A4"  # A4 | A4-landscape | A5 | 80mm
    description: Text = ""
    plugin: str = ""


@dataclass(frozen=True)
class DashboardCard:
    """A card on the home dashboard. ``compute`` is ``"module:callable"`` taking the Context
    and returning a :class:`CardValue`; clicking the card opens ``page``. ``shows`` names the
    tables the value is computed from, as :class:`Page` does: a committed write to one of them
    recomputes the card (cards without it are recomputed every two minutes)."""

    id: str
    title: Text
    compute: str
    page: str | None = None
    permission: str | None = None
    order: int = 100
    plugin: str = ""
    shows: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "shows", _tables(self.shows))


@dataclass(frozen=True)
class CardValue:
    """What a dashboard card shows: a big value, a caption, an optional trend (a few numbers
    drawn as a sparkline) and a level (normal, good, warning, danger)."""

    value: str
    caption: Text = ""
    trend: tuple[float, ...] = ()
    level: str = "normal"


@dataclass(frozen=True)
class SettingsPage:
    """A tab in the settings dialog. ``factory`` is ``"module:callable"`` (ctx) -> QWidget with
    ``save()`` method."""

    id: str
    title: Text
    factory: str
    permission: str | None = None
    plugin: str = ""


@dataclass(frozen=True)
class SearchHit:
    """One result of a search provider: ``title`` and ``subtitle`` as shown in the Ctrl+K box;
    choosing it opens ``page`` on record ``key``; ``kind`` is the group it is listed under."""
    title: str
    subtitle: str = ""
    page: str | None = None
    key: Any = None
    kind: Text = ""


@dataclass(frozen=True)
class SearchProvider:
    """Global search (Ctrl+K). ``search`` is ``"module:callable"`` (ctx, text, limit) ->
    list[SearchHit]; it must answer within a few tens of milliseconds."""

    id: str
    title: Text
    search: str
    permission: str | None = None
    plugin: str = ""


#: how a :class:`StaffMetric` value reads
METRIC_UNITS = ("count", "percent", "money", "minutes", "hours", "score")


@dataclass(frozen=True)
class ListProvider:
    """A list a plugin publishes (the rows its pages show and export). ``query`` is
    ``"module:callable"`` taking the Context (any other argument has a default) and returning
    a :class:`suite.plugin_api.lists.ListQuery`. Published so the suite can walk every list:
    the personal-data test reads each one as a user without ``customers.view_pii``."""

    id: str
    title: Text
    query: str
    permission: str | None = None
    plugin: str = ""


@dataclass(frozen=True)
class StaffMetric:
    """A number about one staff member over a period, for performance scoring.

    ``compute`` is ``"module:callable"`` (ctx, staff_ids, start, end) -> dict[staff_id,
    number]; start and end are office-local dates, end exclusive. ``unit`` says how to read it
    (one of :data:`METRIC_UNITS`): count; percent (a percentage from 0 to 100: 95.5 means 95.5%; note that
    ``ReportDocument.percent`` and the percent list column take a fraction instead); money
    (yuan, a Decimal); minutes; hours (a duration in hours, e.g. 7.5); score (points).
    ``better`` says which direction is good: higher or lower.
    """

    id: str
    title: Text
    compute: str
    unit: str = "count"
    better: str = "higher"  # higher | lower
    departments: tuple[str, ...] = ()
    description: Text = ""
    plugin: str = ""

    def __post_init__(self) -> None:
        if self.unit not in METRIC_UNITS:
            raise ValueError(f"staff metric {self.id!r}: unknown unit {self.unit!r} (one of {', '.join(METRIC_UNITS)})")
        if self.better not in ("higher", "lower"):
            raise ValueError(f"staff metric {self.id!r}: better must be higher or lower")


@dataclass(frozen=True)
class SetupStep:
    """A step of the set-up checklist on the home page (shown until every step is done or
    dismissed). ``done`` is ``"module:callable"`` taking the Context and returning True once
    the step is done, computed from the data (``there is an active product``), never from a
    stored flag; it runs off the GUI thread and must be quick (one small query). Choosing the
    step opens ``page`` (a page id), or the settings dialog on the tab ``settings_page`` (a tab
    of several sections may define ``show_setup_step(step_id)`` to show the step's section).
    ``can_dismiss``: an office may say the step does not apply to it (no delivery areas, no
    vehicles). Users without ``permission`` don't see the step.

    ::

        SetupStep("orders.products", T("Products and prices"), "suite_plugins.orders.setup:has_products",
                  page="orders.catalog", description=T("What you sell, with its price."), order=50)
    """

    id: str
    title: Text
    done: str
    page: str | None = None
    settings_page: str | None = None
    description: Text = ""
    permission: str | None = None
    order: int = 100
    can_dismiss: bool = True
    plugin: str = ""


@dataclass(frozen=True)
class DemoData:
    """Demo data. ``create`` is ``"module:callable"`` (ctx, rng) that fills the demo
    database through the plugin's services; when it also takes a ``progress`` keyword it is
    given a callable ``progress(fraction)`` (0.0 to 1.0, how far it has come) for the
    progress bar. ``order`` runs lower first; plugins that REQUIRE others run after them
    anyway. ``title`` (a translatable text) names the step on the progress bar and the
    command line; ``weight`` is how long it takes compared with the others (roughly its
    seconds), so the bar moves evenly."""

    id: str
    create: str
    order: int = 100
    plugin: str = ""
    title: Text = ""
    weight: float = 1.0


@dataclass(frozen=True)
class CliCommand:
    """A ``suite <name>`` subcommand. ``configure`` is ``"module:callable"`` taking an argparse
    parser to add arguments to; ``run`` is ``"module:callable"`` taking (ctx, args) and
    returning an exit code (0 on success)."""

    name: str
    help: Text
    run: str
    configure: str | None = None
    needs_database: bool = True
    plugin: str = ""


@dataclass(frozen=True)
class MigrationLocation:
    """A plugin's Alembic branch: ``path`` is the folder of its revisions (``versions``),
    ``branch`` its label (usually the plugin name), ``models`` the module(s) defining its
    tables and ``table_prefix`` the prefix every one of its tables carries."""

    branch: str
    path: str
    models: tuple[str, ...] = ()
    table_prefix: str = ""
    plugin: str = ""


@dataclass(frozen=True)
class TranslationCatalog:
    """A folder holding ``<basename>_<lang>.ts`` / ``.qm`` catalogs of a plugin."""

    directory: str
    basename: str
    plugin: str = ""


@dataclass(frozen=True)
class Notification:
    """A message for the user (``ctx.notify``): shown as a toast in the desktop program, printed on
    the command line; ``level`` is info, warning or error."""
    message: str
    level: str = "info"
    plugin: str = ""


RECORD_TYPES = (
    Permission, Page, Action, Report, DashboardCard, SettingsPage, SearchProvider, ListProvider,
    StaffMetric, DemoData, CliCommand, MigrationLocation, TranslationCatalog, SetupStep,
)


def id_of(record: Any) -> str:
    """The identity of a record, for duplicate checks."""
    for attr in ("id", "name", "branch", "directory"):
        if hasattr(record, attr):
            return str(getattr(record, attr))
    return repr(record)


