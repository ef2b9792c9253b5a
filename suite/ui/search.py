"""Global search (Ctrl+K): one box over every search provider the user may use.

Typing waits for a short pause (debounce), then asks every provider on a worker thread;
results arrive grouped by provider. Older answers that arrive after a newer query started are
dropped. Enter opens the selected hit (or the first one); Escape closes.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from suite.plugin_api.i18n import text_of
from suite.plugin_api.records import SearchHit

log = logging.getLogger("suite.ui")

DEBOUNCE_MS = 250
LIMIT = 8
HIT_ROLE = Qt.ItemDataRole.UserRole + 2


def run_providers(ctx, providers, text: str, limit: int = LIMIT) -> list[tuple[object, list[SearchHit] | None, str]]:
    """Ask each provider; (provider, hits or None, error text). Runs on a worker thread."""
    from suite.host import resolve

    out = []
    for provider in providers:
        started = time.perf_counter()
        try:
            hits = list(resolve(provider.search)(ctx, text, limit) or [])[:limit]
            out.append((provider, hits, ""))
        except Exception as exc:  # noqa: BLE001 - one provider must not spoil the others
            log.warning("search provider %s failed: %s", provider.id, exc, exc_info=exc)
            out.append((provider, None, f"{type(exc).__name__}: {exc}"))
        took = (time.perf_counter() - started) * 1000
        if took > 200:
            log.info("search provider %s took %.0f ms", provider.id, took)
    return out


class SearchDialog(QDialog):
    hit_chosen = Signal(object)
    results_shown = Signal(str)

    def __init__(self, ctx, host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Search"))
        self.ctx = ctx
        self.providers = [p for p in host.search_providers() if not p.permission or ctx.can(p.permission)]
        self.generation = 0
        self.last_text = ""

        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(self.tr("Type a name, a phone number, an order number…"))
        self.box.setClearButtonEnabled(True)
        self.box.installEventFilter(self)
        self.results = QTreeWidget()
        self.results.setObjectName("searchResults")
        self.results.setHeaderHidden(True)
        self.results.setColumnCount(2)
        self.results.setRootIsDecorated(False)
        self.results.setIndentation(8)
        self.results.itemActivated.connect(self._activated)
        self.status = QLabel()
        self.status.setObjectName("subtitle")
        if not self.providers:
            self.status.setText(self.tr("Nothing can be searched with your rights."))
        else:
            self.status.setText(self.tr("Searching: {what}").format(
                what=", ".join(text_of(p.title) for p in self.providers)))

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        self.box.textChanged.connect(lambda _t: self.timer.start())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.resize(640, 420)

    def popup(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            geo = parent.geometry()
            self.move(geo.x() + (geo.width() - self.width()) // 2, geo.y() + 80)
        self.show()
        self.raise_()
        self.activateWindow()
        self.box.setFocus()
        self.box.selectAll()

    # ------------------------------------------------------------------ searching

    def search_now(self) -> None:
        from suite.ui.tasks import call_in_thread

        text = self.box.text().strip()
        self.generation += 1
        generation = self.generation
        self.last_text = text
        if not text or not self.providers:
            self.results.clear()
            self.results_shown.emit(text)
            return
        self.status.setText(self.tr("Searching…"))
        ctx, providers = self.ctx, list(self.providers)
        call_in_thread(lambda: run_providers(ctx, providers, text),
                       lambda found: self._show(generation, text, found), owner=self)

    def _show(self, generation: int, text: str, found) -> None:
        if generation != self.generation:
            return  # a newer query is under way
        self.results.clear()
        bold = QFont(self.results.font())
        bold.setBold(True)
        total = 0
        first = None
        for provider, hits, error in found:
            if hits == []:
                continue
            group = QTreeWidgetItem([text_of(provider.title), ""])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFont(0, bold)
            group.setForeground(0, QBrush(QColor("#5b6b7c")))
            self.results.addTopLevelItem(group)
            if hits is None:
                item = QTreeWidgetItem([self.tr("unavailable"), error])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.addChild(item)
                continue
            for hit in hits:
                item = QTreeWidgetItem(["  " + hit.title, hit.subtitle])
                item.setData(0, HIT_ROLE, hit)
                item.setToolTip(0, hit.title)
                item.setToolTip(1, hit.subtitle)
                group.addChild(item)
                first = first or item
                total += 1
        self.results.expandAll()
        self.results.resizeColumnToContents(0)
        if first is not None:
            self.results.setCurrentItem(first)
            self.status.setText(self.tr("{n} found. Enter opens the selected one.").format(n=total))
        else:
            self.status.setText(self.tr("Nothing found for \u201c{text}\u201d.").format(text=text))
        self.results_shown.emit(text)

    # ------------------------------------------------------------------ choosing

    def current_hit(self) -> SearchHit | None:
        item = self.results.currentItem()
        hit = item.data(0, HIT_ROLE) if item is not None else None
        return hit if isinstance(hit, SearchHit) else None

    def choose(self, hit: SearchHit | None = None) -> bool:
        hit = hit or self.current_hit()
        if hit is None:
            return False
        self.hide()
        self.hit_chosen.emit(hit)
        return True

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        hit = item.data(0, HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.choose(hit)

    def _move(self, step: int) -> None:
        items = []
        for i in range(self.results.topLevelItemCount()):
            group = self.results.topLevelItem(i)
            items += [group.child(j) for j in range(group.childCount()) if isinstance(group.child(j).data(0, HIT_ROLE), SearchHit)]
        if not items:
            return
        current = self.results.currentItem()
        index = items.index(current) if current in items else -1
        self.results.setCurrentItem(items[max(0, min(len(items) - 1, index + step))])

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - arrows and Enter in the box
        if obj is self.box and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Down:
                self._move(1)
                return True
            if key == Qt.Key.Key_Up:
                self._move(-1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive() or self.box.text().strip() != self.last_text:
                    self.timer.stop()
                    self._enter_after_search()
                else:
                    self.choose()
                return True
        return super().eventFilter(obj, event)

    def _enter_after_search(self) -> None:
        """Enter pressed before the pause elapsed: search now, open the first hit when it
        arrives."""
        def once(_text):
            self.results_shown.disconnect(once)
            self.choose()

        self.results_shown.connect(once)
        self.search_now()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.choose()
            return
        super().keyPressEvent(event)
