"""The settings dialog: this PC's language, and the plugins' settings pages.

The language is saved to ``settings.toml`` (``[ui] language``). It applies at once when the
user agrees (the main window is rebuilt in the new language, on the same page), otherwise
at the next start. Each plugin settings page is a tab built by its factory (ctx) -> widget
with ``save()``; a page that raises a SuiteError on save keeps the dialog open.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect, QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from suite.plugin_api import i18n
from suite.plugin_api.errors import SuiteError
from suite.plugin_api.i18n import text_of
from suite.ui.translation import LANGUAGE_NAMES

log = logging.getLogger("suite.ui")


class GeneralSettings(QWidget):
    def __init__(self, settings, runtime, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("generalSettings")
        self.settings = settings
        self.current = language
        self.language = QComboBox()
        self.language.setObjectName("language")
        system = LANGUAGE_NAMES.get(i18n.system_language(), i18n.system_language())
        self.language.addItem(self.tr("Same as the system ({language})").format(language=system), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        saved = settings.language or ""
        index = self.language.findData(saved)
        self.language.setCurrentIndex(index if index >= 0 else 0)
        self.apply_now = QCheckBox(self.tr("Switch now (open pages are reloaded)"))
        self.apply_now.setObjectName("applyNow")
        self.apply_now.setChecked(True)
        self.note = QLabel(self.tr("A new language applies to the whole suite; if you do not switch now, "
                                   "it applies the next time the suite starts."))
        self.note.setObjectName("subtitle")
        self.note.setWordWrap(True)
        database = QLabel(runtime.db.describe())
        database.setWordWrap(True)
        database.setObjectName("databaseInfo")
        where = QLabel(str(settings.path))
        where.setWordWrap(True)
        where.setObjectName("subtitle")

        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.apply_now)
        form.addRow("", self.note)
        form.addRow(self.tr("Database"), database)
        form.addRow(self.tr("Settings file"), where)

    def chosen(self) -> str:
        return self.language.currentData() or ""

    def effective(self) -> str:
        return i18n.normalise_language(self.chosen() or i18n.system_language())

    def save(self) -> None:
        self.settings.set("ui.language", self.chosen() or None)
        self.settings.save()


#: kept free around the dialog for its frame and title bar
_FRAME_ROOM = QSize(16, 40)
#: the dialog is at least this big when the screen has room (a table gets a few rows)
_COMFORTABLE = QSize(860, 600)


def fit_to_screen(dialog: QDialog, available: QRect | None) -> None:
    """Give *dialog* the size its tabs ask for, but no more than the screen's available area
    (the desktop less the taskbar) minus its frame: on a 1366x768 laptop every tab fits."""
    wanted = dialog.sizeHint().expandedTo(_COMFORTABLE)
    if available is None or available.isEmpty():
        dialog.resize(wanted)
        return
    room = QSize(available.width() - _FRAME_ROOM.width(), available.height() - _FRAME_ROOM.height())
    dialog.setMaximumSize(room)
    dialog.resize(wanted.boundedTo(room))


class SettingsDialog(QDialog):
    #: (language in effect after the change, apply now)
    language_saved = Signal(str, bool)

    def __init__(self, ctx, runtime, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from suite.host import resolve

        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.ctx = ctx
        self.runtime = runtime
        self.language = language
        self.tabs = QTabWidget()
        self.general = GeneralSettings(runtime.settings, runtime, language)
        self.tabs.addTab(self.general, self.tr("General"))
        self.pages: list[tuple[object, QWidget]] = []
        for record in runtime.host.settings_pages():
            if record.permission and not ctx.can(record.permission):
                continue
            try:
                widget = resolve(record.factory)(ctx)
            except Exception as exc:  # noqa: BLE001 - one broken tab must not hide the others
                log.error("settings page %s failed", record.id, exc_info=exc)
                widget = QLabel(self.tr("This page could not be opened: {error}").format(error=f"{type(exc).__name__}: {exc}"))
                widget.setWordWrap(True)
            self.tabs.addTab(widget, text_of(record.title))
            self.pages.append((record, widget))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        screen = self.screen() if parent is None else parent.screen()
        fit_to_screen(self, screen.availableGeometry() if screen is not None else None)

    def save(self) -> bool:
        from suite.ui.errors import message, show_error

        for record, widget in self.pages:
            saver = getattr(widget, "save", None)
            if not callable(saver):
                continue
            try:
                saver()
            except Exception as exc:  # noqa: BLE001 - explained; the dialog stays open
                self.tabs.setCurrentWidget(widget)
                show_error(self, exc, text_of(record.title))
                return False
        try:
            self.general.save()
        except (OSError, SuiteError) as exc:
            show_error(self, exc)
            return False
        new = self.general.effective()
        changed = new != self.language
        apply_now = changed and self.general.apply_now.isChecked()
        self.accept()
        if changed and not apply_now:
            message(self.parentWidget(), self.tr("Language"),
                    self.tr("The new language applies the next time the suite starts."))
        self.language_saved.emit(new, apply_now)
        return True
