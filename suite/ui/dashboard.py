"""The home page: a greeting, the set-up checklist of a new office (until it is done), the
plugins' dashboard cards, and quick links to the pages.

Each card's ``compute(ctx) -> CardValue`` runs off the GUI thread; the card shows "…" until
its value arrives. A card that raises shows "unavailable" (the error goes to the log) and
the other cards carry on. Clicking a card opens its page.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from suite.plugin_api.i18n import text_of
from suite.plugin_api.records import CardValue, DashboardCard
from suite.ui.icons import icon

log = logging.getLogger("suite.ui")

LEVELS = ("normal", "good", "warning", "danger")
LEVEL_COLOURS = {"normal": "#3d5a80", "good": "#2e9e5b", "warning": "#d9911a", "danger": "#d64545"}
REFRESH_MS = 120_000


class Card(QFrame):
    clicked = Signal(str)

    def __init__(self, record: DashboardCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self.setObjectName("card")
        self.setProperty("level", "normal")
        self.setProperty("clickable", bool(record.page))
        if record.page:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumWidth(210)
        # cards of one row share its height
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.title = QLabel(text_of(record.title))
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self.value = QLabel("…")
        self.value.setObjectName("cardValue")
        self.caption = QLabel()
        self.caption.setObjectName("cardCaption")
        self.caption.setWordWrap(True)
        self.spark = None  # a Sparkline, made when a trend first arrives
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addStretch(1)  # a card taller than its content keeps the content at the top
        self.layout_ = layout
        self.setToolTip(self.tr("Open: {page}").format(page=text_of(record.title)) if record.page else "")

    def show_value(self, value: CardValue) -> None:
        level = value.level if value.level in LEVELS else "normal"
        self.value.setText(str(value.value))
        self.caption.setText(text_of(value.caption))
        self.caption.setVisible(bool(text_of(value.caption)))
        self._trend(value.trend or (), LEVEL_COLOURS[level])
        self._level(level)

    def _trend(self, values, colour: str) -> None:
        if len(values) < 2:
            if self.spark is not None:
                self.spark.hide()
            return
        if self.spark is None:
            # imported on first use: the shared widgets are not needed for the first paint
            from suite.ui.widgets.charts import Sparkline

            self.spark = Sparkline(self)
            self.layout_.addWidget(self.spark)
        self.spark.colour = QColor(colour)
        self.spark.set_values(values)
        self.spark.show()

    def show_unavailable(self, error: BaseException) -> None:
        self.value.setText(self.tr("unavailable"))
        self.caption.setText(self.tr("This figure could not be computed; the details are in the log."))
        self.caption.show()
        self.setToolTip(f"{type(error).__name__}: {error}")
        self._trend((), LEVEL_COLOURS["normal"])
        self._level("unavailable")

    def _level(self, level: str) -> None:
        self.setProperty("level", level)
        for widget in (self, self.value):
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.record.page:
            self.clicked.emit(self.record.page)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.record.page:
            self.clicked.emit(self.record.page)
            return
        super().keyPressEvent(event)


def compute_card(ctx, record: DashboardCard) -> CardValue:
    """Run a card's compute function (on a worker thread)."""
    from suite.host import resolve

    value = resolve(record.compute)(ctx)
    if not isinstance(value, CardValue):
        raise TypeError(f"{record.compute} returned {type(value).__name__}, not CardValue")
    return value


class Dashboard(QWidget):
    def __init__(self, ctx, host, window=None, parent: QWidget | None = None) -> None:
        # built in place (given its *parent*, the scroll area before the body): Qt styles a
        # widget tree again each time it is moved under a new parent (about 10 ms here)
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.ctx = ctx
        self.host = host
        self.window_ = window
        self.cards: dict[str, Card] = {}

        scroll = QScrollArea(self)
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll.viewport())
        body.setObjectName("dashboardBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 24)
        layout.setSpacing(12)

        self.greeting = QLabel()
        self.greeting.setObjectName("greeting")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("subtitle")
        layout.addWidget(self.greeting)
        layout.addWidget(self.subtitle)

        self.checklist = None
        from suite.core.permissions import SETTINGS_MANAGE

        if ctx.can(SETTINGS_MANAGE):
            from suite.ui.checklist import SetupChecklist

            self.checklist = SetupChecklist(ctx, body)
            self.checklist.open_step.connect(self.open_step)
            layout.addWidget(self.checklist)

        records = [c for c in host.dashboard_cards() if not c.permission or ctx.can(c.permission)]
        if records:
            self.cards_title = QLabel(self.tr("Today at a glance"))
            self.cards_title.setObjectName("sectionTitle")
            layout.addWidget(self.cards_title)
            grid = QGridLayout()
            grid.setSpacing(12)
            columns = 3
            for i, record in enumerate(records):
                card = Card(record)
                card.clicked.connect(self._open)
                self.cards[record.id] = card
                grid.addWidget(card, i // columns, i % columns)
            for c in range(columns):
                grid.setColumnStretch(c, 1)
            layout.addLayout(grid)

        self.links_title = QLabel(self.tr("Go to"))
        self.links_title.setObjectName("sectionTitle")
        layout.addWidget(self.links_title)
        self.links = QGridLayout()
        self.links.setSpacing(10)
        self._build_links()
        layout.addLayout(self.links)
        layout.addStretch(1)

        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._greet()
        self.painted = False
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    def _greet(self) -> None:
        now = self.ctx.local_now()
        name = self.ctx.user.display_name or self.ctx.user.username
        if now.hour < 11:
            text = self.tr("Good morning, {name}").format(name=name)
        elif now.hour < 18:
            text = self.tr("Good afternoon, {name}").format(name=name)
        else:
            text = self.tr("Good evening, {name}").format(name=name)
        self.greeting.setText(text)
        from suite.core.startup import company_name  # plain SQL: painted before the models load

        company = company_name(self.ctx.db)
        date = self.locale().toString(now.date(), self.locale().FormatType.LongFormat)
        self.subtitle.setText(f"{company} · {date}" if company else date)

    def _build_links(self) -> None:
        from suite.ui.main_window import navigation_groups

        columns = 4
        index = 0
        for group in navigation_groups(self.ctx, self.host):
            for page in group.pages:
                button = QToolButton()
                button.setObjectName("quickLink")
                button.setText(text_of(page.title))
                button.setIcon(icon(page.icon or None))
                button.setIconSize(QSize(22, 22))
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                button.setToolTip(group.title)
                button.clicked.connect(lambda _c=False, pid=page.id: self._open(pid))
                self.links.addWidget(button, index // columns, index % columns)
                index += 1
        for c in range(columns):
            self.links.setColumnStretch(c, 1)
        if index == 0:
            self.links_title.setText(self.tr("Your role has no pages yet: ask the owner for the rights you need."))

    def _open(self, page_id: str) -> None:
        if self.window_ is not None:
            self.window_.open_page(page_id)
        else:
            self.ctx.open_page(page_id)

    def open_step(self, step) -> None:
        """A step of the set-up checklist was chosen: open its page, or the settings dialog
        on its tab."""
        if step.page:
            self._open(step.page)
            return
        if step.settings_page and self.window_ is not None:
            dialog = self.window_.open_settings()
            for record, widget in getattr(dialog, "pages", ()):
                if record.id == step.settings_page:
                    dialog.tabs.setCurrentWidget(widget)
                    # a tab of several sections shows the one the step is about
                    shower = getattr(widget, "show_setup_step", None)
                    if callable(shower):
                        try:
                            shower(step.id)
                        except Exception:  # noqa: BLE001 - the tab is open anyway
                            log.exception("set-up step %s: its settings tab could not show it", step.id)
            # the step may be done once the dialog is saved
            dialog.finished.connect(lambda _r: self.checklist.refresh() if self.checklist is not None else None)

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self.painted:
            # the cards are computed once the window is on screen: their workers import the
            # plugins' services, which must not slow the first paint down
            self.painted = True
            QTimer.singleShot(0, self.refresh)

    def refresh_if_shown(self) -> None:
        """Recompute when the page is shown again (the first time, the first paint does)."""
        if self.painted:
            self.refresh()

    def data_changed(self, tables) -> None:
        """Writes to *tables* (None: anything) were committed elsewhere: recompute the cards
        that show them (now when the dashboard is shown; it recomputes all when opened)."""
        from suite.ui.live import shown_tables_changed

        if not self.painted or not self.isVisible():
            return
        self.refresh([c for c in self.cards.values() if shown_tables_changed(c.record.shows, tables)], greet=False)
        if self.checklist is not None:
            self.checklist.refresh()

    def refresh(self, cards=None, greet: bool = True) -> None:
        """Recompute every card, or the *cards* given (each on its own worker)."""
        from suite.ui.tasks import call_in_thread

        ensure = getattr(self.window_, "ensure_models", None)
        if callable(ensure):  # the cards' workers import the plugins' services and models
            ensure()
        if greet:
            self._greet()
            if self.checklist is not None:
                self.checklist.refresh()
        for card in self.cards.values() if cards is None else cards:
            record = card.record
            call_in_thread(
                lambda r=record: compute_card(self.ctx, r),
                lambda value, c=card: c.show_value(value),
                lambda exc, c=card, r=record: self._failed(c, r, exc),
                owner=card,
            )

    def _failed(self, card: Card, record: DashboardCard, exc: BaseException) -> None:
        log.error("dashboard card %s (%s) failed", record.id, record.plugin, exc_info=exc)
        card.show_unavailable(exc)
