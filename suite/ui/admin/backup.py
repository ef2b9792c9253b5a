"""Backups: when the last one was taken, every backup kept, back up now, restore one.

Restoring replaces the whole database, so it is confirmed in a dialog naming the file, when
it was taken and what will be replaced; the database being replaced is kept as a backup
first, and the suite closes afterwards (every PC must start again on the restored data). On
PostgreSQL the server's own tools are the right way: the page shows the exact commands.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from suite import backup as backups
from suite.core import permissions as P
from suite.ui.admin.common import button, button_row, call, confirm
from suite.ui.errors import message


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)  # pragma: no cover


class BackupPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupPage")
        self.ctx = ctx
        self.db = ctx.db
        self.items: list[backups.BackupFile] = []
        self.job = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        if not self.db.is_sqlite:
            self._postgres(layout)
            return
        self.summary = QLabel()
        self.summary.setObjectName("backupSummary")
        self.summary.setWordWrap(True)
        self.where = QLabel()
        self.where.setObjectName("subtitle")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verified = QLabel()
        self.verified.setObjectName("backupVerified")
        self.verified.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels([self.tr("Taken at"), self.tr("Kind"), self.tr("Size"), self.tr("Checked"),
                                              self.tr("File")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.backup_button = button(self.tr("Back up now"), self.backup_now, name="backupNow", primary=True)
        self.restore_button = button(self.tr("Restore the selected backup…"), self.restore_selected, name="restoreSelected")
        self.restore_file_button = button(self.tr("Restore from a file…"), self.restore_from_file, name="restoreFile")
        self.folder_button = button(self.tr("Open the backup folder"), self.open_folder, name="backupFolder")
        note = QLabel(self.tr("A backup is taken automatically at the first start of each day (the last 14 days "
                              "and 12 months are kept) and before every database upgrade. Copy backups to a USB "
                              "stick or another PC from time to time."))
        note.setObjectName("info")
        note.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(self.verified)
        layout.addWidget(self.where)
        layout.addLayout(button_row(self.backup_button, self.restore_button, self.restore_file_button, None,
                                    self.folder_button))
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        if not ctx.can(P.BACKUP_MANAGE):
            for b in (self.backup_button, self.restore_button, self.restore_file_button):
                b.setEnabled(False)
        self.refresh()

    def _postgres(self, layout) -> None:
        head = QLabel(self.tr("This office keeps its data on a PostgreSQL server: back it up with the server's "
                              "own tools."))
        head.setObjectName("backupSummary")
        head.setWordWrap(True)
        text = QPlainTextEdit(backups.postgres_instructions(self.db))
        text.setObjectName("postgresInstructions")
        text.setReadOnly(True)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        text.setFont(mono)
        layout.addWidget(head)
        layout.addWidget(text, 1)
        self.table = None

    # ------------------------------------------------------------------ showing

    def kind_text(self, kind: str) -> str:
        return {"daily": self.tr("Daily"), "monthly": self.tr("Monthly"), "pre-migration": self.tr("Before an upgrade"),
                "manual": self.tr("By hand"), "replaced": self.tr("Replaced by a restore")}.get(kind, kind)

    def refresh(self) -> None:
        if self.table is None:
            return
        ok, items = call(self, lambda: backups.list_backups(self.db, self.ctx.settings))
        if not ok:
            return
        self.items = items
        self.table.setRowCount(len(items))
        for r, item in enumerate(items):
            check = item.verified
            values = [self._when(item.taken_at), self.kind_text(item.kind), _size(item.size),
                      self.check_text(check, item), item.path.name]
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(check.get("reason") or str(item.path) if c == 3 and check else str(item.path))
                if c == 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, cell)
        if items:
            last = items[0]
            age = self.ctx.now() - last.taken_at
            self.summary.setText(self.tr("Last backup: {when} ({kind}), {n} backups kept.").format(
                when=self._when(last.taken_at), kind=self.kind_text(last.kind), n=len(items)))
            self.summary.setProperty("stale", age > dt.timedelta(days=2))
        else:
            self.summary.setText(self.tr("No backup has been taken yet."))
        self._show_verified(items)
        try:
            folder = backups.backup_root(self.db, self.ctx.settings)
        except Exception:  # pragma: no cover - shown as unknown
            folder = "?"
        self.where.setText(self.tr("Database: {db}\nBackups: {folder}").format(db=self.db.sqlite_path, folder=folder))
        self._update_buttons()

    def check_text(self, check: dict | None, item: backups.BackupFile) -> str:
        if check is None:
            return self.tr("not yet") if item.manifest else self.tr("no manifest")
        when = self._local(check.get("at"))
        return (self.tr("✓ {when}") if check.get("ok") else self.tr("✗ {when}")).format(when=when)

    def _when(self, value: dt.datetime) -> str:
        """A time as the office's clock shows it (like every other page), not this PC's."""
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        return self.ctx.to_local(value).strftime("%Y-%m-%d %H:%M")

    def _local(self, iso: str | None) -> str:
        try:
            return self._when(dt.datetime.fromisoformat(iso))
        except (TypeError, ValueError):
            return "?"

    def _show_verified(self, items) -> None:
        """"Last verified": the newest check of any backup (the daily backup checks the newest)."""
        checked = [(b.verified, b) for b in items if b.verified]
        if not checked:
            self.verified.setText(self.tr("Last verified: never. The first automatic backup of a day checks the newest "
                                          "backup (checksum and audit chain)."))
            state = "none"
        else:
            check, item = max(checked, key=lambda pair: pair[0].get("at", ""))
            if check.get("ok"):
                self.verified.setText(self.tr("Last verified: {when}, {file}: checksum and audit chain correct.").format(
                    when=self._local(check.get("at")), file=item.path.name))
                state = "ok"
            else:
                self.verified.setText(self.tr("Last verified: {when}, {file}: FAILED. {reason}").format(
                    when=self._local(check.get("at")), file=item.path.name, reason=check.get("reason", "")))
                state = "broken"
        self.verified.setProperty("state", state)
        self.verified.style().unpolish(self.verified)
        self.verified.style().polish(self.verified)

    def selected(self) -> backups.BackupFile | None:
        r = self.table.currentRow() if self.table is not None else -1
        return self.items[r] if 0 <= r < len(self.items) else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None and self.ctx.can(P.BACKUP_MANAGE))

    # ------------------------------------------------------------------ backing up

    def backup_now(self) -> None:
        from suite.ui.tasks import call_in_thread

        ok, _ = call(self, lambda: self.ctx.require(P.BACKUP_MANAGE))
        if not ok:
            return
        self.backup_button.setEnabled(False)
        self.backup_button.setText(self.tr("Backing up…"))
        db, settings, ctx = self.db, self.ctx.settings, self.ctx
        self.job = call_in_thread(lambda: backups.backup_now(db, settings=settings, ctx=ctx), self._backed_up,
                                  self._backup_failed, owner=self)

    def _backed_up(self, path: Path) -> None:
        self._backup_done()
        self.ctx.notify(self.tr("Backup written to {path}").format(path=path))

    def _backup_failed(self, exc: BaseException) -> None:
        from suite.ui.errors import show_error

        self._backup_done()
        show_error(self, exc, self.tr("The backup"))

    def _backup_done(self) -> None:
        self.backup_button.setEnabled(True)
        self.backup_button.setText(self.tr("Back up now"))
        self.refresh()

    def open_folder(self) -> None:
        ok, folder = call(self, lambda: backups.backup_root(self.db, self.ctx.settings))
        if ok:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # ------------------------------------------------------------------ restoring

    def restore_selected(self):
        item = self.selected()
        return self.ask_restore(item.path, item.taken_at) if item else None

    def restore_from_file(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), str(self.db.sqlite_path.parent),
                                              self.tr("Database backups (*.db);;All files (*)"))
        return self.ask_restore(Path(path)) if path else None

    def ask_restore(self, path: Path, taken_at: dt.datetime | None = None):
        """Check the file, then ask (naming the file and what is replaced) before restoring."""
        ok, _ = call(self, lambda: (self.ctx.require(P.BACKUP_MANAGE), backups.check_backup(path, self.ctx.host)))
        if not ok:
            return None
        taken = self._when(taken_at or dt.datetime.fromtimestamp(Path(path).stat().st_mtime, dt.timezone.utc))
        text = self.tr("Replace the whole database with the backup \u201c{file}\u201d taken at {when}?").format(
            file=Path(path).name, when=taken)
        details = self.tr(
            "Everything in {db} is replaced: every order, customer, complaint and setting recorded after {when} "
            "is lost. The database as it is now is kept as a backup first (kind \u201cReplaced by a restore\u201d), "
            "so this can be undone. The suite closes afterwards: start it again, and close it on every other PC first."
        ).format(db=self.db.sqlite_path, when=taken)
        return confirm(self, self.tr("Restore a backup"), text, self.tr("Replace the database"),
                       lambda: self.restore(path), danger=True, details=details)

    def restore(self, path: Path):
        ok, kept = call(self, lambda: (self.ctx.require(P.BACKUP_MANAGE),
                                       backups.restore(self.db, Path(path), self.ctx.host, self.ctx.settings,
                                                       ctx=self.ctx))[1])
        if not ok:
            return None
        self.refresh()
        box = message(self, self.tr("Database restored"),
                      self.tr("The database was restored from {file}. The replaced database was kept as {kept}.\n\n"
                              "The suite closes now; start it again.").format(file=Path(path).name, kept=kept))
        box.finished.connect(lambda _r: self._close_suite())
        return box

    def _close_suite(self) -> None:
        window = self.window()
        if window is not None and window is not self:
            window.close()
