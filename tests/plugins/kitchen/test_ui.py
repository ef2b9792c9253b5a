"""The kitchen pages driven as a user would, offscreen: the temperature grid from the
keyboard (an out-of-range reading refused until its action and re-check are in the row), a
checklist run from the day page, samples, health checks, an anomaly, the sign-off, the
equipment editor; the overdue reminder."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from suite.plugin_api.ui import wait_for_workers
from suite_plugins.kitchen.models import Reading
from suite_plugins.kitchen.services import anomalies, health, readings, runs, samples, signoff
from tests.plugins.kitchen.conftest import local, rows


@pytest.fixture(autouse=True)
def _no_message_boxes(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    yield shown
    from suite_plugins.kitchen.ui import day

    day.stop_all()


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1366, 800)
    widget.show()
    wait_for_workers(10_000)
    qtbot.wait(20)
    return widget


def test_the_temperature_grid_from_the_keyboard(qtbot, cook, equipment, clock, _no_message_boxes):
    from suite_plugins.kitchen.ui.temperatures import ACTION, RECHECK, RECHECK_AT, VALUE, TemperaturesPage

    clock.set(local(2026, 3, 2, 10, 0))
    page = show(qtbot, TemperaturesPage(cook))
    grid = page.grid
    assert grid.rowCount() == 3 and grid.currentRow() == 0 and grid.currentColumn() == VALUE
    grid.item(0, VALUE).setText("9")  # 冷藏柜1 reads 9 °C: the cursor goes to the action
    assert (grid.currentRow(), grid.currentColumn()) == (0, ACTION)
    grid.item(1, VALUE).setText("-18")
    grid.item(2, VALUE).setText("65")
    assert "1" in page.status.text()
    assert not page.save()
    assert "冷藏柜1" in _no_message_boxes[-1] and "corrective action" in _no_message_boxes[-1]
    assert rows(cook, Reading) == 0
    grid.item(0, ACTION).setText("关紧门，调低温度")
    grid.item(0, RECHECK).setText("5")
    grid.item(0, RECHECK_AT).setText("10:30")
    clock.set(local(2026, 3, 2, 10, 40))
    assert page.save(), _no_message_boxes
    assert rows(cook, Reading) == 4  # three readings and the re-check
    assert page.today.rowCount() == 4
    assert page.grid.item(0, VALUE).text() == ""  # ready for the next round


def test_running_a_checklist_from_the_day_page(qtbot, cook, clock, monkeypatch):
    from suite_plugins.kitchen.ui.day import KitchenDayPage, RunDialog

    clock.set(local(2026, 3, 2, 10, 0))
    page = show(qtbot, KitchenDayPage(cook))
    assert "1" in page.badges["overdue"].text() and "1" in page.badges["due"].text()
    first = page.runs[0]
    assert first.status == "overdue"
    dialog = RunDialog(cook, first, page)
    qtbot.addWidget(dialog)
    # an unticked yes/no item is answered "no": the run is recorded as not passed
    boxes = [w for w in dialog.inputs.values() if hasattr(w, "setChecked")]
    boxes[0].setChecked(False)
    assert dialog.save()
    page.refresh()
    done = next(r for r in page.runs if r.key == first.key)
    assert done.status == "done_late" and done.passed is False
    assert "Some items failed" in [page.table.item(r, 5).text() for r in range(page.table.rowCount())]


def test_the_reminder_announces_each_overdue_checklist_once(qtbot, cook, clock):
    from suite_plugins.kitchen.ui.day import OverdueWatcher

    shown: list[tuple[str, str]] = []
    ctx = cook
    ctx.notify_sink = lambda text, level: shown.append((text, level))
    clock.set(local(2026, 3, 2, 9, 50))  # opening checks (09:00-09:45) overdue
    watcher = OverdueWatcher(ctx)
    try:
        assert len(watcher.check()) == 1 and "Opening checks" in shown[0][0] and shown[0][1] == "warning"
        assert watcher.check() == []
        clock.set(local(2026, 3, 2, 10, 50))  # the lunch pre-shift checks are overdue too
        assert len(watcher.check()) == 1
    finally:
        watcher.timer.stop()
        watcher.deleteLater()


def test_samples_and_their_disposal(qtbot, cook, equipment, clock, _no_message_boxes):
    from suite_plugins.kitchen.ui.samples import SamplesPage

    page = show(qtbot, SamplesPage(cook))
    page.dishes.setPlainText("宫保鸡丁 150\n米饭 100")
    assert not page.save()
    assert "at least 125 g" in _no_message_boxes[-1]
    assert samples.kept_samples(cook) == []
    page.dishes.setPlainText("宫保鸡丁 150\n米饭 130")
    assert page.save()
    assert page.table.rowCount() == 2
    page.table.setCurrentCell(0, 0)
    assert not page.dispose_selected()
    assert "cannot be disposed of before" in _no_message_boxes[-1]
    clock.advance(hours=48)
    page.refresh()
    page.table.setCurrentCell(0, 0)
    assert page.dispose_selected()
    assert len(samples.kept_samples(cook)) == 1


def test_health_check_refused_without_a_certificate(qtbot, cook, staff, _no_message_boxes):
    from suite_plugins.kitchen.ui.health import HealthPage

    page = show(qtbot, HealthPage(cook))
    page.staff.setCurrentIndex(page.staff.findData(staff["cook"]))
    assert not page.save()
    assert "no health certificate" in _no_message_boxes[-1]
    page.cert_staff.setCurrentIndex(page.cert_staff.findData(staff["cook"]))
    page.cert_number.setText("JK-9")
    assert page.add_certificate()
    page.staff.setCurrentIndex(page.staff.findData(staff["cook"]))
    page.temperature.setText("36.4")
    assert page.save()
    assert [c.staff_id for c in health.checks_between(cook, dt.date(2026, 3, 2), dt.date(2026, 3, 2))] == [staff["cook"]]
    assert page.checks.rowCount() == 1 and page.certs.rowCount() == 1


def test_an_anomaly_from_the_page(qtbot, cook, staff, _no_message_boxes):
    from suite_plugins.kitchen.ui.anomalies import AnomaliesPage

    page = show(qtbot, AnomaliesPage(cook))
    panel = page.panel
    panel.title.setText("汤里有小虫")
    panel.kind.setCurrentIndex(panel.kind.findData("foreign_object"))
    aid = panel.save()
    assert aid and anomalies.get_anomaly(cook, aid).status == "open"
    assert not panel.close_current()
    assert "corrective action" in _no_message_boxes[-1]
    panel.action.setPlainText("加盖防虫网")
    panel.responsible.setCurrentIndex(panel.responsible.findData(staff["cook"]))
    assert panel.close_current(), _no_message_boxes
    a = anomalies.get_anomaly(cook, aid)
    assert a.status == "closed" and a.responsible_staff_id == staff["cook"]
    page.open_key(aid)
    assert panel.reopen_button.isVisible()


def test_signing_from_the_page(qtbot, qc, cook, clock, _no_message_boxes):
    from suite_plugins.kitchen.ui.signoff import SignOffPage

    clock.set(local(2026, 3, 2, 22, 0))
    page = show(qtbot, SignOffPage(qc))
    assert page.blockers.isVisible() and "Opening checks" in page.blockers.text()
    assert not page.sign()
    assert "cannot be signed" in _no_message_boxes[-1]
    for r in runs.day_runs(cook, dt.date(2026, 3, 2)):
        runs.explain_missed(cook, r.schedule_id, r.day, "停业盘点")
    page.refresh()
    assert page.sign()
    assert signoff.review(qc, dt.date(2026, 3, 2)).signed
    assert not page.sign_button.isEnabled()


def test_the_equipment_editor(qtbot, qc, equipment, _no_message_boxes):
    from suite_plugins.kitchen.ui.setup import SetupPage

    page = show(qtbot, SetupPage(qc))
    tab = page.equipment_tab
    assert tab.min_c.text() == "0" and tab.max_c.text() == "8"  # the usual limits of a fridge
    tab.name.setText("冷藏柜3")
    assert tab.save()
    assert tab.table.rowCount() == 4
    tab.table.setCurrentCell(0, 0)
    tab.max_c.setText("-1")
    assert not tab.save()
    assert "above the minimum" in _no_message_boxes[-1]
    assert page.templates_tab.list.rowCount() >= 5


def test_cleaning_faults_and_maintenance(qtbot, cook, qc, equipment, clock, _no_message_boxes):
    from suite_plugins.kitchen.services import equipment as eq
    from suite_plugins.kitchen.services import logbook
    from suite_plugins.kitchen.ui.logbook import LogbookPage

    e = eq.get_equipment(qc, equipment["fridge"])
    eq.update_equipment(qc, e.id, eq.EquipmentInput("冷藏柜1", "fridge", "热菜间", "0", "8", maintenance_days=90),
                        expected_version=e.version)
    page = show(qtbot, LogbookPage(cook))
    assert not page.log_cleaning()
    assert "area cleaned" in _no_message_boxes[-1]
    page.area.setText("热菜间")
    assert page.log_cleaning()
    page.equipment.setCurrentIndex(page.equipment.findData(equipment["fridge"]))
    page.fault.setText("压缩机异响")
    assert page.report_fault()
    assert page.faults.rowCount() == 1
    page.faults.setCurrentCell(0, 0)
    clock.advance(hours=2)
    assert page.repair_selected("更换风扇电机")
    assert page.faults.rowCount() == 0
    page.fault.setText("清洗冷凝器")
    assert page.maintenance_done()
    assert eq.get_equipment(qc, equipment["fridge"]).maintenance_due_on == dt.date(2026, 3, 2) + dt.timedelta(days=90)
    kinds = [x.kind for x in logbook.entries_between(cook, dt.date(2026, 3, 2), dt.date(2026, 3, 2))]
    assert kinds == ["cleaning", "fault", "maintenance"]
    assert page.entries.rowCount() == 3


def test_the_dashboard_card_starts_the_reminder(qtbot, cook, clock):
    from suite_plugins.kitchen.ui import day

    clock.set(local(2026, 3, 2, 10, 0))
    value = day.runs_card(cook)
    assert value.level == "danger"
    qtbot.waitUntil(lambda: bool(day._watchers), timeout=2000)


def test_the_settings_tab(qtbot, qc, cook):
    from suite.plugin_api import ValidationError
    from suite_plugins.kitchen.services.common import setting
    from suite_plugins.kitchen.ui.settings import KitchenSettings

    tab = KitchenSettings(qc)
    qtbot.addWidget(tab)
    assert tab.min_grams.value() == 125 and tab.keep_hours.value() == 48 and tab.warn_days.value() == 30
    tab.min_grams.setValue(150)
    tab.keep_hours.setValue(0)  # refused: nothing is stored, not even the weight
    with pytest.raises(ValidationError) as err:
        tab.save()
    assert "greater than zero" in str(err.value)
    assert setting(qc, "sample_min_grams") == 125
    tab.keep_hours.setValue(72)
    tab.save()
    assert setting(qc, "sample_min_grams") == 150 and setting(qc, "sample_keep_hours") == 72


def test_the_template_editor_saves_a_stale_edit_as_a_conflict(qtbot, qc, manager, clock, _no_message_boxes):
    from suite_plugins.kitchen.services import templates
    from suite_plugins.kitchen.ui.setup import SetupPage

    page = show(qtbot, SetupPage(qc))
    tab = page.templates_tab
    tab.list.setCurrentCell(0, 0)
    tab.show_selected()
    t = tab.current
    assert tab.name.text() == t.name and tab.items.rowCount() == len(t.items)
    # someone else changes the checklist meanwhile
    clock.advance(minutes=1)
    data = templates.TemplateInput(t.name + "（经理改）", t.code, t.department_id, t.role,
                                   items=[templates.ItemInput(i.text, i.kind, id=i.id) for i in t.items],
                                   schedules=[templates.ScheduleInput(s.kind, s.start_time, s.end_time, s.label,
                                                                      s.weekday, s.day_of_month, id=s.id)
                                              for s in t.schedules])
    templates.update_template(manager, t.id, data, expected_version=t.version)
    tab.role.setText("kitchen")
    assert not tab.save()
    assert "Someone else changed" in _no_message_boxes[-1]
    assert templates.get_template(qc, t.id).name.endswith("（经理改）")
