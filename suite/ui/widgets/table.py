"""A lazy table over a :class:`~suite.plugin_api.lists.ListQuery`.

:class:`LazyTableModel` holds only the rows fetched so far: the view asks for more
(``canFetchMore``/``fetchMore``) as the user scrolls, one keyset page at a time; sorting
re-queries in SQL; text is formatted only for the cells Qt paints. :class:`LazyTable` puts a
debounced search box, the list's filters, a row count and export buttons around the view::

    table = LazyTable(ctx, customer_list(ctx), parent=self)
    table.activated.connect(lambda key: self.open_customer(key))
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProxyStyle,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from suite.plugin_api.errors import SuiteError
from suite.plugin_api.i18n import text_of
from suite.plugin_api.lists import DEFAULT_PAGE_SIZE, NUMBER_KINDS, ListColumn, ListPager, ListQuery, export_list
from suite.plugin_api.numbers import format_number
from suite.ui.widgets.style import ERROR_COLOUR, MUTED_COLOUR, NEGATIVE_COLOUR, badge_colours
from suite.ui.widgets.worker import WorkerHandle, run_in_worker

log = logging.getLogger("suite.ui")

_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    "right": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    "center": Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
}



class SortArrowStyle(QProxyStyle):
    """The header's sort arrow points the way the values run: \u25b2 for ascending (smallest
    first), \u25bc for descending (newest first). Qt's header hands the style the opposite
    indicator (SortDown for ascending), which Fusion draws as the opposite arrow."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802 - Qt override
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(option, QStyleOptionHeader):
            up, down = QStyleOptionHeader.SortIndicator.SortUp, QStyleOptionHeader.SortIndicator.SortDown
            flipped = QStyleOptionHeader(option)
            flipped.sortIndicator = down if option.sortIndicator == up else up if option.sortIndicator == down \
                else option.sortIndicator
            option = flipped
        super().drawPrimitive(element, option, painter, widget)


class LazyTableModel(QAbstractTableModel):
    """Rows of a list, fetched page by page as the view scrolls."""

    KeyRole = Qt.ItemDataRole.UserRole + 1
    #: the value behind a cell (the shown text for a column with a ``format``: masked stays masked)
    ValueRole = Qt.ItemDataRole.UserRole + 2
    #: (label, level) of a badge cell, else None
    BadgeRole = Qt.ItemDataRole.UserRole + 3

    loadFailed = Signal(object)
    #: emitted after the rows were replaced (new sort, search, filter or query)
    reloaded = Signal()

    def __init__(self, ctx, query: ListQuery, parent=None, page_size: int = DEFAULT_PAGE_SIZE) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._tz = ctx.timezone
        self._rows: list = []
        self._fetching = False
        self.last_error: BaseException | None = None
        self._install(query, page_size)
        self._fetching = False
        self.reload()

    def _install(self, query: ListQuery, page_size: int) -> None:
        self.query = query
        self.pager = ListPager(self.ctx, query, page_size)
        self.columns: tuple[ListColumn, ...] = query.visible_columns

    # ------------------------------------------------------------------ the list

    def set_query(self, query: ListQuery, keep_state: bool = True) -> None:
        """Show another query (the same list with other parameters, or another list)."""
        old = self.pager
        self._fetching = True
        self.beginResetModel()
        self._install(query, old.page_size)
        if keep_state:
            if old.sort_key == query.key or any(c.key == old.sort_key and c.sortable for c in query.columns):
                self.pager.sort_key, self.pager.descending = old.sort_key, old.descending
            self.pager.search_text = old.search_text
            for key, value in old.filter_values.items():
                if key in self.pager.filter_values:
                    self.pager.filter_values[key] = value
        self._load_first_page()
        self.endResetModel()
        self._fetching = False
        self.reloaded.emit()

    def reload(self, min_rows: int = 0) -> None:
        """Read the list again from its first row (keeps sort, search and filters), at least
        *min_rows* rows when the list has them (as many as were loaded: a refresh)."""
        self._fetching = True  # no fetchMore while the model is being reset
        try:
            self.beginResetModel()
            self._load_first_page()
            while len(self._rows) < min_rows and not self.pager.at_end and self.last_error is None:
                try:
                    more = self.pager.fetch_next()
                except Exception as exc:  # noqa: BLE001 - shown beside the list
                    self._failed(exc)
                    break
                if not more:
                    break
                self._rows.extend(more)
            self.endResetModel()
        finally:
            self._fetching = False
        self.reloaded.emit()

    def _load_first_page(self) -> None:
        """Called between beginResetModel and endResetModel."""
        self.pager.restart()
        self._rows = []
        self.last_error = None
        try:
            self._rows = list(self.pager.fetch_next())
        except Exception as exc:  # noqa: BLE001 - shown beside the list, not a crash
            self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        log.warning("list %s: reading failed: %s", self.query.name, exc, exc_info=not isinstance(exc, SuiteError))
        self.last_error = exc
        self.pager.at_end = True
        self.loadFailed.emit(exc)

    def set_search(self, text: str) -> None:
        if (text or "").strip() == self.pager.search_text:
            return
        self.pager.set_search(text)
        self.reload()

    def set_filter(self, key: str, value: Any) -> None:
        if self.pager.filter_values.get(key) == value:
            return
        self.pager.set_filter(key, value)
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # noqa: A003
        """Sort in SQL (never in Python): the list is read again from its first row."""
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.pager.sort_key, self.pager.descending):
            return
        if not self.pager.set_sort(key, descending):
            return
        self.reload()

    def sort_column(self) -> int:
        """The visible column the list is sorted by (-1 when it is sorted by a hidden one)."""
        return next((i for i, c in enumerate(self.columns) if c.key == self.pager.sort_key), -1)

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self.pager.descending else Qt.SortOrder.AscendingOrder

    # ------------------------------------------------------------------ rows and keys

    def row_key(self, row: int) -> Any:
        """The key (id) of a loaded row."""
        return self._rows[row]._mapping[self.query.key]

    def row_of_key(self, key: Any) -> int:
        """The position of a loaded row by its key, or -1."""
        name = self.query.key
        return next((i for i, r in enumerate(self._rows) if r._mapping[name] == key), -1)

    def row_values(self, row: int) -> dict[str, Any]:
        """The values of a loaded row by column key (shown text for formatted columns)."""
        mapping = self._rows[row]._mapping
        out = {self.query.key: mapping[self.query.key]}
        for col in self.query.columns:
            out[col.key] = col.text(mapping[col.key], self._tz) if col.format else mapping[col.key]
        return out

    def cell_text(self, row: int, column: int) -> str:
        col = self.columns[column]
        return col.text(self._rows[row]._mapping[col.key], self._tz)

    @property
    def loaded_rows(self) -> int:
        return len(self._rows)

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self.pager.at_end and not self._fetching

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self.pager.at_end or self._fetching:
            return
        self._fetching = True  # views may ask again while rows are being inserted
        try:
            try:
                rows = self.pager.fetch_next()
            except Exception as exc:  # noqa: BLE001
                self._failed(exc)
                return
            if rows:
                start = len(self._rows)
                self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
        finally:
            self._fetching = False

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # the view asks every visible cell for a dozen roles on each paint: the ones this model
        # never answers (font, background, decoration, check state, size hint...) return at once
        if role not in self._ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= column < len(self.columns)):
            return None
        col = self.columns[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN[col.alignment]
        if role == Qt.ItemDataRole.ForegroundRole and (col.kind != "money" or col.format is not None):
            return None
        if role == self.KeyRole:
            return self._rows[row]._mapping[self.query.key]
        value = self._rows[row]._mapping[col.key]
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
            return col.text(value, self._tz)
        if role == self.BadgeRole:
            return col.badge(value)
        if role == self.ValueRole:
            return col.text(value, self._tz) if col.format else value
        if role == Qt.ItemDataRole.ForegroundRole:
            if value is not None and value < 0:
                return QBrush(QColor(NEGATIVE_COLOUR))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            text = col.text(value, self._tz)
            return text if len(text) > 24 else None
        return None

    _ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.TextAlignmentRole, BadgeRole, KeyRole, ValueRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole})

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        col = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return text_of(col.title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN[col.alignment]
        if role == Qt.ItemDataRole.ToolTipRole and not col.sortable:
            return self.tr("This column cannot be sorted.")
        return None


class BadgeDelegate(QStyledItemDelegate):
    """Draws a badge cell (``LazyTableModel.BadgeRole``) as a coloured pill."""

    PAD_X, PAD_Y = 8, 2

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        badge = index.data(LazyTableModel.BadgeRole)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if not badge:
            return
        text, level = badge
        bg, fg = badge_colours(level)
        fm = QFontMetrics(opt.font)
        width = min(fm.horizontalAdvance(text) + 2 * self.PAD_X, opt.rect.width() - 4)
        height = min(fm.height() + 2 * self.PAD_Y, opt.rect.height() - 2)
        align = index.data(Qt.ItemDataRole.TextAlignmentRole) or _ALIGN["center"]
        x = opt.rect.x() + 4
        if int(align) & int(Qt.AlignmentFlag.AlignHCenter):
            x = opt.rect.x() + (opt.rect.width() - width) // 2
        elif int(align) & int(Qt.AlignmentFlag.AlignRight):
            x = opt.rect.right() - width - 4
        rect = QRect(x, opt.rect.y() + (opt.rect.height() - height) // 2, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(fg)
        painter.setFont(opt.font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), fm.elidedText(text, Qt.TextElideMode.ElideRight, width - 4))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        badge = index.data(LazyTableModel.BadgeRole)
        if badge:
            fm = QFontMetrics(option.font)
            size.setWidth(fm.horizontalAdvance(badge[0]) + 2 * self.PAD_X + 8)
        return size


class LazyTable(QWidget):
    """A list page's table: search box, filters, row count, export buttons and the view.

    ``activated(key)`` is emitted on Enter or a double click; ``currentKeyChanged(key)`` when
    the current row changes (None when there is none).
    """

    activated = Signal(object)
    currentKeyChanged = Signal(object)
    exported = Signal(object)  # ExportResult

    SEARCH_DELAY_MS = 300
    #: a refresh reads again at most this many rows (however far the user had scrolled)
    REFRESH_MAX_ROWS = 5000
    #: column widths are measured over this many first rows only
    MEASURE_ROWS = 50
    MAX_COLUMN_WIDTH = 420

    def __init__(self, ctx, query: ListQuery, parent: QWidget | None = None, *,
                 page_size: int = DEFAULT_PAGE_SIZE, searchable: bool = True, exportable: bool = True,
                 count_rows: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._count_rows = count_rows
        self._count_generation = 0
        self._count_handle: WorkerHandle | None = None
        self._export_handle: WorkerHandle | None = None
        self.row_count: tuple[int, bool] | None = None
        self._measured = False
        self._keeping = False  # a refresh puts the current row back: no currentKeyChanged meanwhile
        #: measured widths by column key; the user's shown/hidden columns of this list
        self._natural: dict[str, int] = {}
        self._user_hidden: set[str] = set()
        self._user_shown: set[str] = set()
        self.auto_hidden: set[str] = set()
        self._laying_out = False

        self.model = LazyTableModel(ctx, query, self, page_size=page_size)
        self.view = QTableView(self)
        self.view.setObjectName("lazyTableView")
        self.view.setModel(self.model)
        self._setup_view()

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("listSearch")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(160)
        self.search_box.setVisible(searchable and query.search is not None)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(self.SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_box.returnPressed.connect(self.apply_search)
        self.search_box.installEventFilter(self)

        self.filter_bar = QHBoxLayout()
        self.filter_bar.setContentsMargins(0, 0, 0, 0)
        self.filter_combos: dict[str, QComboBox] = {}

        self.count_label = QLabel(self)
        self.count_label.setObjectName("listCount")
        self.count_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.export_xlsx_button = QPushButton(self.tr("Export Excel"), self)
        self.export_xlsx_button.setToolTip(self.tr("Save the rows shown (all pages) as an Excel workbook"))
        self.export_csv_button = QPushButton(self.tr("Export CSV"), self)
        self.export_csv_button.setToolTip(self.tr("Save the rows shown (all pages) as a CSV file"))
        self.export_xlsx_button.clicked.connect(lambda: self.export_interactive("xlsx"))
        self.export_csv_button.clicked.connect(lambda: self.export_interactive("csv"))
        self._exportable = exportable

        self.message_label = QLabel(self)
        self.message_label.setObjectName("listMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        # search, row count and export on one row; the filters (if any) on the row below, so a
        # list with several filters still fits a 1366-pixel laptop screen beside a detail pane
        top = QHBoxLayout()
        top.addWidget(self.search_box, 2)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addWidget(self.export_xlsx_button)
        top.addWidget(self.export_csv_button)
        self.filter_row = QWidget(self)
        filters = QHBoxLayout(self.filter_row)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addLayout(self.filter_bar)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.filter_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message_label)

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.refresh)

        self.model.reloaded.connect(self._after_reload)
        self.model.loadFailed.connect(self._show_load_error)  # a later page (the first is shown on reload)
        self.model.rowsInserted.connect(lambda *_: self._update_count_label())
        # Enter (through the event filter) and a double click open the row; not the style's
        # "activated", which some desktops fire on a single click
        self.view.doubleClicked.connect(self._activated)
        self.view.installEventFilter(self)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self._apply_query_ui()
        self._after_reload()

    # ------------------------------------------------------------------ set-up

    def _setup_view(self) -> None:
        v = self.view
        v.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        v.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        v.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        v.setAlternatingRowColors(True)
        v.setWordWrap(False)
        v.setTextElideMode(Qt.TextElideMode.ElideRight)
        v.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        v.setTabKeyNavigation(False)
        vh = v.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never ResizeToContents (DESIGN §10)
        vh.setDefaultSectionSize(QFontMetrics(v.font()).height() + 10)
        hh = v.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        hh.setSortIndicatorShown(True)
        self._arrow_style = SortArrowStyle()  # kept: the header does not own its style
        hh.setStyle(self._arrow_style)
        hh.setSectionsClickable(True)
        hh.setHighlightSections(False)
        hh.sortIndicatorChanged.connect(self._sort_requested)
        hh.setTextElideMode(Qt.TextElideMode.ElideRight)
        hh.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        hh.customContextMenuRequested.connect(self._header_menu)
        hh.sectionResized.connect(self._section_resized)
        v.viewport().installEventFilter(self)  # a narrower list hides its lowest-priority columns
        self._badge_delegate = BadgeDelegate(v)

    def _apply_query_ui(self) -> None:
        query = self.model.query
        self.search_box.setPlaceholderText(
            (text_of(query.search_hint) or self.tr("Search")) + "  (Ctrl+F)")
        # filters
        while self.filter_bar.count():
            item = self.filter_bar.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.filter_combos = {}
        for f in query.filters:
            label = QLabel(text_of(f.title) + ":", self)
            combo = QComboBox(self)
            combo.setObjectName(f"filter_{f.key}")
            combo.setToolTip(text_of(f.title))
            combo.setAccessibleName(text_of(f.title))
            current = self.model.pager.filter_values.get(f.key)
            for value, title in f.choices:
                combo.addItem(text_of(title), value)
                if value == current:
                    combo.setCurrentIndex(combo.count() - 1)
            combo.currentIndexChanged.connect(lambda _i, key=f.key, box=combo: self.set_filter(key, box.currentData()))
            label.setBuddy(combo)
            self.filter_bar.addWidget(label)
            self.filter_bar.addWidget(combo)
            self.filter_combos[f.key] = combo
        self.filter_row.setVisible(bool(query.filters))
        allowed = self._exportable and (not query.export_permission or self.ctx.can(query.export_permission))
        self.export_xlsx_button.setVisible(allowed)
        self.export_csv_button.setVisible(allowed)
        # columns
        for i in range(self.model.columnCount()):
            self.view.setItemDelegateForColumn(i, None)
        for i, col in enumerate(self.model.columns):
            if col.kind == "badge":
                self.view.setItemDelegateForColumn(i, self._badge_delegate)
        self._measured = False
        self._natural = {}
        self._load_column_choice()

    # ------------------------------------------------------------------ public

    def set_query(self, query: ListQuery, keep_state: bool = True) -> None:
        self.model.set_query(query, keep_state)
        self._apply_query_ui()
        self._after_reload()

    def refresh(self) -> None:
        """Read the list again (after a change here, in another window or on another PC),
        keeping the rows loaded so far, the current row and the scroll position: the row at
        the top stays at the top (a list scrolled to its start stays there and shows new rows).
        ``currentKeyChanged`` is emitted once afterwards (None when the current row left)."""
        key = self.current_key()
        vbar, hbar = self.view.verticalScrollBar(), self.view.horizontalScrollBar()
        top, left = vbar.value(), hbar.value()
        top_row = self.view.rowAt(0)
        anchor = self.model.row_key(top_row) if top > 0 and top_row >= 0 else None
        self._keeping = True
        try:
            self.model.reload(min_rows=min(self.model.rowCount(), self.REFRESH_MAX_ROWS))
            found = key is not None and self.select_key(key)
        finally:
            self._keeping = False
        if anchor is not None:
            row = self.model.row_of_key(anchor)
            vbar.setValue(top if row < 0 else top + (row - top_row) * self._row_step())
        else:
            vbar.setValue(top)
        hbar.setValue(left)
        if key is not None or found:
            self.currentKeyChanged.emit(key if found else None)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.layout_columns()

    def _row_step(self) -> int:
        """How far the vertical scroll bar moves per row (rows have one fixed height)."""
        if self.view.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerPixel:
            return self.view.verticalHeader().defaultSectionSize()
        return 1

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def set_search_text(self, text: str) -> None:
        """Type *text* into the search box and apply it at once."""
        self.search_box.setText(text)
        self.apply_search()

    def apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search_box.text())

    def set_filter(self, key: str, value: Any) -> None:
        combo = self.filter_combos.get(key)
        if combo is not None and combo.currentData() != value:
            index = combo.findData(value)
            if index >= 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
        self.model.set_filter(key, value)

    def sort_by(self, key: str, descending: bool = False) -> None:
        column = next(i for i, c in enumerate(self.model.columns) if c.key == key)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.view.horizontalHeader().setSortIndicator(column, order)

    def current_key(self) -> Any:
        index = self.view.currentIndex()
        return self.model.row_key(index.row()) if index.isValid() else None

    def select_key(self, key: Any) -> bool:
        row = self.model.row_of_key(key)
        if row < 0:
            return False
        self.view.selectRow(row)
        self.view.setCurrentIndex(self.model.index(row, 0))
        return True

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Wait for the background row count and export (tests)."""
        ok = True
        for handle in (self._count_handle, self._export_handle):
            if handle is not None and shiboken6.isValid(handle) and handle.running:
                ok = handle.wait(timeout_ms) and ok
        return ok

    # ------------------------------------------------------------------ events

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if obj is self.view.viewport() and event.type() == QEvent.Type.Resize:
            if event.size().width() != event.oldSize().width():
                self.layout_columns()
            return False
        if obj is self.view and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self._activated(self.view.currentIndex())
            return True
        if obj is self.search_box and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.model.rowCount() > 0:
                self.apply_search()
                self.view.setFocus()
                if not self.view.currentIndex().isValid():
                    self.view.setCurrentIndex(self.model.index(0, 0))
                return True
            if event.key() == Qt.Key.Key_Escape and self.search_box.text():
                self.search_box.clear()
                self.apply_search()
                return True
        return super().eventFilter(obj, event)

    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        if 0 <= column < len(self.model.columns) and self.model.columns[column].sortable:
            self.model.sort(column, order)
        self._show_sort_indicator()

    def _show_sort_indicator(self) -> None:
        hh = self.view.horizontalHeader()
        hh.blockSignals(True)
        column = self.model.sort_column()
        if column >= 0:
            hh.setSortIndicator(column, self.model.sort_order())
        else:
            hh.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        hh.blockSignals(False)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(self.model.row_key(index.row()))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._keeping:
            return
        self.currentKeyChanged.emit(self.model.row_key(current.row()) if current.isValid() else None)

    def _after_reload(self) -> None:
        self._show_sort_indicator()
        if not self._measured and self.model.rowCount() > 0:
            self.fit_columns()
            self._measured = True
        elif not self._measured:
            self.fit_columns()
        if self.model.last_error is None:
            self._show_message("")
        else:
            self._show_load_error(self.model.last_error)
        self._start_count()

    # ------------------------------------------------------------------ widths

    def fit_columns(self) -> None:
        """Measure column widths from the header and the first rows only (never every row),
        then lay the columns out in the width there is (:meth:`layout_columns`)."""
        fm = QFontMetrics(self.view.font())
        header_fm = QFontMetrics(self.view.horizontalHeader().font())
        avg = max(1, fm.averageCharWidth())
        rows = min(self.model.rowCount(), self.MEASURE_ROWS)
        self._natural = {}
        for i, col in enumerate(self.model.columns):
            width = header_fm.horizontalAdvance(text_of(col.title)) + 28  # room for the sort arrow
            if col.width:
                width = max(width, col.width * avg + 12)
            for r in range(rows):
                text = self.model.cell_text(r, i)
                extra = 2 * BadgeDelegate.PAD_X + 12 if col.kind == "badge" else 14
                width = max(width, fm.horizontalAdvance(text) + extra)
            self._natural[col.key] = min(width, self.MAX_COLUMN_WIDTH)
        self.layout_columns()

    #: a text column may be narrowed (its text elided) down to this share of its width
    #: before columns are hidden
    ELIDE_SHARE = 0.6
    ELIDE_MIN = 120

    def _min_width(self, col: ListColumn, natural: int) -> int:
        """How narrow a column may get: long texts elide (never below ELIDE_MIN pixels);
        figures, times, badges, short texts and the columns naming the row (priority 1) do not."""
        if col.priority == 1 or col.kind in NUMBER_KINDS or col.kind in ("date", "datetime", "badge", "bool", "phone"):
            return natural
        if natural <= self.ELIDE_MIN:
            return natural
        return max(self.ELIDE_MIN, int(natural * self.ELIDE_SHARE))

    def layout_columns(self) -> None:
        """Fit the columns into the list's width without a horizontal scroll bar: narrow the
        long texts (elided with …), then hide the lowest-priority columns (5 first, the
        rightmost first; never priority 1, never a column the user chose to show); the
        widest list shows every column again. The user's own hidden columns stay hidden."""
        if self._laying_out or not self.model.columns:
            return
        cols = self.model.columns
        natural = [self._natural.get(c.key, 100) for c in cols]
        minimum = [self._min_width(c, n) for c, n in zip(cols, natural)]
        shown = [i for i, c in enumerate(cols) if c.key not in self._user_hidden]
        if not shown:
            shown = [0]
        avail = self.view.viewport().width() - 2
        fit = self.view.isVisible() and avail > 0
        if fit:
            order = sorted((i for i in shown[1:] if cols[i].priority > 1 and cols[i].key not in self._user_shown),
                           key=lambda i: (-cols[i].priority, -i))
            for i in order:
                if sum(minimum[j] for j in shown) <= avail:
                    break
                shown.remove(i)
        widths = {i: natural[i] for i in shown}
        total = sum(widths.values())
        if fit and total > avail:
            slack = sum(natural[i] - minimum[i] for i in shown)
            ratio = min(1.0, (total - avail) / slack) if slack else 0.0
            widths = {i: int(natural[i] - (natural[i] - minimum[i]) * ratio) for i in shown}
            total = sum(widths.values())
            if total > avail:  # the kept columns alone are too wide: all of them narrower
                widths = {i: max(24, w * avail // total) for i, w in widths.items()}
        self._laying_out = True
        try:
            hidden_now = set()
            for i, col in enumerate(cols):
                hide = i not in widths
                if hide and col.key not in self._user_hidden:
                    hidden_now.add(col.key)
                if self.view.isColumnHidden(i) != hide:
                    self.view.setColumnHidden(i, hide)
            self.auto_hidden = hidden_now
            last = max(widths)
            for i, w in widths.items():
                if i != last and self.view.columnWidth(i) != w:
                    self.view.setColumnWidth(i, w)
            # the stretched last column never gets narrower than the size it had when the
            # stretch was switched on (the header's default, 100 px): give it its own width
            # as that floor, then let it stretch over what is left
            hh = self.view.horizontalHeader()
            if hh.stretchLastSection() and hh.sectionSize(last) > widths[last]:
                hh.setStretchLastSection(False)
                hh.resizeSection(last, widths[last])
                hh.setStretchLastSection(True)
        finally:
            self._laying_out = False

    def _section_resized(self, logical: int, _old: int, new: int) -> None:
        """A column the user widened or narrowed keeps that width."""
        from PySide6.QtWidgets import QApplication

        if self._laying_out or not 0 <= logical < len(self.model.columns) or new <= 0:
            return
        if QApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            self._natural[self.model.columns[logical].key] = new

    # ------------------------------------------------------------------ chosen columns

    def _choice_key(self) -> str:
        return self.model.query.name

    def _load_column_choice(self) -> None:
        settings = getattr(self.ctx, "settings", None)
        saved = {}
        if settings is not None:
            saved = ((settings.get("ui", {}) or {}).get("columns", {}) or {}).get(self._choice_key(), {}) or {}
        keys = {c.key for c in self.model.columns}
        self._user_hidden = {k for k in saved.get("hidden", []) if k in keys}
        self._user_shown = {k for k in saved.get("shown", []) if k in keys}

    def _save_column_choice(self) -> None:
        settings = getattr(self.ctx, "settings", None)
        if settings is None:
            return
        ui = settings.get("ui", {}) or {}
        columns = dict(ui.get("columns", {}) or {})
        if self._user_hidden or self._user_shown:
            columns[self._choice_key()] = {"hidden": sorted(self._user_hidden), "shown": sorted(self._user_shown)}
        else:
            columns.pop(self._choice_key(), None)
        settings.set("ui.columns", columns or None)
        try:
            settings.save()
        except OSError:  # pragma: no cover - a read-only settings folder
            log.exception("cannot save the list's columns")

    def column_shown(self, key: str) -> bool:
        """Whether the column *key* is shown now."""
        i = next(i for i, c in enumerate(self.model.columns) if c.key == key)
        return not self.view.isColumnHidden(i)

    def set_column_shown(self, key: str, shown: bool) -> None:
        """Show or hide a column as the user chose (remembered on this PC for this list); a
        column chosen to be shown is kept even when the list is narrow (others give way)."""
        if shown:
            self._user_hidden.discard(key)
            self._user_shown.add(key)
        else:
            visible = [c.key for i, c in enumerate(self.model.columns) if not self.view.isColumnHidden(i)]
            if visible == [key]:
                return  # the last column shown stays
            self._user_shown.discard(key)
            self._user_hidden.add(key)
        self._save_column_choice()
        self.layout_columns()

    def reset_columns(self) -> None:
        """Forget the user's choice: the columns that fit are shown."""
        self._user_hidden.clear()
        self._user_shown.clear()
        self._save_column_choice()
        self.fit_columns()

    def header_menu(self) -> QMenu:
        """The header's menu: a check box per column and "Reset columns"."""
        menu = QMenu(self)
        menu.setObjectName("columnsMenu")
        for col in self.model.columns:
            action = menu.addAction(text_of(col.title) or col.key)
            action.setCheckable(True)
            action.setChecked(self.column_shown(col.key))
            if col.key in self.auto_hidden:
                action.setToolTip(self.tr("Hidden to fit the list's width"))
            action.toggled.connect(lambda checked, key=col.key: self.set_column_shown(key, checked))
        menu.setToolTipsVisible(True)
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.reset_columns)
        return menu

    def _header_menu(self, pos) -> None:
        menu = self.header_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        menu.popup(self.view.horizontalHeader().mapToGlobal(pos))

    # ------------------------------------------------------------------ row count

    def _start_count(self) -> None:
        self.row_count = None
        self._update_count_label()
        if not self._count_rows or self.model.last_error is not None:
            return
        if self.model.pager.at_end:  # everything is loaded: no need to ask the database
            self.row_count = (self.model.rowCount(), True)
            self._update_count_label()
            return
        self._count_generation += 1
        generation = self._count_generation
        pager = self.model.pager.snapshot()
        if self._count_handle is not None and shiboken6.isValid(self._count_handle):
            self._count_handle.cancel()
        self._count_handle = run_in_worker(
            self, lambda _job: pager.count(), show_progress=False,
            on_result=lambda result: self._counted(generation, result),
            on_error=lambda exc: log.warning("counting the rows of %s failed: %s", pager.query.name, exc),
        )

    def _counted(self, generation: int, result: tuple[int, bool]) -> None:
        if generation == self._count_generation:
            self.row_count = result
            self._update_count_label()

    def _update_count_label(self) -> None:
        loaded = self.model.rowCount()
        if self.model.pager.at_end and self.model.last_error is None:
            self.row_count = (loaded, True)
        if self.row_count is None:
            text = self.tr("{count}+ rows").format(count=f"{loaded:,}") if loaded else self.tr("Counting…")
        else:
            n, exact = self.row_count
            text = self.tr("{count} rows").format(count=f"{n:,}") if exact else \
                self.tr("More than {count} rows").format(count=f"{n:,}")
        self.count_label.setText(text)

    # ------------------------------------------------------------------ messages

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(f"color: {ERROR_COLOUR if error else MUTED_COLOUR};")
        self.message_label.setVisible(bool(text))

    def _show_load_error(self, exc: BaseException) -> None:
        if isinstance(exc, SuiteError):
            self._show_message(str(exc), error=True)
        else:
            self._show_message(self.tr("The list could not be read: {error}").format(error=str(exc).splitlines()[0][:200]
                                                                                    if str(exc) else type(exc).__name__),
                               error=True)

    # ------------------------------------------------------------------ export

    def default_export_name(self, fmt: str) -> str:
        title = text_of(self.model.query.title) or "list"
        safe = "".join(ch for ch in title if ch not in '\\/:*?"<>|').strip() or "list"
        return f"{safe}_{self.ctx.today().isoformat()}.{fmt}"

    def export_interactive(self, fmt: str) -> WorkerHandle | None:
        """Ask where to save, then export (the buttons)."""
        caption = self.tr("Export to Excel") if fmt == "xlsx" else self.tr("Export to CSV")
        pattern = self.tr("Excel workbook (*.xlsx)") if fmt == "xlsx" else self.tr("CSV file (*.csv)")
        start = str(Path.home() / self.default_export_name(fmt))
        path, _selected = QFileDialog.getSaveFileName(self, caption, start, pattern)
        if not path:
            return None
        if not path.lower().endswith("." + fmt):
            path += "." + fmt
        return self.export_to(path, fmt)

    def export_to(self, path: str | Path, fmt: str | None = None) -> WorkerHandle:
        """Export every row the user may see (current search, filters and sort) to *path*,
        off the GUI thread, with progress and Cancel for long lists."""
        pager = self.model.pager.snapshot()
        ctx = self.ctx
        self.export_xlsx_button.setEnabled(False)
        self.export_csv_button.setEnabled(False)
        self._show_message(self.tr("Exporting…"))
        progress_text = self.tr("Exported {done} of {total} rows…")

        def work(job):
            def progress(done: int, total: int | None) -> None:
                job.progress(done, total, progress_text.format(done=f"{done:,}", total=f"{total or 0:,}"))

            return export_list(ctx, pager, path, fmt, progress=progress, cancelled=lambda: job.cancelled)

        self._export_handle = run_in_worker(
            self, work, title=self.tr("Exporting the list"), on_result=self._exported,
            on_error=self._export_failed, on_cancel=self._export_cancelled)
        return self._export_handle

    def _export_buttons_back(self) -> None:
        self.export_xlsx_button.setEnabled(True)
        self.export_csv_button.setEnabled(True)

    def _exported(self, result) -> None:
        self._export_buttons_back()
        text = self.tr("Exported {count} rows to {file}.").format(count=f"{result.rows:,}", file=str(result.path))
        self._show_message(text)
        self.ctx.notify(text)
        self.exported.emit(result)

    def _export_failed(self, exc: BaseException) -> None:
        self._export_buttons_back()
        if isinstance(exc, SuiteError):
            self._show_message(str(exc), error=True)
        else:
            log.error("export of %s failed", self.model.query.name, exc_info=exc)
            self._show_message(self.tr("The export failed: {error}").format(error=str(exc)[:200]), error=True)

    def _export_cancelled(self) -> None:
        self._export_buttons_back()
        self._show_message(self.tr("Export cancelled: no file was written."))



class DetailSplitter(QSplitter):
    """A list and, after it, its detail pane: the pane (the splitter's last widget) is
    collapsed while nothing is chosen in the list, so the list has the room, and comes back
    at its last size when a row is chosen::

        splitter = DetailSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.follow(self.table)       # or splitter.set_detail_shown(key is not None)
    """

    def __init__(self, orientation: Qt.Orientation = Qt.Orientation.Horizontal, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._sizes: list[int] | None = None
        self.setChildrenCollapsible(False)

    def setSizes(self, sizes) -> None:  # noqa: N802 - Qt override: remembered for when the pane comes back
        sizes = [int(s) for s in sizes]
        if self.count() and self.widget(self.count() - 1).isHidden():
            self._sizes = sizes
            return
        super().setSizes(sizes)

    @property
    def detail(self) -> QWidget | None:
        return self.widget(self.count() - 1) if self.count() > 1 else None

    def detail_shown(self) -> bool:
        pane = self.detail
        return pane is not None and not pane.isHidden()

    def set_detail_shown(self, shown: bool) -> None:
        pane = self.detail
        if pane is None or shown == (not pane.isHidden()):
            return
        if shown:
            pane.show()
            if self._sizes and len(self._sizes) == self.count() and sum(self._sizes[:-1]) > 0 and self._sizes[-1] > 0:
                super().setSizes(self._sizes)
        else:
            sizes = self.sizes()
            if sizes and sizes[-1] > 0:
                self._sizes = sizes
            pane.hide()

    def follow(self, table: LazyTable) -> None:
        """Show the pane while *table* has a current row, collapse it otherwise."""
        table.currentKeyChanged.connect(lambda key: self.set_detail_shown(key is not None))
        self.set_detail_shown(table.current_key() is not None)


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def number_item(value: Any, kind: str = "decimal", places: int | None = None, *, text: str | None = None) -> QTableWidgetItem:
    """A right-aligned table cell for a figure, formatted by the shared formatter
    (:func:`suite.plugin_api.numbers.format_number`: money ``¥1,234.50``, int ``12,345``,
    percent ``12.5%``, decimal, hours); the value is kept for sorting (``Qt.UserRole``).
    *text* shows another text (``—`` for no value) in the same place."""
    item = QTableWidgetItem(format_number(value, kind, places) if text is None else text)
    item.setTextAlignment(_RIGHT)
    item.setData(Qt.ItemDataRole.UserRole, value)
    return item


def align_number(item: QTableWidgetItem) -> QTableWidgetItem:
    """Right-align a cell that shows a figure (already formatted)."""
    item.setTextAlignment(_RIGHT)
    return item
