"""What the user sees when something goes wrong, and what goes to the log.

Two kinds of failure exist:

* A :class:`SuiteError` (ValidationError, PermissionDenied, ConflictError, NotFound,
  UserError) is the suite saying no for a reason: it is *explained* in a message box in the
  user's language, logged at INFO level without a traceback, and nothing more happens.
* Anything else is a defect: its traceback goes to the log file and a short dialog says what
  failed, that nothing already saved was lost, and where the details were written. The suite
  keeps running.

:func:`install_excepthook` routes uncaught exceptions to these (``sys.excepthook``: Qt slots,
event handlers and timers end up there; ``threading.excepthook``: plain threads). Worker
results arrive through :mod:`suite.ui.tasks`, which calls :func:`report_exception`.
Exceptions raised on another thread are shown on the GUI thread.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from suite.plugin_api.errors import ConflictError, NotFound, PermissionDenied, SuiteError, ValidationError

log = logging.getLogger("suite.ui")

_log_file: Path | None = None
_permission_titles: dict[str, str] = {}
_field_labels: dict[str, str] = {}


def set_log_file(path: Path | None) -> None:
    global _log_file
    _log_file = path


def log_file() -> Path:
    if _log_file is not None:
        return _log_file
    from suite.paths import get_paths

    return get_paths().log_file


def set_permission_titles(titles: dict[str, str]) -> None:
    """Titles of the permissions (``orders.create`` -> "Take orders"), for PermissionDenied."""
    _permission_titles.clear()
    _permission_titles.update(titles)


def _first_line(exc: BaseException, limit: int = 200) -> str:
    lines = str(exc).strip().splitlines()
    text = lines[0] if lines else ""
    return text[:limit] + ("…" if len(text) > limit else "")


# ---------------------------------------------------------------------------- explaining


class ErrorTexts(QObject):
    """Translatable texts of this module."""

    def titles(self) -> dict[type, str]:
        return {
            ValidationError: self.tr("Please check your input"),
            PermissionDenied: self.tr("Not allowed"),
            ConflictError: self.tr("Changed by someone else"),
            NotFound: self.tr("Not found"),
            SuiteError: self.tr("Cannot do that"),
        }

    def permission(self, title: str) -> str:
        return self.tr("You do not have the right \u201c{title}\u201d. Ask the owner or a manager to grant it "
                       "to your role if you need it.").format(title=title)

    def failed(self, what: str, error: str) -> str:
        if what:
            return self.tr("{what} failed ({error}).").format(what=what, error=error)
        return self.tr("The last action could not be completed ({error}).").format(error=error)


def explain(exc: SuiteError) -> tuple[str, str]:
    """(title, text) of a SuiteError, in the user's language."""
    texts = ErrorTexts()
    title = next((t for kind, t in texts.titles().items() if isinstance(exc, kind)), "")
    if isinstance(exc, PermissionDenied):
        text = str(exc)
        generic = not exc.message or getattr(exc.message, "text", "").startswith("You do not have the permission")
        if generic and exc.permission in _permission_titles:
            text = texts.permission(_permission_titles[exc.permission])
        return title, text
    if isinstance(exc, ValidationError):
        messages = exc.field_messages()
        head = str(super(ValidationError, exc).__str__()) if not messages or len(messages) > 1 else ""
        lines = [head] if head else []
        for name, message in messages.items():
            lines.append(f"• {message}" if len(messages) > 1 else message)
        return title, "\n".join(lines) or str(exc)
    return title, str(exc)


def show_error(parent: QWidget | None, exc: BaseException, what: str = "") -> QWidget | None:
    """Explain a SuiteError, or report an unexpected exception. Never blocks."""
    if isinstance(exc, SuiteError):
        log.info("refused: %s: %s", type(exc).__name__, exc)
        title, text = explain(exc)
        return message(parent, title, text, QMessageBox.Icon.Warning)
    return report_exception(exc, what)


def message(parent: QWidget | None, title: str, text: str,
            icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> QMessageBox:
    """A non-blocking message box (one per distinct text at a time)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == "suiteMessage" and widget.isVisible() \
                and widget.text() == text:
            widget.raise_()
            return widget
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("suiteMessage")
    box.setAttribute(_wa_delete_on_close(), True)
    box.setTextInteractionFlags(_selectable())
    # a box without a parent lives as long as Python holds it: hold it until it is closed
    _open_boxes.add(box)
    box.finished.connect(lambda _r: _open_boxes.discard(box))
    box.open()
    return box


_open_boxes: set[QMessageBox] = set()


def _wa_delete_on_close():
    from PySide6.QtCore import Qt

    return Qt.WidgetAttribute.WA_DeleteOnClose


def _selectable():
    from PySide6.QtCore import Qt

    return Qt.TextInteractionFlag.TextSelectableByMouse


# ---------------------------------------------------------------------------- unexpected errors


class ErrorDialog(QDialog):
    """What failed, that nothing saved was lost, and where the details are."""

    def __init__(self, what: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setAttribute(_wa_delete_on_close(), True)
        self.log_path = log_path
        self.details = ""
        self.count = 1
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(icon.alignment() | _align_top())
        self.what = QLabel(what)
        self.what.setObjectName("errorWhat")
        self.what.setWordWrap(True)
        self.what.setTextInteractionFlags(_selectable())
        font = self.what.font()
        font.setBold(True)
        self.what.setFont(font)
        self.safe = QLabel(self.tr("Nothing you had already saved was lost, and the suite keeps running. "
                                   "If it happens again, tell whoever looks after this computer."))
        self.safe.setWordWrap(True)
        self.where = QLabel(self.tr("The details were written to the log file:") + f"\n{log_path}")
        self.where.setObjectName("errorWhere")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(_selectable())
        self.repeats = QLabel()
        self.repeats.setObjectName("errorRepeats")
        self.repeats.hide()

        text = QVBoxLayout()
        text.addWidget(self.what)
        text.addWidget(self.safe)
        text.addWidget(self.where)
        text.addWidget(self.repeats)
        top = QHBoxLayout()
        top.addWidget(icon, 0, _align_top())
        top.addLayout(text, 1)

        buttons = QDialogButtonBox()
        self.open_folder = QPushButton(self.tr("Open log folder"))
        self.copy = QPushButton(self.tr("Copy details"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.open_folder.clicked.connect(self._open_folder)
        self.copy.clicked.connect(self._copy)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def again(self, what: str) -> None:
        self.count += 1
        self.what.setText(what)
        self.repeats.setText(self.tr("This happened {n} times.").format(n=self.count))
        self.repeats.show()

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(f"{self.what.text()}\n\n{self.details}")


def _align_top():
    from PySide6.QtCore import Qt

    return Qt.AlignmentFlag.AlignTop


_current_dialog: ErrorDialog | None = None


def _what_text(exc: BaseException, what: str) -> str:
    detail = f"{type(exc).__name__}: {_first_line(exc)}".rstrip(": ")
    return ErrorTexts().failed(what, detail)


def report_exception(exc: BaseException, what: str = "", tb=None) -> QWidget | None:
    """Log an unexpected exception with its traceback and tell the user (GUI thread only;
    other threads go through the relay)."""
    if isinstance(exc, SuiteError):
        return show_error(_active_window(), exc)
    if QCoreApplication.instance() is None or QThread.currentThread() is not QCoreApplication.instance().thread():
        log.error("unexpected error%s", f" ({what})" if what else "", exc_info=(type(exc), exc, tb or exc.__traceback__))
        _relay().reported.emit(exc, what)
        return None
    log.error("unexpected error%s", f" ({what})" if what else "", exc_info=(type(exc), exc, tb or exc.__traceback__))
    return _show_unexpected(exc, what)


def _show_unexpected(exc: BaseException, what: str) -> QWidget | None:
    global _current_dialog
    if QApplication.instance() is None:
        return None
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    text = _what_text(exc, what)
    if _current_dialog is not None and shiboken6.isValid(_current_dialog) and _current_dialog.isVisible():
        _current_dialog.again(text)
        _current_dialog.details = details
        return _current_dialog
    dialog = ErrorDialog(text, log_file(), _active_window())
    dialog.details = details
    dialog.open()
    _current_dialog = dialog
    return dialog


def _active_window() -> QWidget | None:
    window = QApplication.activeWindow()
    if window is not None and not isinstance(window, (ErrorDialog, QMessageBox)):
        return window
    return None


class _Relay(QObject):
    reported = Signal(object, str)


_relay_obj: _Relay | None = None


def _relay() -> _Relay:
    global _relay_obj
    if _relay_obj is None or not shiboken6.isValid(_relay_obj):
        _relay_obj = _Relay()
        app = QCoreApplication.instance()
        if app is not None:
            _relay_obj.moveToThread(app.thread())
        _relay_obj.reported.connect(lambda exc, what: _on_gui_thread(exc, what))
    return _relay_obj


def _on_gui_thread(exc: BaseException, what: str) -> None:
    if isinstance(exc, SuiteError):
        show_error(_active_window(), exc)
    else:
        _show_unexpected(exc, what)


# ---------------------------------------------------------------------------- hooks


def install_excepthook(log_path: Path | None = None):
    """Route uncaught exceptions (GUI thread and other threads) to the dialogs above.
    Returns a function that puts the previous hooks back."""
    if log_path is not None:
        set_log_file(log_path)
    _relay()  # created on the GUI thread
    previous_sys, previous_thread = sys.excepthook, threading.excepthook

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            app = QCoreApplication.instance()
            if app is not None:
                app.quit()
            return
        try:
            if exc is None:
                exc = exc_type()
            if exc.__traceback__ is None and tb is not None:
                exc = exc.with_traceback(tb)
            report_exception(exc, tb=tb)
        except Exception:  # pragma: no cover - never let the hook itself fail silently
            previous_sys(exc_type, exc, tb)

    def thread_hook(args):
        if args.exc_type is SystemExit:
            return
        exc = args.exc_value if args.exc_value is not None else args.exc_type()
        report_exception(exc, tb=args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook

    def uninstall() -> None:
        sys.excepthook = previous_sys
        threading.excepthook = previous_thread

    return uninstall
