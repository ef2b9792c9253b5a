"""The chat review grid: one agent-day, 20 records (a setting) by 6 criteria, filled from the
keyboard. Keys 1-6 toggle a criterion of the current record, Enter or Down goes to the next
record, Ctrl+S (or Ctrl+Enter) saves and moves on to the next agent, then the next day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from suite.plugin_api import SuiteError
from suite_plugins.scoring.services import reviews
from suite_plugins.scoring.services.common import setting
from suite_plugins.scoring.ui.common import explain, staff_combo


class ReviewGrid(QTableWidget):
    """Records as rows, criteria as columns; a cell shows ✗ when the record fails it."""

    def __init__(self, page: "ReviewPage"):
        super().__init__(page)
        self.page = page
        self.setEditTriggers(QTableWidget.NoEditTriggers)
        self.setColumnCount(len(reviews.CRITERIA))
        self.setHorizontalHeaderLabels([f"{i + 1} {reviews.CRITERIA_TITLES[c]}" for i, c in enumerate(reviews.CRITERIA)])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.cellClicked.connect(lambda r, c: self.toggle(r, c))

    def set_records(self, marks) -> None:
        self.setRowCount(len(marks))
        self.setVerticalHeaderLabels([str(i + 1) for i in range(len(marks))])
        for r, failed in enumerate(marks):
            for c, code in enumerate(reviews.CRITERIA):
                self.setItem(r, c, QTableWidgetItem("✗" if code in failed else ""))
                self.item(r, c).setTextAlignment(Qt.AlignCenter)
        self.setCurrentCell(0, 0)

    def marks(self) -> list[tuple[str, ...]]:
        return [tuple(code for c, code in enumerate(reviews.CRITERIA) if self.item(r, c).text())
                for r in range(self.rowCount())]

    def toggle(self, row: int, col: int) -> None:
        item = self.item(row, col)
        item.setText("" if item.text() else "✗")
        self.page.update_count()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        key, row = event.key(), max(0, self.currentRow())
        if Qt.Key_1 <= key <= Qt.Key_6 and not event.modifiers() & Qt.ControlModifier:
            self.toggle(row, key - Qt.Key_1)
            self.setCurrentCell(row, key - Qt.Key_1)
            return
        if key in (Qt.Key_Return, Qt.Key_Enter) and not event.modifiers() & Qt.ControlModifier:
            self.setCurrentCell(min(self.rowCount() - 1, row + 1), max(0, self.currentColumn()))
            return
        super().keyPressEvent(event)


class ReviewPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.agent = staff_combo(ctx, self, department=setting(ctx, "cs_department"))
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        today = ctx.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.pending = QCheckBox(self.tr("Keep pending"), self)
        self.count = QLabel(self)
        self.save_button = QPushButton(self.tr("Save and next (Ctrl+S)"), self)
        self.save_button.clicked.connect(self.save_and_next)
        self.grid = ReviewGrid(self)
        top = QHBoxLayout()
        top.addWidget(self.agent, 1)
        top.addWidget(self.day)
        top.addWidget(self.pending)
        top.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(QLabel(self.tr("Keys 1-6 mark what a record fails; Enter goes to the next record."), self))
        lay.addWidget(self.grid, 1)
        lay.addWidget(self.count)
        for seq in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, activated=self.save_and_next)
        self.agent.currentIndexChanged.connect(lambda *_: self.load())
        self.day.dateChanged.connect(lambda *_: self.load())
        self.version: int | None = None
        self.load()

    def current_day(self) -> dt.date:
        d = self.day.date()
        return dt.date(d.year(), d.month(), d.day())

    def load(self) -> None:
        sid = self.agent.currentData()
        if sid is None:
            self.count.setText(self.tr("No customer-service agents."))
            return
        try:
            r = reviews.get_review(self.ctx, sid, self.current_day())
        except SuiteError as exc:
            explain(self, exc)
            return
        self.version = r.version if r.id else None
        marks = list(r.marks) if r.marks and any(r.marks) or r.id else [() for _ in range(r.records)]
        if not marks:
            marks = [() for _ in range(r.records)]
        self.grid.set_records(marks)
        self.pending.setChecked(r.status == "pending")
        self.update_count()
        self.grid.setFocus()

    def update_count(self) -> None:
        failing = sum(1 for m in self.grid.marks() if m)
        lost = failing >= int(setting(self.ctx, "cs_fail_records"))
        text = self.tr("Failing records: %1 · the day's point is lost") if lost else \
            self.tr("Failing records: %1 · the day keeps its point")
        self.count.setText(text.replace("%1", str(failing)))

    def save(self) -> bool:
        try:
            reviews.save_review(self.ctx, self.agent.currentData(), self.current_day(), records=self.grid.rowCount(),
                                marks=self.grid.marks(), done=not self.pending.isChecked(),
                                expected_version=self.version)
        except SuiteError as exc:
            explain(self, exc)
            return False
        return True

    def save_and_next(self) -> None:
        if not self.save():
            return
        i = self.agent.currentIndex()
        if i + 1 < self.agent.count():
            self.agent.setCurrentIndex(i + 1)
        else:
            self.agent.setCurrentIndex(0)
            nxt = self.day.date().addDays(1)
            if nxt <= self.day.maximumDate():
                self.day.setDate(nxt)
            else:
                self.load()
