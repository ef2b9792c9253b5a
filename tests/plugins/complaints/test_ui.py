"""The complaint pages driven as a user would: record a complaint, step through a case, meet
the conflict dialog, edit settings, print the report, answer a survey, get a reminder."""

from __future__ import annotations

import datetime as dt
import subprocess
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from suite.plugin_api.ui import wait_for_workers
from suite_plugins.complaints.models import Complaint
from suite_plugins.complaints.services import handling, policies, surveys
from tests.plugins.complaints.conftest import local


@pytest.fixture(autouse=True)
def _no_reminder_timers():
    yield
    from suite_plugins.complaints.ui import reminders

    reminders.stop_all()


def settle(qtbot, ms: int = 50):
    wait_for_workers(10_000)
    qtbot.wait(ms)
    wait_for_workers(10_000)


def row(ctx, cid) -> Complaint:
    with ctx.read() as s:
        found = s.get(Complaint, cid)
        s.expunge(found)
        return found


@pytest.fixture
def page(qtbot, clerk):
    from suite_plugins.complaints.ui.page import ComplaintsPage

    widget = ComplaintsPage(clerk)
    qtbot.addWidget(widget)
    widget.resize(1400, 850)
    widget.show()
    settle(qtbot)
    return widget


def test_recording_a_complaint_through_the_intake_dialog(qtbot, page, clerk, customer, staff):
    dialog = page.new_complaint()
    dialog.customer_search.setText("王芳")
    dialog.search_customers()
    assert dialog.customer.currentData() == customer
    dialog.category.setCurrentIndex(dialog.category.findData("spoiled_illness"))
    assert dialog.severity.currentData() == "urgent"  # suggested from the category
    assert "Urgent" in dialog.severity_hint.text()
    # nothing described yet: the message sits beside the field and nothing is saved
    dialog.submit()
    assert dialog.isVisible() and not dialog.errors["description"].isHidden()
    dialog.description.setPlainText("吃了凉菜后腹泻")
    dialog.staff["cook"].setCurrentIndex(dialog.staff["cook"].findData(staff["cook"]))
    dialog.submit()
    settle(qtbot)
    assert dialog.complaint_id is not None
    c = row(clerk, dialog.complaint_id)
    assert (c.category, c.severity, c.cook_staff_id) == ("spoiled_illness", "urgent", staff["cook"])
    assert page.panel.case is not None and page.panel.case.id == c.id
    assert page.panel.number.text() == c.number
    assert page.badges["open"].text().endswith("1")


def test_a_bad_intake_time_is_explained(qtbot, page, customer):
    dialog = page.new_complaint(customer_id=customer)
    dialog.category.setCurrentIndex(1)
    dialog.description.setPlainText("x")
    dialog.received.setText("yesterday")
    dialog.submit()
    assert dialog.complaint_id is None and not dialog.errors["received_at"].isHidden()
    dialog.reject()


def test_stepping_through_a_case_from_the_panel(qtbot, page, intake, clerk, clock):
    cid = intake("delivery_delay")
    page.refresh()
    settle(qtbot)
    page.open_key(cid)
    panel = page.panel
    assert panel.buttons["first_contact"].isEnabled() and not panel.buttons["resolve"].isEnabled()
    assert not panel.buttons["close"].isEnabled()
    stages = [panel.stages.item(r, 0).text() for r in range(panel.stages.rowCount())]
    assert stages == ["First contact", "Proposed solution", "Resolved"]
    clock.advance(minutes=10)
    panel.buttons["first_contact"].click()
    dialog = panel.dialog
    dialog.form.editor("note").setPlainText("已致歉")
    dialog.form.save_button.click()
    settle(qtbot)
    assert row(clerk, cid).first_contact_at is not None
    assert panel.stages.item(0, 4).text() == "done in time"
    # a resolution typed before the intake is refused beside the field
    panel.buttons["resolve"].click()
    dialog = panel.dialog
    dialog.form.editor("resolution").setPlainText("已赠券")
    dialog.form.editor("resolved_at").setText("2026-03-01 08:00")
    dialog.form.save_button.click()
    settle(qtbot)
    assert dialog.isVisible() and "received" in dialog.form.error_text("resolved_at")
    dialog.form.editor("resolved_at").setText(clock.now.astimezone(local(2026, 1, 1).tzinfo).strftime("%Y-%m-%d %H:%M"))
    dialog.form.save_button.click()
    settle(qtbot)
    assert row(clerk, cid).status == "resolved"
    assert panel.buttons["followup"].isEnabled() and not panel.buttons["close"].isEnabled()
    assert [panel.timeline.item(r, 1).text() for r in range(panel.timeline.rowCount())][:2] == \
        ["Resolved", "First contact with the customer"]


def test_two_users_editing_one_case_meet_the_conflict_dialog(qtbot, page, intake, clerk, login):
    from suite.plugin_api.ui import ConflictDialog

    cid = intake()
    page.refresh()
    settle(qtbot)
    page.open_key(cid)
    page.panel.edit()
    dialog = page.panel.edit_dialog
    form = dialog.form
    other = login("clerk", staff_key="cs2")
    shown = row(clerk, cid).version
    handling.update_complaint(other, cid, expected_version=shown, description="另一位客服改过的描述")
    form.editor("description").setPlainText("我改的描述")
    form.save()
    conflict = form.conflict_dialog
    assert isinstance(conflict, ConflictDialog) and conflict.isVisible()
    rows = {conflict.table.item(r, 0).text(): (conflict.table.item(r, 1).text(), conflict.table.item(r, 2).text())
            for r in range(conflict.table.rowCount())}
    assert rows["Description"] == ("我改的描述", "另一位客服改过的描述")
    assert row(clerk, cid).description == "另一位客服改过的描述"  # nothing of mine was saved
    conflict.reload_button.click()
    assert form.editor("description").toPlainText() == "另一位客服改过的描述"
    form.editor("category").setCurrentIndex(form.editor("category").findData("foreign_object"))
    assert form.save()
    assert row(clerk, cid).category == "foreign_object"


def test_a_manager_approves_compensation_in_the_panel(qtbot, intake, clerk, manager, make_order, customer):
    from suite_plugins.complaints.services import compensation
    from suite_plugins.complaints.ui.page import ComplaintsPage

    cid = intake("wrong_item", order_id=make_order(customer, "30.00"))
    handling.log_first_contact(clerk, cid)
    compensation.record_action(clerk, cid, "refund", amount="45", note="含配送费")
    widget = ComplaintsPage(manager)
    qtbot.addWidget(widget)
    widget.show()
    settle(qtbot)
    assert widget.badges["approval"].text().endswith("1")
    widget.open_key(cid)
    panel = widget.panel
    panel.tabs.setCurrentIndex(1)
    panel.actions.selectRow(0)
    assert panel.approve_button.isEnabled()
    panel.approve_button.click()
    dialog = panel.dialog
    dialog.form.save_button.click()  # no note: refused, the refund exceeds the order
    assert dialog.isVisible() and dialog.form.error_text("note")
    dialog.form.editor("note").setPlainText("同意")
    dialog.form.save_button.click()
    settle(qtbot)
    assert not row(manager, cid).approval_pending


def test_the_reminder_is_announced_once(qtbot, intake, clerk, clock):
    from suite_plugins.complaints.ui.reminders import ensure_watcher

    shown: list[tuple[str, str]] = []
    ctx = clerk.__class__(**{**clerk.__dict__, "notify_sink": lambda text, level: shown.append((text, level))})
    intake("spoiled_illness")  # first contact due 09:30
    clock.set(local(2026, 3, 2, 9, 16))
    watcher = ensure_watcher(ctx)
    settle(qtbot)
    watcher.check()
    settle(qtbot)
    assert len(shown) == 1 and "09:30" in shown[0][0] and shown[0][1] == "warning"


def test_statistics_page_shows_the_month_and_prints_the_report(qtbot, intake, clerk, manager, clock, tmp_path):
    from suite_plugins.complaints.ui.statistics import StatisticsPage

    cid = intake("delivery_delay")
    handling.log_first_contact(clerk, cid)
    page = StatisticsPage(manager)
    qtbot.addWidget(page)
    page.month.set_month(2026, 3)
    settle(qtbot)
    assert page.kpi["total"].text() == "1"
    assert page.by_category.item(0, 0).text() == "Delivery delay"
    # the figures of the board line up on the right (the shared formatter's number_item)
    right = Qt.AlignmentFlag.AlignRight
    assert page.by_category.item(0, 1).text() == "1"
    assert int(page.by_category.item(0, 1).textAlignment()) & int(right)
    assert int(page.stages.item(0, 1).textAlignment()) & int(right)
    page.measures.setPlainText("雨天提前派单")
    assert page.save_measures()
    page.whole_year.setChecked(True)
    settle(qtbot)
    assert page.measures.isHidden()
    page.whole_year.setChecked(False)
    settle(qtbot)
    assert page.measures.toPlainText() == "雨天提前派单"
    out = tmp_path / "report.pdf"
    page.print_to(out)
    settle(qtbot, 200)
    assert page.last_pdf == out
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert "After-sales analysis report (month)" in text and "雨天提前派单" in text


def test_settings_page_saves_policies_and_office_hours(qtbot, manager):
    from suite.plugin_api import ValidationError
    from suite_plugins.complaints.ui.settings import ComplaintSettings

    page = ComplaintSettings(manager)
    qtbot.addWidget(page)
    page.policy_edits["general"]["first_contact"].setValue(45)
    page.policy_mode["general"].setCurrentIndex(0)
    page.weekdays[6].setChecked(False)  # closed on Sunday
    page.day_open[5].setTime(page.day_open[5].time().fromString("09:00", "HH:mm"))
    page.day_close[5].setTime(page.day_close[5].time().fromString("00:00", "HH:mm"))  # until midnight
    page.lunch.setChecked(True)
    page.open_on_holidays.setChecked(False)
    page.max_extension.setValue(24)
    page.inquiry_minutes.setValue(20)
    page.threshold.setText("300")
    page.save()
    general = {p.severity: p.terms for p in policies.list_policies(manager)}["general"]
    assert general.first_contact == 45 and not general.business_hours
    desk = policies.get_desk_settings(manager)
    assert (desk.open_minute, desk.close_minute, desk.approval_threshold) == (480, 1200, Decimal("300.00"))
    assert desk.hours() == ((480, 1200),) * 5 + ((540, 1440), None)
    assert desk.lunch == (720, 780) and not desk.open_on_holidays
    assert (desk.max_extension_hours, desk.inquiry_reply_minutes) == (24, 20)
    assert "only to clocks that start from now on" in page.findChild(type(page.error), "fixedDeadlinesNote").text()
    # a bad value is explained and nothing of that group is saved
    page.policy_edits["urgent"]["solution"].setValue(10)  # shorter than the first contact (30)
    with pytest.raises(ValidationError):
        page.save()
    assert not page.error.isHidden() and "Urgent" in page.error.text()
    assert {p.severity: p.terms for p in policies.list_policies(manager)}["urgent"].solution == 120


def test_settings_page_edits_the_holiday_calendar(qtbot, manager):
    from PySide6.QtCore import QDate

    from suite_plugins.complaints.ui.settings import ComplaintSettings

    policies.save_desk_settings(manager, policies.DeskSettings(open_on_holidays=False))
    page = ComplaintSettings(manager)
    qtbot.addWidget(page)
    assert "2026" in page.findChild(type(page.error), "calendarHint").text()
    page.year.setValue(2027)
    assert page.days.rowCount() == 0  # the national calendar stops at 2026: the office enters 2027
    page.day.setDate(QDate(2027, 2, 8))
    page.day_kind.setCurrentIndex(page.day_kind.findData("holiday"))
    page.day_name.setText("春节")
    page.add_day_button.click()
    assert page.days.rowCount() == 1 and page.days.item(0, 3).text() == "春节"
    assert not policies.work_calendar(manager).is_working_day(dt.date(2027, 2, 8))
    page.remove_day_button.click()
    assert page.days.rowCount() == 0


def test_surveys_page_records_answers(qtbot, clerk, customer):
    from suite_plugins.complaints.ui.surveys import SurveysPage

    rid = surveys.create_round(clerk, 2026, 1)
    page = SurveysPage(clerk)
    qtbot.addWidget(page)
    assert page.round_id() == rid
    dialog = page.add_response(customer_id=customer, group="long_term")
    form = dialog.form
    form.editor("taste").setCurrentIndex(form.editor("taste").findData(4))
    form.editor("delivery").setCurrentIndex(form.editor("delivery").findData(2))
    form.save_button.click()
    assert page.responses.rowCount() == 1
    scores = {page.scores.item(r, 0).text(): page.scores.item(r, 2).text() for r in range(page.scores.rowCount())}
    assert scores["Taste"] == "80.0" and scores["Delivery service"] == "40.0"
    assert "low" in page.scores.item(1, 6).text()


def test_the_list_highlights_overdue_and_due_soon(qtbot, page, intake, clock):
    intake("spoiled_illness")  # due 09:30
    intake("food_quality")  # due 10:00
    clock.set(local(2026, 3, 2, 9, 45))
    page.refresh()
    settle(qtbot)
    page.table.wait_idle()
    model = page.table.model
    col = [c.key for c in model.query.visible_columns].index("due_state") if hasattr(model, "query") else None
    texts = [model.cell_text(r, col) for r in range(model.rowCount())]
    assert texts == ["Overdue", "Due soon"]
    assert page.badges["overdue"].text().endswith("1") and page.badges["soon"].text().endswith("1")
    page.badges["overdue"].click()
    settle(qtbot)
    page.table.wait_idle()
    assert page.table.model.rowCount() == 1


def test_pages_and_settings_are_contributed_and_open(suite_host):
    ids = {p.id for p in suite_host.pages() if p.plugin == "complaints"}
    assert ids == {"complaints.list", "complaints.inquiries", "complaints.statistics", "complaints.surveys"}
    assert [s.id for s in suite_host.settings_pages() if s.plugin == "complaints"] == ["complaints.settings"]
    from suite.host import resolve

    for record in [*suite_host.pages(), *suite_host.settings_pages(), *suite_host.dashboard_cards(),
                   *suite_host.reports(), *suite_host.search_providers(), *suite_host.staff_metrics()]:
        if record.plugin == "complaints":
            for ref in ("factory", "compute", "build", "search"):
                if hasattr(record, ref):
                    assert callable(resolve(getattr(record, ref)))


def test_the_deadline_card_starts_the_reminders(qtbot, clerk, intake):
    from suite_plugins.complaints.ui import reminders

    value = reminders.deadline_card(clerk)
    assert value.level == "good"
    settle(qtbot)
    assert reminders._watchers  # started on the GUI thread


def test_another_plugin_opens_the_intake_for_an_order(qtbot, page, make_order, customer, clerk):
    from suite_plugins.complaints import api

    oid = make_order(customer, "28.00")
    page.open_key(api.new_complaint_key(customer, oid))
    dialog = page.intake_dialog
    assert dialog.customer.currentData() == customer and dialog.order.currentData() == oid
    dialog.category.setCurrentIndex(dialog.category.findData("wrong_item"))
    dialog.description.setPlainText("少送一份米饭")
    dialog.submit()
    settle(qtbot)
    refs = api.open_complaints(clerk, customer)
    assert [r.category_label for r in refs] == ["Wrong item or quantity"]
    assert row(clerk, refs[0].id).order_id == oid


def test_the_deadline_card_computed_off_the_gui_thread_starts_the_reminders_on_it(qtbot, clerk):
    import threading

    from PySide6.QtWidgets import QApplication

    from suite_plugins.complaints.ui import reminders

    reminders.stop_all()
    worker = threading.Thread(target=reminders.deadline_card, args=(clerk,))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(reminders._watchers), timeout=5000)
    watcher = next(iter(reminders._watchers.values()))
    assert watcher.thread() is QApplication.instance().thread()
    settle(qtbot)
