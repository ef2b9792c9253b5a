"""Users and roles: accounts (create, reset a password, lock / unlock, roles, staff link)
and the roles' permissions, named by the titles the plugins give them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from suite.core import permissions as P
from suite.core import staff as staff_svc
from suite.core import users as svc
from suite.core.lists import user_list
from suite.plugin_api.errors import ValidationError
from suite.plugin_api.i18n import text_of
from suite.ui.admin.common import FormDialog, button, button_row, call, confirm
from suite.ui.widgets import FormField, LazyTable, RecordForm


def role_label(role) -> str:
    return role.label


def _staff_choices(ctx, user_id: int | None = None) -> list[tuple[int, str]]:
    """Staff members without a login (plus the one linked to *user_id*)."""
    linked = {}
    if ctx.can(P.USERS_MANAGE):
        linked = {u.staff_id: u.id for u in svc.list_users(ctx) if u.staff_id}
    out = []
    for s in staff_svc.list_staff(ctx):
        owner = linked.get(s.id)
        if owner is None or owner == user_id:
            out.append((s.id, f"{s.name} · {s.department}" if s.department else s.name))
    return out


class NewUserDialog(FormDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__("", parent, name="newUserDialog", width=480)
        self.setWindowTitle(self.tr("New user"))
        self.ctx = ctx
        roles = [(r.code or r.name, role_label(r)) for r in svc.list_roles(ctx)
                 if r.code != "owner" or ctx.user.is_owner]
        fields = [
            FormField("username", self.tr("User name"), required=True, max_length=64,
                      placeholder=self.tr("for logging in, e.g. xiaowang")),
            FormField("display_name", self.tr("Display name"), max_length=100),
            FormField("password", self.tr("Password"), required=True, placeholder=self.tr("at least 8 characters")),
            FormField("repeat", self.tr("Repeat the password"), required=True),
            FormField("role", self.tr("Role"), "combo", required=True, choices=roles, default="clerk",
                      error_keys=("roles",)),
            FormField("staff_id", self.tr("Staff member"), "combo", choices=_staff_choices(ctx),
                      help=self.tr("Links the login to a person, for the staff's own figures.")),
        ]
        form = RecordForm(fields, save=self._save, parent=self)
        for name in ("password", "repeat"):
            form.editor(name).setEchoMode(QLineEdit.EchoMode.Password)
        self.set_form(form)

    def _save(self, _key, values, _version):
        if values["password"] != values["repeat"]:
            raise ValidationError(fields={"repeat": self.tr("The two passwords differ.")})
        return svc.create_user(self.ctx, values["username"], values["password"], display_name=values["display_name"],
                               roles=(values["role"],), staff_id=values["staff_id"])


class PasswordDialog(FormDialog):
    def __init__(self, ctx, user, parent: QWidget | None = None) -> None:
        super().__init__("", parent, name="passwordDialog", width=420)
        self.setWindowTitle(self.tr("Reset the password of {user}").format(user=user.username))
        self.ctx = ctx
        self.user = user
        note = QLabel(self.tr("The new password works at once; a lockout after wrong passwords is lifted. "
                              "Tell the person the new password in private."))
        note.setWordWrap(True)
        note.setObjectName("subtitle")
        self.layout_.addWidget(note)
        form = RecordForm([
            FormField("password", self.tr("New password"), required=True, error_keys=("new_password",)),
            FormField("repeat", self.tr("Repeat the password"), required=True),
        ], save=self._save, key=user.id, parent=self)
        for name in ("password", "repeat"):
            form.editor(name).setEchoMode(QLineEdit.EchoMode.Password)
        self.set_form(form)

    def _save(self, key, values, _version):
        if values["password"] != values["repeat"]:
            raise ValidationError(fields={"repeat": self.tr("The two passwords differ.")})
        svc.set_password(self.ctx, values["password"], user_id=key)
        return key


class EditUserDialog(FormDialog):
    """Display name and linked staff member."""

    def __init__(self, ctx, user, parent: QWidget | None = None) -> None:
        super().__init__("", parent, name="editUserDialog", width=440)
        self.setWindowTitle(self.tr("Edit user {user}").format(user=user.username))
        self.ctx = ctx
        form = RecordForm([
            FormField("display_name", self.tr("Display name"), max_length=100),
            FormField("staff_id", self.tr("Staff member"), "combo", choices=_staff_choices(ctx, user.id),
                      error_keys=("staff_id",)),
        ], save=self._save, load=self._load, key=user.id, parent=self)
        self.set_form(form)

    def _load(self, key):
        user = next(u for u in svc.list_users(self.ctx) if u.id == key)
        return {"display_name": user.display_name, "staff_id": user.staff_id}, user.version

    def _save(self, key, values, version):
        svc.update_user(self.ctx, key, display_name=values["display_name"], staff_id=values["staff_id"],
                        expected_version=version)
        return key


class UserRolesDialog(QDialog):
    """Tick the roles a user holds."""

    def __init__(self, ctx, user, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userRolesDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(self.tr("Roles of {user}").format(user=user.display_name or user.username))
        self.ctx, self.user = ctx, user
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("A user holds every permission of every role ticked.")))
        for role in svc.list_roles(ctx):
            key = role.code or role.name
            box = QCheckBox(role_label(role))
            box.setObjectName(f"role_{key}")
            box.setChecked(key in user.roles)
            if role.code == "owner" and not ctx.user.is_owner:
                box.setEnabled(False)
            self.boxes[key] = box
            layout.addWidget(box)
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)

    def chosen(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def save(self) -> bool:
        from suite.plugin_api.errors import SuiteError

        try:
            svc.set_user_roles(self.ctx, self.user.id, self.chosen(), expected_version=self.user.version)
        except ValidationError as exc:
            self.message.setText("\n".join(exc.field_messages().values()) or str(exc))
            self.message.show()
            return False
        except SuiteError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return False
        self.accept()
        return True


class RoleEditor(QWidget):
    """A role's name, description and permissions (grouped by the plugin that declares them)."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roleEditor")
        self.ctx = ctx
        self.role = None
        self.name = QLineEdit()
        self.name.setObjectName("roleName")
        self.description = QPlainTextEdit()
        self.description.setObjectName("roleDescription")
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 2 + 16)
        self.note = QLabel()
        self.note.setObjectName("info")
        self.note.setWordWrap(True)
        self.note.hide()
        self.tree = QTreeWidget()
        self.tree.setObjectName("rolePermissions")
        self.tree.setHeaderLabels([self.tr("Permission"), self.tr("Code")])
        self.tree.setColumnWidth(0, 340)
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.save_button = button(self.tr("Save role"), self.save, shortcut="Ctrl+S", name="saveRole")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Description"), self.description)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)
        layout.addLayout(button_row(None, self.save_button))
        self.items: dict[str, QTreeWidgetItem] = {}
        self._build_tree()

    def _build_tree(self) -> None:
        host = self.ctx.host
        groups: dict[str, QTreeWidgetItem] = {}
        for perm in host.permissions():
            plugin = host.plugins.get(perm.plugin)
            title = plugin.title if plugin is not None else perm.plugin
            if perm.plugin == "core":
                title = self.tr("Core: customers, staff, administration")
            group = groups.get(perm.plugin)
            if group is None:
                group = QTreeWidgetItem([title, ""])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self.tree.addTopLevelItem(group)
                groups[perm.plugin] = group
            item = QTreeWidgetItem([text_of(perm.title), perm.id])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            if perm.description:
                item.setToolTip(0, text_of(perm.description))
            group.addChild(item)
            self.items[perm.id] = item
        self.tree.expandAll()

    def show_role(self, role) -> None:
        self.role = role
        self.message.hide()
        self.name.setText(role_label(role) if role else "")
        self.description.setPlainText(role.description if role else "")
        owner = role is not None and role.code == "owner"
        granted = set(role.permissions) if role else set()
        for perm_id, item in self.items.items():
            item.setCheckState(0, Qt.CheckState.Checked if owner or perm_id in granted else Qt.CheckState.Unchecked)
        for widget in (self.name, self.description, self.tree, self.save_button):
            widget.setEnabled(not owner)
        self.note.setText(self.tr("The owner role always holds every permission and cannot be changed.") if owner
                          else self.tr("Built-in role: you may change its permissions and its name.")
                          if role is not None and role.builtin else "")
        self.note.setVisible(bool(self.note.text()))

    def chosen(self) -> list[str]:
        return [perm_id for perm_id, item in self.items.items() if item.checkState(0) == Qt.CheckState.Checked]

    def save(self) -> int | None:
        from suite.plugin_api.errors import SuiteError

        role = self.role
        name = self.name.text().strip()
        if role is not None and role.builtin and name == role_label(role):
            name = role.name  # keep the code-name, so the label follows the language
        try:
            role_id = svc.save_role(
                self.ctx, role_id=role.id if role else None, name=name, permissions=self.chosen(),
                description=self.description.toPlainText().strip(),
                expected_version=role.version if role else None, known_permissions=list(self.items),
            )
        except ValidationError as exc:
            self.message.setText("\n".join(exc.field_messages().values()) or str(exc))
            self.message.show()
            return None
        except SuiteError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return None
        self.message.hide()
        return role_id


class UsersPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersPage")
        self.ctx = ctx
        self.dialog = None

        self.table = LazyTable(ctx, user_list(ctx), self)
        self.table.setObjectName("usersTable")
        self.table.currentKeyChanged.connect(lambda _k: self._update_buttons())
        self.table.activated.connect(lambda _k: self.edit_roles())
        self.new_button = button(self.tr("New user"), self.new_user, shortcut="Ctrl+N", name="newUser")
        self.edit_button = button(self.tr("Edit"), self.edit_user, name="editUser")
        self.roles_button = button(self.tr("Roles…"), self.edit_roles, name="userRoles")
        self.password_button = button(self.tr("Reset password…"), self.reset_password, name="resetPassword")
        self.lock_button = button(self.tr("Lock"), self.toggle_lock, name="lockUser")
        users_tab = QWidget()
        ul = QVBoxLayout(users_tab)
        ul.addLayout(button_row(self.new_button, self.edit_button, self.roles_button, self.password_button,
                                self.lock_button, None))
        ul.addWidget(self.table, 1)

        self.role_list = QListWidget()
        self.role_list.setObjectName("roleList")
        self.role_list.currentRowChanged.connect(self._role_chosen)
        self.new_role_button = button(self.tr("New role"), self.new_role, name="newRole")
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.role_list, 1)
        ll.addLayout(button_row(self.new_role_button, None))
        self.role_editor = RoleEditor(ctx)
        self.role_editor.save_button.clicked.disconnect()
        self.role_editor.save_button.clicked.connect(self.save_role)
        roles_tab = QSplitter(Qt.Orientation.Horizontal)
        roles_tab.addWidget(left)
        roles_tab.addWidget(self.role_editor)
        roles_tab.setStretchFactor(1, 1)
        roles_tab.setSizes([220, 700])
        roles_wrap = QWidget()
        rl = QVBoxLayout(roles_wrap)
        rl.addWidget(roles_tab)

        self.tabs = QTabWidget()
        self.tabs.addTab(users_tab, self.tr("Users"))
        self.tabs.addTab(roles_wrap, self.tr("Roles and permissions"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.tabs)
        self.load_roles()
        self._update_buttons()

    # ------------------------------------------------------------------ users

    def refresh(self) -> None:
        self.table.refresh()
        self.load_roles()

    def open_key(self, key) -> None:
        self.tabs.setCurrentIndex(0)
        self.table.select_key(key)

    def current_user(self):
        key = self.table.current_key()
        if key is None:
            return None
        ok, users = call(self, lambda: svc.list_users(self.ctx))
        return next((u for u in users if u.id == key), None) if ok else None

    def _update_buttons(self) -> None:
        user = self.current_user()
        for b in (self.edit_button, self.roles_button, self.password_button, self.lock_button):
            b.setEnabled(user is not None)
        self.lock_button.setText(self.tr("Unlock") if user is not None and (not user.active or user.is_locked(self.ctx.now()))
                                 else self.tr("Lock"))

    def _after(self, key=None) -> None:
        key = key if key is not None else self.table.current_key()
        self.table.refresh()
        if key is not None:
            self.table.select_key(key)
        self._update_buttons()

    def _show(self, dialog):
        self.dialog = dialog
        if hasattr(dialog, "form") and dialog.form is not None:
            dialog.form.saved.connect(self._after)
        else:
            dialog.accepted.connect(lambda: self._after())
        dialog.open()
        return dialog

    def new_user(self):
        ok, dialog = call(self, lambda: NewUserDialog(self.ctx, self))
        return self._show(dialog) if ok else None

    def edit_user(self):
        user = self.current_user()
        return self._show(EditUserDialog(self.ctx, user, self)) if user else None

    def edit_roles(self):
        user = self.current_user()
        return self._show(UserRolesDialog(self.ctx, user, self)) if user else None

    def reset_password(self):
        user = self.current_user()
        return self._show(PasswordDialog(self.ctx, user, self)) if user else None

    def toggle_lock(self):
        user = self.current_user()
        if user is None:
            return None
        if not user.active or user.is_locked(self.ctx.now()):
            ok, _ = call(self, lambda: svc.set_locked(self.ctx, user.id, False, expected_version=user.version))
            if ok:
                self._after(user.id)
            return None

        def lock() -> None:
            ok, _ = call(self, lambda: svc.set_locked(self.ctx, user.id, True, expected_version=user.version))
            if ok:
                self._after(user.id)

        return confirm(self, self.tr("Lock account"),
                       self.tr("Lock the account \u201c{user}\u201d?").format(user=user.username),
                       self.tr("Lock"), lock,
                       details=self.tr("The person can no longer log in until the account is unlocked. "
                                       "Nothing they recorded is changed."))

    # ------------------------------------------------------------------ roles

    def load_roles(self, select_id: int | None = None) -> None:
        ok, roles = call(self, lambda: svc.list_roles(self.ctx))
        if not ok:
            return
        self.roles = roles
        current = select_id if select_id is not None else (self.role_editor.role.id if self.role_editor.role else None)
        self.role_list.blockSignals(True)
        self.role_list.clear()
        row = 0
        for i, role in enumerate(roles):
            item = QListWidgetItem(role_label(role))
            item.setData(Qt.ItemDataRole.UserRole, role.id)
            self.role_list.addItem(item)
            if role.id == current:
                row = i
        self.role_list.blockSignals(False)
        if roles:
            self.role_list.setCurrentRow(row)
            self._role_chosen(row)

    def _role_chosen(self, row: int) -> None:
        if 0 <= row < len(getattr(self, "roles", [])):
            self.role_editor.show_role(self.roles[row])

    def new_role(self) -> None:
        self.role_list.clearSelection()
        self.role_editor.show_role(None)
        self.role_editor.name.setFocus()

    def save_role(self) -> None:
        role_id = self.role_editor.save()
        if role_id is not None:
            self.load_roles(role_id)
            self.ctx.notify(self.tr("Role saved."))
