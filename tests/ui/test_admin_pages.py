"""The administration pages, driven as a user would: every change goes through a service,
bad input is explained beside its field and saves nothing, destructive steps are confirmed."""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from suite.core import customers, users
from tests.ui.conftest import settle, top_levels


def _yes(box):
    box.findChild(QPushButton, "confirmYes").click()


def _no(box):
    box.findChild(QPushButton, "confirmNo").click()


# ---------------------------------------------------------------------------- customers


def test_customers_create_with_phones_refuse_bad_input_and_archive_after_confirming(owner_window, runtime, qtbot):
    page = owner_window.open_page("core.customers")
    dialog = page.new()
    form = dialog.form
    form.editor("name").setText("张三")
    dialog.phones.table.item(0, 0).setText("138-0013-80xx")
    assert not form.save()
    assert "phone number" in form.banner.text()
    assert customers.search_customers(runtime.ctx, "张三") == []  # nothing saved
    dialog.phones.table.item(0, 0).setText("+86 138 0013 8000")
    dialog.addresses.add_row("东风路188号", "家", True)
    assert form.save()
    settle(qtbot)
    found = customers.search_customers(runtime.ctx, "张三")
    assert len(found) == 1 and found[0].primary_phone == "13800138000"
    assert found[0].default_address.address == "东风路188号"
    assert page.current.id == found[0].id and page.detail.heading.text() == "张三"
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed on save

    # archiving asks first; No changes nothing
    box = page.toggle_archive()
    assert "张三" in box.text()
    _no(box)
    assert not customers.get_customer(runtime.ctx, found[0].id).archived
    box = page.toggle_archive()
    _yes(box)
    settle(qtbot)
    assert customers.get_customer(runtime.ctx, found[0].id).archived
    assert page.archive_button.text() == "Restore"


def test_the_customer_form_reads_full_width_digits_as_an_input_method_types_them(owner_window, runtime, qtbot):
    """Issue 12 §1: ＋８６ １３９－… typed in the customer form is saved as digits, not refused
    with "only digits"; a second phone added on edit too."""
    page = owner_window.open_page("core.customers")
    dialog = page.new()
    form = dialog.form
    form.editor("name").setText("全角客户")
    dialog.phones.table.item(0, 0).setText("＋８６ １３９－００１３－９０００")
    dialog.addresses.add_row("东风路1号", "", True)
    assert form.save(), form.banner.text()
    settle(qtbot)
    found = customers.search_customers(runtime.ctx, "全角客户")
    assert len(found) == 1 and found[0].primary_phone == "13900139000"
    dialog = page.edit(found[0].id)
    dialog.phones.add_row("１３７　０００１　２３４５")  # an ideographic space between the groups
    assert dialog.form.save(), dialog.form.banner.text()
    settle(qtbot)
    phones = [p.phone for p in customers.get_customer(runtime.ctx, found[0].id).phones]
    assert phones == ["13900139000", "13700012345"]


def test_customer_phone_numbers_are_masked_for_a_role_without_the_right(runtime, make_window, qtbot):
    from suite.core import permissions as P
    from suite.core.users import list_roles, save_role

    cid = customers.create_customer(runtime.ctx, customers.CustomerInput("李四", phones=["13911112222"],
                                                                         addresses=["解放北路12号3单元"]))
    # a role that may see customers but not their personal data
    role_id = save_role(runtime.ctx, name="前台", permissions=[P.CUSTOMERS_VIEW])
    assert role_id in {r.id for r in list_roles(runtime.ctx)}
    window = make_window("前台")
    page = window.open_page("core.customers")
    window.open_page("core.customers", cid)
    settle(qtbot)
    labels = " ".join(w.text() for w in page.detail.body.findChildren(type(page.detail.heading)))
    assert "139****2222" in labels and "13911112222" not in labels
    assert "masked" in labels
    assert not page.new_button.isVisible() and not page.edit_button.isVisible()
    assert page.edit(cid) is None


# ---------------------------------------------------------------------------- users and roles


def test_users_create_reset_password_and_lock(owner_window, runtime, qtbot):
    page = owner_window.open_page("core.users")
    dialog = page.new_user()
    form = dialog.form
    form.editor("username").setText("xiaowang")
    form.editor("password").setText("secret-pass-1")
    form.editor("repeat").setText("secret-pass-2")
    assert not form.save()
    assert "differ" in form.error_text("repeat")
    form.editor("repeat").setText("secret-pass-1")
    form.editor("role").setCurrentIndex(form.editor("role").findData("dispatcher"))
    assert form.save()
    settle(qtbot)
    ctx = users.login(runtime.ctx, "xiaowang", "secret-pass-1")
    assert ctx.user.roles == ("dispatcher",)

    assert page.table.select_key(ctx.user.id)
    dialog = page.reset_password()
    dialog.form.editor("password").setText("short")
    dialog.form.editor("repeat").setText("short")
    assert not dialog.form.save()
    assert "8" in dialog.form.error_text("password")
    dialog.form.editor("password").setText("new-password-9")
    dialog.form.editor("repeat").setText("new-password-9")
    assert dialog.form.save()
    users.login(runtime.ctx, "xiaowang", "new-password-9")

    page.table.select_key(ctx.user.id)
    box = page.toggle_lock()
    assert "xiaowang" in box.text()
    _yes(box)
    settle(qtbot)
    with pytest.raises(Exception, match="disabled"):
        users.login(runtime.ctx, "xiaowang", "new-password-9")
    page.table.select_key(ctx.user.id)
    page._update_buttons()
    assert page.lock_button.text() == "Unlock"
    page.toggle_lock()
    users.login(runtime.ctx, "xiaowang", "new-password-9")


def test_role_permissions_are_edited_with_their_titles(owner_window, runtime, qtbot):
    page = owner_window.open_page("core.users")
    page.tabs.setCurrentIndex(1)
    clerk_row = next(i for i, r in enumerate(page.roles) if r.code == "clerk")
    page.role_list.setCurrentRow(clerk_row)
    editor = page.role_editor
    assert editor.name.text() == "Order clerk / customer service"
    item = editor.items["customers.export"]
    assert item.text(0) == "Export customer lists"
    assert item.checkState(0) == Qt.CheckState.Unchecked
    item.setCheckState(0, Qt.CheckState.Checked)
    page.save_role()
    clerk = next(r for r in users.list_roles(runtime.ctx) if r.code == "clerk")
    assert "customers.export" in clerk.permissions
    assert clerk.name == "clerk"  # the built-in name stays, so it follows the language
    # the owner role cannot be edited
    owner_row = next(i for i, r in enumerate(page.roles) if r.code == "owner")
    page.role_list.setCurrentRow(owner_row)
    assert not editor.save_button.isEnabled() and editor.note.isVisible()


# ---------------------------------------------------------------------------- staff, company, audit


def test_staff_and_departments(owner_window, runtime, qtbot):
    from suite.core import staff

    page = owner_window.open_page("core.staff")
    dialog = page.new()
    dialog.form.editor("name").setText("刘师傅")
    dialog.form.editor("phone").setText("电话")
    assert not dialog.form.save()
    assert "digits" in dialog.form.error_text("phone")
    dialog.form.editor("phone").setText("13512345678")
    combo = dialog.form.editor("department_id")
    combo.setCurrentIndex(combo.findText("Delivery"))
    assert dialog.form.save()
    settle(qtbot)
    person = next(s for s in staff.list_staff(runtime.ctx) if s.name == "刘师傅")
    assert person.department_code == "delivery" and person.phone == "13512345678"
    # edit the existing record: the form opens on the saved values
    assert page.table.select_key(person.id)
    dialog = page.edit()
    assert dialog.form.editor("name").text() == "刘师傅"
    dialog.form.editor("position").setText("配送组长")
    assert dialog.form.save()
    assert staff.get_staff(runtime.ctx, person.id).position == "配送组长"

    page.tabs.setCurrentIndex(1)
    dialog = page.add_department()
    dialog.form.editor("name").setText("洗碗间")
    assert dialog.form.save()
    row = next(i for i, d in enumerate(page.department_items) if d.name == "洗碗间")
    page.departments.selectRow(row)
    _yes(page.toggle_department())
    assert next(d for d in staff.list_departments(runtime.ctx, include_archived=True) if d.name == "洗碗间").archived


def test_company_details_and_logo(owner_window, runtime, qtbot, tmp_path):
    from PySide6.QtGui import QImage

    from suite.core.company import get_company

    page = owner_window.open_page("core.company")
    page.form.editor("name").setText("")
    assert not page.form.save()
    assert page.form.error_text("name")
    page.form.editor("name").setText("清泉小馆")
    page.form.editor("address").setText("东风路188号")
    logo = tmp_path / "logo.png"
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkBlue)
    image.save(str(logo))
    page.set_logo_file(logo)
    assert page.preview.pixmap() is not None and not page.preview.pixmap().isNull()
    assert page.form.save()
    company = get_company(runtime.ctx)
    assert company.name == "清泉小馆" and company.address == "东风路188号"
    assert company.logo == logo.read_bytes()
    # a file that is not a picture is refused beside nothing saved
    bad = tmp_path / "notes.png"
    bad.write_bytes(b"hello")
    page.set_logo_file(bad)
    assert not page.form.save()
    assert "PNG or JPEG" in page.form.banner.text()
    assert get_company(runtime.ctx).logo == logo.read_bytes()


def test_audit_log_filters_by_user_and_table_and_is_read_only(owner_window, runtime, qtbot, suite_login):
    from suite.core import staff

    manager = suite_login("manager", username="audited")
    staff.save_staff(manager, name="审计员工")
    page = owner_window.open_page("core.audit")
    page.refresh()
    page.user.setCurrentIndex(page.user.findData("audited"))
    page.table_name.setCurrentIndex(page.table_name.findData("core_staff"))
    settle(qtbot)
    model = page.list.model
    assert model.rowCount() >= 1  # one line per field the new staff member was written with
    for row in range(model.rowCount()):
        values = model.row_values(row)
        assert values["username"] == "audited" and values["table_name"] == "Staff member"
    assert not page.splitter.detail_shown()  # no line chosen: the list has the room
    page.list.view.selectRow(0)
    assert page.splitter.detail_shown()
    assert "审计员工" in page.details.toPlainText()
    assert "Staff member" in page.details.toPlainText() and "core_staff" not in page.details.toPlainText()
    assert page.details.isReadOnly()
    # a date range that excludes today finds nothing
    page.use_dates.setChecked(True)
    yesterday = runtime.ctx.today() - dt.timedelta(days=2)
    page.dates.set_range(yesterday, yesterday)
    settle(qtbot)
    assert model.rowCount() == 0


# ---------------------------------------------------------------------------- backup


def test_backup_now_then_restore_after_a_confirmation_naming_the_file(owner_window, runtime, qtbot):
    if not runtime.db.is_sqlite:
        pytest.skip("PostgreSQL is backed up with pg_dump")
    page = owner_window.open_page("core.backup")
    page.backup_now()
    qtbot.waitUntil(lambda: page.backup_button.isEnabled(), timeout=10_000)
    assert page.items and page.items[0].kind == "manual"
    assert "Last backup" in page.summary.text()
    backup_file = page.items[0].path
    # the office's clock (Asia/Shanghai), like every other page, in the table and the file name
    office_time = page.ctx.to_local(page.items[0].taken_at)
    assert page.table.item(0, 0).text() == office_time.strftime("%Y-%m-%d %H:%M")
    assert office_time.strftime("%Y%m%d-%H%M") in backup_file.name
    assert office_time.strftime("%Y-%m-%d %H:%M") in page.summary.text()

    cid = customers.create_customer(runtime.ctx, customers.CustomerInput("备份后的客户"))
    page.table.selectRow(0)
    box = page.restore_selected()
    assert backup_file.name in box.text()
    assert "Replace the whole database" in box.text()
    assert str(runtime.db.sqlite_path) in box.informativeText()
    _no(box)
    assert customers.get_customer(runtime.ctx, cid).name == "备份后的客户"  # nothing replaced

    page.table.selectRow(0)
    box = page.restore_selected()
    _yes(box)
    done = [b for b in top_levels(QMessageBox) if b.objectName() == "suiteMessage"]
    assert done and "restored" in done[0].text()
    assert customers.search_customers(runtime.ctx, "备份后的客户") == []
    assert any(b.kind == "replaced" for b in page.items)
    owner_window.switching = True
    done[0].button(QMessageBox.StandardButton.Ok).click()  # the suite closes
    assert not owner_window.isVisible()


def test_backup_page_on_postgresql_shows_the_pg_dump_instructions(owner_window, runtime, qtbot):
    if runtime.db.is_sqlite:
        pytest.skip("runs on PostgreSQL only")
    from PySide6.QtWidgets import QPlainTextEdit

    page = owner_window.open_page("core.backup")
    box = page.findChild(QPlainTextEdit, "postgresInstructions")
    assert "pg_dump" in box.toPlainText() and "pg_restore" in box.toPlainText()
