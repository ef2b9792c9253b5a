"""The progress dialog of ``suite demo``: the demo database is built in a worker thread while
a :class:`QProgressDialog` shows which step runs and how far the whole build has come."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

#: the bar's range: per mille, so it moves smoothly
STEPS = 1000


class DemoProgressDialog(QProgressDialog):
    """Shows ``progress(fraction, label)`` reports sent from any thread (no Cancel: a half
    demo database is deleted, so there is nothing to keep)."""

    progressed = Signal(float, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoProgressDialog")
        self.setWindowTitle(self.tr("Creating the demo database"))
        label = QLabel()
        label.setWordWrap(True)
        self.setLabel(label)
        self.setLabelText(self.tr("Preparing…"))
        self.setCancelButton(None)
        self.setRange(0, STEPS)
        self.setValue(0)
        self.setMinimumDuration(0)
        self.setMinimumWidth(460)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.progressed.connect(self._on_progress)
        self.fractions: list[float] = []  # what it showed, for the tests

    def report(self, fraction: float, label: str) -> None:
        """Called from the worker thread (queued to the GUI thread by the signal)."""
        self.progressed.emit(float(fraction), str(label))

    def _on_progress(self, fraction: float, label: str) -> None:
        self.fractions.append(fraction)
        # the label first: a modal QProgressDialog's setValue() processes events, so a later
        # report can be shown inside it, and a label set after it would be the older one
        self.setLabelText(self.tr("{percent}% · {step}").format(percent=int(fraction * 100), step=label))
        self.setValue(min(STEPS, int(round(fraction * STEPS))))

    def keyPressEvent(self, event):  # noqa: N802 - Escape must not hide it
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)


def build_with_dialog(build: Callable[[Callable[[float, str], None]], None], *, host=None, language: str | None = None,
                      echo: Callable[[float, str], None] | None = None, dialog: DemoProgressDialog | None = None) -> None:
    """Run ``build(progress)`` in a worker thread behind a :class:`DemoProgressDialog` and
    return when it is done (re-raising what it raised). *echo* also receives every report
    (the console's percentage lines), on the worker thread."""
    from suite.ui.app import ensure_application
    from suite.ui.tasks import call_in_thread

    ensure_application()
    if host is not None and dialog is None:
        from suite.config import Settings
        from suite.paths import get_paths
        from suite.ui.translation import install_translators, resolve_language

        settings = Settings.load(get_paths().settings_file)
        install_translators(host, resolve_language(language, settings), text_catalogs=False)
    own = dialog is None
    dialog = dialog or DemoProgressDialog()
    loop = QEventLoop()
    outcome: dict[str, BaseException | None] = {"error": None}

    def progress(fraction: float, label: str) -> None:
        dialog.report(fraction, label)
        if echo is not None:
            echo(fraction, label)

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    dialog.show()
    call_in_thread(lambda: build(progress), lambda _r: loop.quit(), failed, owner=None)
    loop.exec()
    dialog.hide()
    if own:
        dialog.deleteLater()
    if outcome["error"] is not None:
        raise outcome["error"]
