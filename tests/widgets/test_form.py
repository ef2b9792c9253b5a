"""RecordForm: messages beside the fields (local checks and the service's), Ctrl+S and Esc,
and the conflict dialog on a concurrent edit with each of its three answers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from suite.core.customers import CustomerInput, PhoneInput, create_customer, get_customer, update_customer
from suite.plugin_api.errors import ValidationError
from suite.plugin_api.ui import ConflictDialog, FormField, RecordForm
from tests.widgets.conftest import show_active, type_text

KINDS = [("person", "Person"), ("company", "Company")]


def customer_fields() -> list[FormField]:
    return [
        FormField("name", "Name", required=True, max_length=120),
        FormField("kind", "Kind", "combo", required=True, choices=KINDS),
        FormField("phone", "Phone", error_keys=("phones",)),
        FormField("notes", "Notes", "text"),
    ]


def customer_form(qtbot, ctx, customer_id, fields=None) -> RecordForm:
    def load(key):
        c = get_customer(ctx, key)
        return {"name": c.name, "kind": c.kind, "phone": c.primary_phone, "notes": c.notes}, c.version

    def data(values) -> CustomerInput:
        phones = [PhoneInput(values["phone"], is_primary=True)] if values["phone"] else []
        return CustomerInput(values["name"], values["kind"], notes=values["notes"], phones=phones)

    def save(key, values, version):
        update_customer(ctx, key, data(values), expected_version=version)
        return key

    form = RecordForm(fields or customer_fields(), load=load, save=save, save_copy=lambda values: create_customer(ctx, data(values)),
                      key=customer_id, confirm_discard=False)
    qtbot.addWidget(form)
    show_active(qtbot, form)
    return form


def set_line(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.clear()
    type_text(widget, text)


def visible_error(form: RecordForm, name: str) -> str:
    label = form.findChild(QLabel, f"error_{name}")
    return label.text() if label.isVisible() else ""


def test_local_checks_put_messages_beside_the_fields_and_save_nothing(qtbot):
    calls = []
    fields = [
        FormField("name", "Name", required=True, max_length=5),
        FormField("price", "Price", "money", minimum=Decimal("0")),
        FormField("deposit", "Deposit", "money"),
        FormField("due", "Due", "date", required=False),
        FormField("buckets", "Buckets", "spin", minimum=1, maximum=99, suffix="buckets"),
        FormField("paid", "Paid", "check"),
        FormField("code", "Code", validate=lambda v: "Codes start with W." if v and not v.startswith("W") else None),
    ]
    form = RecordForm(fields, save=lambda key, values, version: calls.append(values) or 1)
    qtbot.addWidget(form)
    show_active(qtbot, form)
    qtbot.keyClicks(form.editor("price"), "12.5x")
    qtbot.keyClicks(form.editor("deposit"), "-3.333")
    qtbot.keyClicks(form.editor("code"), "A1")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert calls == []
    assert visible_error(form, "name") == "Please fill in Name."
    assert visible_error(form, "price") == "Enter an amount such as 12.50."
    assert visible_error(form, "deposit") == "An amount has at most two decimals (fen)."
    assert visible_error(form, "code") == "Codes start with W."
    assert visible_error(form, "due") == "" and visible_error(form, "paid") == ""
    assert form.focusWidget() is form.editor("name")  # the first wrong field gets the cursor

    qtbot.keyClicks(form.editor("name"), "toolong")
    form.editor("price").setText("-1")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert visible_error(form, "name") == "At most 5 characters."
    assert visible_error(form, "price") == "The amount cannot be below ¥0.00."

    form.editor("name").setText("水站")
    form.editor("price").setText("¥1,234.5")
    form.editor("deposit").setText("")
    form.editor("code").setText("W7")
    form.editor("buckets").setValue(3)
    form.editor("paid").setChecked(True)
    qtbot.keyClick(form.editor("name"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    assert calls == [{"name": "水站", "price": Decimal("1234.50"), "deposit": None, "due": None, "buckets": 3,
                      "paid": True, "code": "W7"}]
    assert all(visible_error(form, f.name) == "" for f in fields)


def test_service_messages_appear_beside_their_fields(qtbot, ctx):
    cid = create_customer(ctx, CustomerInput("李四", phones=["13900001111"]))
    fields = customer_fields()
    fields[0].required = False  # leave the name to the service's own check
    form = customer_form(qtbot, ctx, cid, fields)
    assert form.editor("name").text() == "李四"
    set_line(qtbot, form.editor("phone"), "电话号码")
    form.editor("name").clear()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "digits" in visible_error(form, "phone")  # from normalise_phone, via "phones"
    assert visible_error(form, "name") == "Enter the customer's name."
    assert get_customer(ctx, cid).name == "李四"  # nothing saved
    assert get_customer(ctx, cid).primary_phone == "13900001111"


def test_general_errors_go_to_the_banner(qtbot):
    def save(key, values, version):
        raise ValidationError("The office is closed for the day.", fields={"elsewhere": "Not on this form."})

    form = RecordForm([FormField("name", "Name")], save=save)
    qtbot.addWidget(form)
    show_active(qtbot, form)
    assert not form.save()
    assert "Not on this form." in form.banner.text()
    assert form.banner.isVisible()


def test_esc_cancels_and_asks_first_when_something_changed(qtbot, monkeypatch):
    form = RecordForm([FormField("name", "Name")], save=lambda *a: 1)
    qtbot.addWidget(form)
    show_active(qtbot, form)
    form.editor("name").setFocus()
    with qtbot.waitSignal(form.cancelled):
        qtbot.keyClick(form.editor("name"), Qt.Key.Key_Escape)
    qtbot.keyClicks(form.editor("name"), "x")
    asked = []
    monkeypatch.setattr(form, "_confirm_discard", lambda: asked.append(1) or False)
    with qtbot.assertNotEmitted(form.cancelled):
        qtbot.keyClick(form.editor("name"), Qt.Key.Key_Escape)
    assert asked == [1]
    monkeypatch.setattr(form, "_confirm_discard", lambda: True)
    with qtbot.waitSignal(form.cancelled):
        qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def two_editors(qtbot, ctx):
    cid = create_customer(ctx, CustomerInput("周记水站", phones=["13700002222"], notes="老客户"))
    first = customer_form(qtbot, ctx, cid)
    second = customer_form(qtbot, ctx, cid)
    first.editor("name").setText("周记水站（总店）")
    assert first.save()
    second.editor("notes").setPlainText("每周一送水")
    assert not second.save()
    dialog = second.conflict_dialog
    assert isinstance(dialog, ConflictDialog) and dialog.isVisible()
    return cid, first, second, dialog


def test_conflict_dialog_shows_both_versions(two_editors):
    _cid, _first, _second, dialog = two_editors
    rows = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
            for r in range(dialog.table.rowCount())}
    assert rows == {"Name": ("周记水站", "周记水站（总店）"), "Notes": ("每周一送水", "老客户")}
    assert "Nothing of yours was saved" in dialog.findChild(QLabel, "conflictMessage").text()
    assert dialog.cancel_button.isDefault()


def test_conflict_reload_discards_mine_and_shows_the_saved_version(qtbot, ctx, two_editors):
    cid, _first, second, dialog = two_editors
    with qtbot.waitSignal(second.reloaded):
        qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert second.editor("name").text() == "周记水站（总店）"
    assert second.editor("notes").toPlainText() == "老客户"
    assert not second.is_dirty()
    # the form now holds the new version: a further edit saves without a conflict
    second.editor("notes").setPlainText("每周一送水")
    assert second.save()
    saved = get_customer(ctx, cid)
    assert (saved.name, saved.notes) == ("周记水站（总店）", "每周一送水")


def test_conflict_save_as_copy_keeps_theirs_and_saves_mine_as_new(qtbot, ctx, two_editors):
    cid, _first, second, dialog = two_editors
    with qtbot.waitSignal(second.copied) as got:
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    new_id = got.args[0]
    assert new_id != cid and second.key == new_id
    original, copy = get_customer(ctx, cid), get_customer(ctx, new_id)
    assert (original.name, original.notes) == ("周记水站（总店）", "老客户")
    assert (copy.name, copy.notes, copy.primary_phone) == ("周记水站", "每周一送水", "13700002222")
    assert second.editor("notes").toPlainText() == "每周一送水" and not second.is_dirty()


def test_conflict_cancel_saves_nothing_and_keeps_my_typing(qtbot, ctx, two_editors):
    cid, _first, second, dialog = two_editors
    with qtbot.assertNotEmitted(second.saved):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice == "cancel" and second.conflict_dialog is None
    assert second.editor("notes").toPlainText() == "每周一送水"
    assert second.editor("name").text() == "周记水站"
    saved = get_customer(ctx, cid)
    assert (saved.name, saved.notes) == ("周记水站（总店）", "老客户")
    assert "Nothing was saved" in second.banner.text()


def test_dates_spins_and_defaults_round_trip(qtbot):
    fields = [FormField("hired", "Hired on", "date", required=True), FormField("n", "Minutes", "spin", default=30),
              FormField("kind", "Kind", "combo", choices=KINDS, default="company")]
    got = []
    form = RecordForm(fields, save=lambda key, values, version: got.append(values) or 5)
    qtbot.addWidget(form)
    form.set_values({"hired": dt.date(2025, 12, 31)}, version=3)
    assert form.version == 3 and not form.is_dirty()
    assert form.save() and form.key == 5
    assert got == [{"hired": dt.date(2025, 12, 31), "n": 30, "kind": "company"}]


def test_decimal_and_hours_fields_parse_check_and_round_trip(qtbot):
    fields = [FormField("weight", "Weight", "decimal", places=1, minimum=Decimal("0"), maximum=Decimal("999.9")),
              FormField("rate", "Rate", "decimal"),
              FormField("worked", "Worked", "hours", required=True)]
    got = []
    form = RecordForm(fields, save=lambda key, values, version: got.append(values) or 1)
    qtbot.addWidget(form)
    show_active(qtbot, form)
    assert form.editor("worked").alignment() & Qt.AlignmentFlag.AlignRight
    qtbot.keyClicks(form.editor("weight"), "12.55")
    qtbot.keyClicks(form.editor("rate"), "abc")
    qtbot.keyClicks(form.editor("worked"), "-2")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert got == []
    assert visible_error(form, "weight") == "At most 1 decimal(s)."
    assert visible_error(form, "rate") == "Enter a number such as 12.5."
    assert visible_error(form, "worked") == "The value cannot be below 0."
    form.editor("weight").setText("1000")
    form.editor("rate").setText("")
    form.editor("worked").setText("")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert visible_error(form, "weight") == "The value cannot be above 999.9."
    assert visible_error(form, "worked") == "Please fill in Worked."
    form.editor("weight").setText("125")
    form.editor("rate").setText("1,234.5")
    form.editor("worked").setText("7.5")
    assert form.save()
    assert got == [{"weight": Decimal("125.0"), "rate": Decimal("1234.50"), "worked": Decimal("7.5")}]
    form.set_values({"weight": Decimal("3"), "worked": Decimal("8")})
    assert form.editor("weight").text() == "3.0" and form.editor("worked").text() == "8.0"
