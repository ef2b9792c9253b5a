"""The kitchen's rules, each bad input with its message and nothing changed, on SQLite and
PostgreSQL: readings (physical range, corrective action, re-check), samples, health checks and
certificates, templates and schedules, conflicts, permissions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from suite.plugin_api import ConflictError, PermissionDenied, ValidationError
from suite_plugins.kitchen.models import (Amendment, Anomaly, AnomalyEvent, Certificate, Equipment, HealthCheck,
                                          Reading, Run, Sample, Schedule, Template, TemplateItem)
from suite_plugins.kitchen.services import equipment as eq
from suite_plugins.kitchen.services import health, readings, samples, templates
from suite_plugins.kitchen.services.common import save_settings
from tests.plugins.kitchen.conftest import local, rows, snapshot

pytestmark = pytest.mark.usefixtures("suite_backend")


# ---------------------------------------------------------------------------- readings


@pytest.mark.parametrize("value", ["-60.1", "300.1", "999", "abc"])
def test_a_reading_a_thermometer_cannot_show_is_refused(cook, equipment, value):
    with pytest.raises(ValidationError) as err:
        readings.record_reading(cook, readings.ReadingInput(equipment["fridge"], value))
    assert "冷藏柜1" in str(err.value)
    assert ("-60 to 300" in str(err.value)) or ("not a number" in str(err.value))
    assert rows(cook, Reading) == 0


def test_the_physical_range_itself_is_accepted(cook, equipment):
    readings.record_reading(cook, readings.ReadingInput(equipment["freezer"], "-60"))
    readings.record_reading(cook, readings.ReadingInput(equipment["hot"], "300"))
    assert rows(cook, Reading) == 2


def test_an_out_of_range_reading_needs_its_corrective_action_and_recheck(cook, equipment, clock):
    with pytest.raises(ValidationError) as err:
        readings.record_reading(cook, readings.ReadingInput(equipment["fridge"], "9"))
    assert "9.0 °C" in str(err.value) and "0.0 ~ 8.0 °C" in str(err.value) and "corrective action" in str(err.value)
    assert rows(cook, Reading) == 0
    # an action without the re-check is not enough either
    with pytest.raises(ValidationError):
        readings.record_reading(cook, readings.ReadingInput(equipment["fridge"], "9", corrective_action="关门调温"))
    assert rows(cook, Reading) == 0
    # the re-check must come after the reading
    with pytest.raises(ValidationError) as err:
        readings.record_reading(cook, readings.ReadingInput(equipment["fridge"], "9", corrective_action="关门调温",
                                                            recheck_value="5", recheck_at=local(2026, 3, 2, 9, 0)))
    assert "after the reading" in str(err.value)
    assert rows(cook, Reading) == 0

    rid = readings.record_reading(cook, readings.ReadingInput(
        equipment["fridge"], "9", taken_at=local(2026, 3, 2, 9, 30), corrective_action="关紧门，调低温度",
        recheck_value="6.5", recheck_at=local(2026, 3, 2, 9, 55)))
    day = readings.readings_between(cook, dt.date(2026, 3, 2), dt.date(2026, 3, 2))
    assert [(r.value, r.out_of_range, r.recheck_of_id, r.resolved) for r in day] == [
        (Decimal("9.0"), True, None, True), (Decimal("6.5"), False, rid, True)]
    assert day[0].limit_min == Decimal("0.0") and day[0].limit_max == Decimal("8.0")
    assert day[0].corrective_action == "关紧门，调低温度" and day[0].action_staff_name == "厨师刘师傅"


def test_a_recheck_still_out_of_range_leaves_the_reading_unresolved(cook, equipment, clock):
    rid = readings.record_reading(cook, readings.ReadingInput(
        equipment["fridge"], "10", taken_at=local(2026, 3, 2, 9, 0), corrective_action="移走食材",
        recheck_value="8.6", recheck_at=local(2026, 3, 2, 9, 20)))
    assert [r.id for r in readings.unresolved(cook, dt.date(2026, 3, 2), dt.date(2026, 3, 2))] == [rid]
    readings.add_recheck(cook, rid, "4", at=local(2026, 3, 2, 9, 50))
    assert readings.unresolved(cook, dt.date(2026, 3, 2), dt.date(2026, 3, 2)) == []
    assert rows(cook, Reading) == 3


def test_the_grid_is_all_or_nothing_and_names_the_equipment(cook, equipment):
    entries = [readings.ReadingInput(equipment["fridge"], "4"), readings.ReadingInput(equipment["freezer"], "-3"),
               readings.ReadingInput(equipment["hot"], "65")]
    with pytest.raises(ValidationError) as err:
        readings.record_readings(cook, entries)
    assert "冷冻柜" in str(err.value) and "-3.0 °C" in str(err.value)
    assert rows(cook, Reading) == 0
    entries[1] = readings.ReadingInput(equipment["freezer"], "-18")
    assert len(readings.record_readings(cook, entries)) == 3


def test_limits_live_on_the_equipment_and_readings_keep_the_limits_they_were_judged_by(qc, cook, equipment):
    readings.record_reading(cook, readings.ReadingInput(equipment["fridge"], "7"))
    e = eq.get_equipment(qc, equipment["fridge"])
    eq.update_equipment(qc, e.id, eq.EquipmentInput("冷藏柜1", "fridge", "热菜间", "0", "5"), expected_version=e.version)
    with pytest.raises(ValidationError):
        readings.record_reading(cook, readings.ReadingInput(equipment["fridge"], "7"))
    old = readings.readings_between(cook, dt.date(2026, 3, 2), dt.date(2026, 3, 2))[0]
    assert old.limit_max == Decimal("8.0") and not old.out_of_range


def test_equipment_limits_are_checked(qc):
    before = rows(qc, Equipment)
    for lo, hi, msg in (("8", "0", "above the minimum"), (None, None, "at least one"), ("-70", "5", "between -60")):
        with pytest.raises(ValidationError) as err:
            eq.create_equipment(qc, eq.EquipmentInput("冷藏柜", "fridge", "", lo, hi))
        assert msg in str(err.value)
    assert rows(qc, Equipment) == before


# ---------------------------------------------------------------------------- samples


def test_a_sample_under_the_minimum_weight_is_refused(cook, qc, equipment):
    with pytest.raises(ValidationError) as err:
        samples.record_sample(cook, samples.SampleInput("宫保鸡丁", "120", fridge_id=equipment["fridge"]))
    assert "at least 125 g" in str(err.value) and "120 g" in str(err.value)
    assert rows(cook, Sample) == 0
    samples.record_sample(cook, samples.SampleInput("宫保鸡丁", "125", fridge_id=equipment["fridge"]))
    save_settings(qc, sample_min_grams=150)
    with pytest.raises(ValidationError) as err:
        samples.record_sample(cook, samples.SampleInput("鱼香肉丝", "140"))
    assert "at least 150 g" in str(err.value)
    assert rows(cook, Sample) == 1


def test_a_sample_is_kept_in_a_fridge(cook, equipment):
    with pytest.raises(ValidationError) as err:
        samples.record_sample(cook, samples.SampleInput("米饭", "150", fridge_id=equipment["hot"]))
    assert "refrigerated" in str(err.value)
    assert rows(cook, Sample) == 0


def test_disposing_of_a_sample_before_its_period_ends_is_refused(cook, equipment, clock):
    sid = samples.record_sample(cook, samples.SampleInput("红烧肉", "150", meal="lunch", fridge_id=equipment["fridge"]))
    v = samples.kept_samples(cook)[0]
    assert v.keep_until == clock.now + dt.timedelta(hours=48) and v.state == "kept"
    clock.advance(hours=47, minutes=59)
    before = snapshot(cook, Sample)
    with pytest.raises(ValidationError) as err:
        samples.dispose_sample(cook, sid, expected_version=v.version)
    assert "kept until 2026-03-04 10:00" in str(err.value)
    assert snapshot(cook, Sample) == before
    clock.advance(minutes=1)
    assert samples.to_dispose_count(cook) == (1, 0)
    clock.advance(hours=24)
    assert samples.to_dispose_count(cook) == (1, 1)
    assert samples.kept_samples(cook)[0].state == "overdue"
    samples.dispose_sample(cook, sid, expected_version=v.version)
    gone = samples.samples_between(cook, dt.date(2026, 3, 2), dt.date(2026, 3, 2))[0]
    assert gone.state == "disposed" and gone.disposed_by == "厨师刘师傅"
    with pytest.raises(ConflictError):
        samples.dispose_sample(cook, sid, expected_version=v.version)


# ---------------------------------------------------------------------------- health


def test_marking_fit_a_person_whose_certificate_expired_yesterday_is_refused(cook, staff, clock):
    """Office time zone: at 00:30 in Shanghai it is still the previous day in UTC."""
    clock.set(local(2026, 3, 2, 0, 30))
    assert clock.now.astimezone(dt.timezone.utc).date() == dt.date(2026, 3, 1)
    health.save_certificate(cook, staff["cook"], "JK-001", dt.date(2026, 3, 1))
    with pytest.raises(ValidationError) as err:
        health.record_health_check(cook, health.CheckInput(staff["cook"], fit=True, temperature="36.5"))
    assert "expired on 2026-03-01" in str(err.value) and "厨师刘师傅" in str(err.value)
    assert rows(cook, HealthCheck) == 0
    # the day before (23:59 in Shanghai) the certificate is still valid: expiry day included
    clock.set(local(2026, 3, 1, 23, 59))
    health.record_health_check(cook, health.CheckInput(staff["cook"], fit=True, temperature="36.5"))
    assert rows(cook, HealthCheck) == 1


def test_marking_fit_without_a_certificate_or_with_symptoms_is_refused(cook, staff):
    with pytest.raises(ValidationError) as err:
        health.record_health_check(cook, health.CheckInput(staff["cook2"], fit=True))
    assert "no health certificate" in str(err.value)
    health.save_certificate(cook, staff["cook2"], "JK-002", dt.date(2027, 1, 1))
    with pytest.raises(ValidationError) as err:
        health.record_health_check(cook, health.CheckInput(staff["cook2"], fit=True, temperature="37.8"))
    assert "Fever" in str(err.value)
    with pytest.raises(ValidationError) as err:
        health.record_health_check(cook, health.CheckInput(staff["cook2"], fit=True, symptoms=("hand_wound",)))
    assert "no food-handling work" in str(err.value)
    with pytest.raises(ValidationError) as err:
        health.record_health_check(cook, health.CheckInput(staff["cook2"], fit=False, symptoms=("diarrhoea",)))
    assert "sent home" in str(err.value)
    assert rows(cook, HealthCheck) == 0
    health.record_health_check(cook, health.CheckInput(staff["cook2"], fit=False, symptoms=("diarrhoea",),
                                                       action="sent_home"))
    with pytest.raises(ValidationError) as err:
        health.record_health_check(cook, health.CheckInput(staff["cook2"], fit=False, action="sent_home"))
    assert "already checked" in str(err.value)
    assert rows(cook, HealthCheck) == 1
    assert [p.name for p in health.unchecked_today(cook)] == ["厨师刘师傅"]


def test_certificates_expiring_within_30_days_are_warned(cook, staff):
    health.save_certificate(cook, staff["cook"], "A", dt.date(2026, 4, 1))  # 30 days ahead
    health.save_certificate(cook, staff["cook2"], "B", dt.date(2026, 4, 2))
    health.save_certificate(cook, staff["quality"], "C", dt.date(2026, 3, 1))
    assert {(c.number, c.state) for c in health.certificates(cook)} == {("A", "expiring"), ("B", "valid"),
                                                                         ("C", "expired")}
    assert [c.number for c in health.expiring(cook)] == ["C", "A"]
    c = health.certificates(cook)[0]
    health.update_certificate(cook, c.id, "C2", dt.date(2027, 3, 1), expected_version=c.version)
    with pytest.raises(ConflictError):
        health.update_certificate(cook, c.id, "C3", dt.date(2027, 3, 1), expected_version=c.version)
    assert rows(cook, Certificate) == 3


# ---------------------------------------------------------------------------- templates


def _template(equipment_id=None, **schedule):
    items = [templates.ItemInput("地面干净"), templates.ItemInput("油温", "number", "150", "190")]
    if equipment_id:
        items.append(templates.ItemInput("冷藏柜温度", "temperature", equipment_id=equipment_id))
    sch = dict(kind="daily", start_time=dt.time(9), end_time=dt.time(10))
    sch.update(schedule)
    return templates.TemplateInput("开档检查", "opening", items=items, schedules=[templates.ScheduleInput(**sch)])


@pytest.mark.parametrize("start,end", [(dt.time(9), dt.time(9)), (dt.time(10), dt.time(9))])
def test_a_schedule_with_an_empty_time_window_is_refused(qc, start, end):
    before = snapshot(qc, Template, TemplateItem, Schedule)
    with pytest.raises(ValidationError) as err:
        templates.create_template(qc, _template(start_time=start, end_time=end))
    assert "time window is empty" in str(err.value)
    assert snapshot(qc, Template, TemplateItem, Schedule) == before


def test_template_items_and_schedules_are_checked(qc):
    before = snapshot(qc, Template, TemplateItem, Schedule)
    bad = [
        (templates.TemplateInput("x", items=[], schedules=[templates.ScheduleInput("daily", dt.time(9), dt.time(10))]),
         "at least one item"),
        (templates.TemplateInput("x", items=[templates.ItemInput("t", "temperature")],
                                 schedules=[templates.ScheduleInput("daily", dt.time(9), dt.time(10))]), "equipment"),
        (templates.TemplateInput("x", items=[templates.ItemInput("t")], schedules=[]), "needs a schedule"),
        (templates.TemplateInput("x", items=[templates.ItemInput("t")],
                                 schedules=[templates.ScheduleInput("monthday", dt.time(9), dt.time(10), day_of_month=32)]),
         "1 to 31"),
        (templates.TemplateInput("x", items=[templates.ItemInput("t")],
                                 schedules=[templates.ScheduleInput("weekday", dt.time(9), dt.time(10))]), "weekday"),
    ]
    for data, message in bad:
        with pytest.raises(ValidationError) as err:
            templates.create_template(qc, data)
        assert message in str(err.value)
    assert snapshot(qc, Template, TemplateItem, Schedule) == before


def test_two_users_editing_one_template_conflict(qc, manager, equipment, clock):
    tid = templates.create_template(qc, _template(equipment["fridge"]))
    clock.advance(minutes=1)
    seen_by_qc = templates.get_template(qc, tid)
    seen_by_manager = templates.get_template(manager, tid)
    data = _template(equipment["fridge"])
    data.items = [templates.ItemInput(i.text, i.kind, i.min_value, i.max_value, i.equipment_id, id=i.id)
                  for i in seen_by_qc.items] + [templates.ItemInput("刀具消毒")]
    templates.update_template(qc, tid, data, expected_version=seen_by_qc.version)
    before = snapshot(qc, Template, TemplateItem, Schedule)
    other = _template(equipment["fridge"])
    other.name = "开档检查（改）"
    with pytest.raises(ConflictError):
        templates.update_template(manager, tid, other, expected_version=seen_by_manager.version)
    assert snapshot(qc, Template, TemplateItem, Schedule) == before
    now = templates.get_template(qc, tid)
    assert now.version > seen_by_qc.version and [i.text for i in now.items][-1] == "刀具消毒"


def test_a_changed_item_alone_bumps_the_template_version(qc, clock):
    tid = templates.create_template(qc, _template())
    clock.advance(minutes=1)
    t = templates.get_template(qc, tid)
    data = _template()
    data.items = [templates.ItemInput(i.text + "!", i.kind, i.min_value, i.max_value, id=i.id) for i in t.items]
    templates.update_template(qc, tid, data, expected_version=t.version)
    assert templates.get_template(qc, tid).version > t.version  # a stale copy of the template now conflicts


def test_default_checklists_come_from_the_policies(cook):
    by_code = {t.code: t for t in templates.list_templates(cook)}
    assert set(by_code) >= {"pre_shift", "opening", "closing", "weekly_cleaning", "monthly_inspection"}
    pre = by_code["pre_shift"]
    assert len(pre.schedules) == 2 and {s.kind for s in pre.schedules} == {"shift"}
    assert any("Menus" in i.text for i in pre.items)
    assert by_code["monthly_inspection"].schedules[0].day_of_month == 15
    assert by_code["weekly_cleaning"].schedules[0].weekday == 5  # Saturday afternoon


# ---------------------------------------------------------------------------- permissions and conflicts


def test_permissions_are_checked_in_the_services(cook, login, equipment):
    with pytest.raises(PermissionDenied):
        eq.create_equipment(cook, eq.EquipmentInput("x", "fridge", "", "0", "8"))
    with pytest.raises(PermissionDenied):
        templates.create_template(cook, _template())
    with pytest.raises(PermissionDenied):
        save_settings(cook, sample_min_grams=100)
    driver = login("driver")
    with pytest.raises(PermissionDenied):
        readings.record_reading(driver, readings.ReadingInput(equipment["fridge"], "4"))
    with pytest.raises(PermissionDenied):
        readings.readings_between(driver, dt.date(2026, 3, 1), dt.date(2026, 3, 2))
    assert rows(cook, Reading) == 0


def test_two_stale_edits_of_equipment_conflict(qc, manager, equipment):
    a = eq.get_equipment(qc, equipment["fridge"])
    eq.update_equipment(qc, a.id, eq.EquipmentInput("冷藏柜A", "fridge", "", "0", "8"), expected_version=a.version)
    with pytest.raises(ConflictError):
        eq.update_equipment(manager, a.id, eq.EquipmentInput("冷藏柜B", "fridge", "", "0", "8"),
                            expected_version=a.version)
    assert eq.get_equipment(qc, a.id).name == "冷藏柜A"
