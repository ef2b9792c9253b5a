"""Help > About: version, database, plugins, where the log is."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from suite import __version__
from suite.ui.icons import icon


class AboutDialog(QDialog):
    def __init__(self, ctx, runtime, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About"))
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(48, 48))
        title = QLabel(self.tr("Back-Office Suite") + f"  {__version__}")
        title.setObjectName("greeting")
        blurb = QLabel(self.tr("Orders and delivery, kitchen checks, stock and suppliers, complaints and staff "
                               "assessment for small restaurants and water-delivery offices."))
        blurb.setWordWrap(True)
        active = [p for p in runtime.host.plugins.values() if p.active]
        plugins = ", ".join(f"{p.title} {p.version}" for p in sorted(active, key=lambda p: p.name))
        form = QFormLayout()
        for label, value in (
            (self.tr("Database"), runtime.db.describe()),
            (self.tr("Plugins"), plugins),
            (self.tr("Log file"), str(log_path)),
            (self.tr("Settings file"), str(runtime.settings.path)),
            (self.tr("Built with"), f"Python {platform.python_version()}, PySide6 {pyside_version}"),
        ):
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(logo)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
