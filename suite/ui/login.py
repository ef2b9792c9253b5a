"""Logging in, and the first start that creates the owner account."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from suite.plugin_api.errors import SuiteError, ValidationError

log = logging.getLogger("suite.ui")


def _company_name(ctx) -> str:
    try:
        from suite.core.company import get_company

        return get_company(ctx.as_system()).name
    except Exception:  # pragma: no cover - a heading is not worth failing the log-in for
        log.exception("cannot read the company name")
        return ""


def remember_user(settings, username: str) -> None:
    """The log-in dialog offers the last user name again (this PC's settings)."""
    if settings is None:
        return
    settings.set("ui.last_user", username)
    try:
        settings.save()
    except OSError:  # pragma: no cover - a read-only settings folder
        log.exception("cannot save the settings")


class FieldErrors:
    """Shows a message under each field of a form layout and marks the field invalid."""

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}

    def add(self, name: str, field: QWidget) -> QWidget:
        """The field with its (hidden) message right under it, to put in the form's row."""
        label = QLabel()
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.hide()
        self.labels[name] = label
        self.fields[name] = field
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(label)
        return box

    def clear(self) -> None:
        for name, label in self.labels.items():
            label.hide()
            label.clear()
            self._mark(self.fields[name], False)

    def show(self, messages: dict[str, str]) -> bool:
        """Show each message beside its field; returns False when none has a field."""
        shown = False
        first = None
        for name, text in messages.items():
            label = self.labels.get(name)
            if label is None:
                continue
            label.setText(str(text))
            label.show()
            self._mark(self.fields[name], True)
            first = first or self.fields[name]
            shown = True
        if first is not None:
            first.setFocus()
        return shown

    @staticmethod
    def _mark(field: QWidget, invalid: bool) -> None:
        field.setProperty("invalid", invalid)
        field.style().unpolish(field)
        field.style().polish(field)


def _frame(dialog: QDialog, heading: QLabel, intro: QLabel, form: QFormLayout, ok_text: str, width: int):
    """The common frame of the log-in and first-start dialogs: heading, intro, form, a
    message line, and OK / Quit. Returns (ok button, message label)."""
    message = QLabel()
    message.setObjectName("formError")
    message.setWordWrap(True)
    message.hide()
    buttons = QDialogButtonBox()
    ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setDefault(True)
    cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("LoginDialog", "Quit"))
    buttons.accepted.connect(dialog.submit)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(24, 20, 24, 16)
    layout.setSpacing(10)
    for widget in (heading, intro):
        layout.addWidget(widget)
    layout.addLayout(form)
    layout.addWidget(message)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(width)
    return ok, message


class LoginDialog(QDialog):
    """User name and password. The service decides; its message is shown as it is: one answer
    for an unknown name, a wrong password and a locked account (it tells nobody which names
    exist), another only for the right password of a disabled account."""

    logged_in = Signal(object)

    def __init__(self, ctx, settings=None, parent: QWidget | None = None, *, company: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.result_ctx = None
        #: set by the shell when this window came before the plugins and models loaded: it
        #: loads them (once) and answers whether a log-in may go ahead
        self.prepare = None
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Log in"))
        if company is None:
            company = _company_name(ctx)
        title = QLabel(company or self.tr("Back-Office Suite"))
        title.setObjectName("appTitle")
        title.setWordWrap(True)
        hint = QLabel(self.tr("Log in with your user name and password."))
        hint.setObjectName("subtitle")

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setMaxLength(64)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(256)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.ok, self.message = _frame(self, title, hint, form, self.tr("Log in"), 380)

        last = settings.get("ui.last_user") if settings is not None else None
        if last:
            self.username.setText(str(last))
            self.password.setFocus()
        else:
            self.username.setFocus()

    def submit(self) -> None:
        if self.prepare is not None and not self.prepare():
            return
        from suite.core import users

        username = self.username.text().strip()
        if not username:
            self.show_message(self.tr("Enter your user name."))
            self.username.setFocus()
            return
        from PySide6.QtCore import Qt  # not before the window shows (see suite.ui.app)

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ctx = users.login(self.ctx, username, self.password.text())
        except SuiteError as exc:
            self.show_message(str(exc))
            self.password.clear()
            self.password.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.password.clear()
        remember_user(self.settings, username)
        self.result_ctx = ctx
        self.logged_in.emit(ctx)
        self.accept()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class FirstRunDialog(QDialog):
    """The first start: there is no account yet. Creates the owner (who can then create
    everyone else) and names the company for the letterheads. No default password exists."""

    logged_in = Signal(object)

    def __init__(self, ctx, settings=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.result_ctx = None
        self.prepare = None  # as in LoginDialog
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome"))
        title = QLabel(self.tr("Welcome to the Back-Office Suite"))
        title.setObjectName("appTitle")
        intro = QLabel(self.tr("This is the first start on this database. Create the owner's account: the owner "
                               "holds every right and creates the accounts of everyone else."))
        intro.setWordWrap(True)
        intro.setObjectName("subtitle")

        self.company = QLineEdit()
        self.company.setObjectName("company")
        self.company.setPlaceholderText(self.tr("as printed at the top of every report"))
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("for logging in, e.g. laowang"))
        self.display_name = QLineEdit()
        self.display_name.setObjectName("display_name")
        self.display_name.setPlaceholderText(self.tr("shown in the suite, e.g. 王经理"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("at least 8 characters"))
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors(form)
        for label, name, field in (
            (self.tr("Company name"), "name", self.company),
            (self.tr("User name"), "username", self.username),
            (self.tr("Your name"), "display_name", self.display_name),
            (self.tr("Password"), "password", self.password),
            (self.tr("Repeat the password"), "repeat", self.repeat),
        ):
            form.addRow(label, self.errors.add(name, field))
        self.ok, self.message = _frame(self, title, intro, form, self.tr("Create the owner account"), 520)
        self.company.setFocus()

    def submit(self) -> None:
        if self.prepare is not None and not self.prepare():
            return
        from suite.core import users

        self.errors.clear()
        self.message.hide()
        local = {}
        if not self.company.text().strip():
            local["name"] = self.tr("The company needs a name: it heads every printed report.")
        if self.password.text() != self.repeat.text():
            local["repeat"] = self.tr("The two passwords differ.")
        if local:
            self.errors.show(local)
            return
        username = self.username.text().strip()
        password = self.password.text()
        from PySide6.QtCore import Qt  # not before the window shows (see suite.ui.app)

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            users.create_owner(self.ctx, username, password, self.display_name.text().strip(),
                               company_name=self.company.text().strip())
            ctx = users.login(self.ctx, username, password)
        except ValidationError as exc:
            if not self.errors.show(exc.field_messages()):
                self.message.setText(str(exc))
                self.message.show()
            return
        except SuiteError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        remember_user(self.settings, username)
        self.result_ctx = ctx
        self.logged_in.emit(ctx)
        self.accept()
