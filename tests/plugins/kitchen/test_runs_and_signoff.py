"""Runs derived on read (due, overdue, done, done late, missed), recording checklists, the
daily sign-off with its refusals, locked days and amendments."""

from __future__ import annotations

import datetime as dt

import pytest

from suite.plugin_api import ValidationError
from suite_plugins.kitchen.models import Amendment, Anomaly, Reading, Run, RunAnswer, Sample
from suite_plugins.kitchen.services import anomalies, readings, runs, samples, signoff, templates
from tests.plugins.kitchen.conftest import local, rows, snapshot

pytestmark = pytest.mark.usefixtures("suite_backend")

DAY = dt.date(2026, 3, 2)


def _only(qc, equipment):
    """Archive the defaults and keep one checklist due 09:00-10:00 daily, with a fridge item."""
    for t in templates.list_templates(qc):
        templates.archive_template(qc, t.id, expected_version=t.version)
    tid = templates.create_template(qc, templates.TemplateInput(
        "开档检查", "opening", items=[templates.ItemInput("地面干净"),
                                  templates.ItemInput("冷藏柜温度", "temperature", equipment_id=equipment["fridge"])],
        schedules=[templates.ScheduleInput("daily", dt.time(9), dt.time(10))]), valid_from=DAY)
    return tid


def _answers(qc, tid, fridge="4"):
    t = templates.get_template(qc, tid)
    return [runs.Answer(t.items[0].id, True), runs.Answer(t.items[1].id, fridge)]


def test_runs_are_derived_from_the_schedule(qc, cook, equipment, clock):
    tid = _only(qc, equipment)
    clock.set(local(2026, 3, 2, 8, 30))
    assert [r.status for r in runs.day_runs(cook, DAY)] == ["upcoming"]
    clock.set(local(2026, 3, 2, 9, 30))
    assert [r.status for r in runs.day_runs(cook, DAY)] == ["due"]
    clock.set(local(2026, 3, 2, 10, 1))
    assert [r.status for r in runs.day_runs(cook, DAY)] == ["overdue"]
    assert runs.counts(runs.day_runs(cook, DAY)).overdue == 1
    clock.set(local(2026, 3, 3, 0, 0))
    assert [r.status for r in runs.day_runs(cook, DAY)] == ["missed"]
    # done late, the next day: the answers and the fridge reading are recorded
    r = runs.day_runs(cook, DAY)[0]
    runs.complete_run(cook, r.schedule_id, DAY, _answers(qc, tid), at=local(2026, 3, 3, 0, 0))
    done = runs.day_runs(cook, DAY)[0]
    assert done.status == "done_late" and done.staff_name == "厨师刘师傅" and done.passed
    assert rows(cook, Reading) == 1
    # a month of one daily checklist that starts on the 2nd; the archived defaults ran on the 1st only
    month = runs.runs_between(cook, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    mine = [r for r in month if r.template_id == tid]
    assert len(mine) == 30 and mine[0].day == DAY
    assert {r.day for r in month if r.template_id != tid} == {dt.date(2026, 3, 1)}


def test_a_checklist_is_recorded_once_with_every_required_item(qc, cook, equipment, clock):
    tid = _only(qc, equipment)
    clock.set(local(2026, 3, 2, 9, 20))
    r = runs.day_runs(cook, DAY)[0]
    t = templates.get_template(qc, tid)
    before = snapshot(cook, Run, RunAnswer, Reading)
    with pytest.raises(ValidationError) as err:
        runs.complete_run(cook, r.schedule_id, DAY, [runs.Answer(t.items[0].id, True)])
    assert "冷藏柜温度" in str(err.value)
    # the fridge at 9 °C inside a checklist: the temperature log's rule applies
    with pytest.raises(ValidationError) as err:
        runs.complete_run(cook, r.schedule_id, DAY, _answers(qc, tid, fridge="9"))
    assert "corrective action" in str(err.value)
    with pytest.raises(ValidationError) as err:
        runs.complete_run(cook, r.schedule_id, dt.date(2026, 3, 1), _answers(qc, tid))
    assert "not due on 2026-03-01" in str(err.value)
    assert snapshot(cook, Run, RunAnswer, Reading) == before
    runs.complete_run(cook, r.schedule_id, DAY, _answers(qc, tid))
    assert runs.day_runs(cook, DAY)[0].status == "done"
    with pytest.raises(ValidationError) as err:
        runs.complete_run(cook, r.schedule_id, DAY, _answers(qc, tid))
    assert "already done" in str(err.value)
    assert [x.value for x in runs.run_results(cook, runs.day_runs(cook, DAY)[0].run_id)] == ["Yes", "4.0 °C"]


def test_signing_a_day_with_open_items_is_refused_then_signed_and_locked(qc, cook, manager, equipment, clock):
    tid = _only(qc, equipment)
    clock.set(local(2026, 3, 2, 9, 0))
    readings.record_reading(cook, readings.ReadingInput(equipment["fridge"], "11", local(2026, 3, 2, 8, 40), corrective_action="移走食材，报修",
                                                        recheck_value="9", recheck_at=local(2026, 3, 2, 9, 0)))
    aid = anomalies.open_anomaly(cook, anomalies.AnomalyInput("foreign_object", "炒饭里有钢丝球丝",
                                                              occurred_at=local(2026, 3, 2, 8, 50)))
    clock.set(local(2026, 3, 2, 21, 0))
    with pytest.raises(ValidationError) as err:
        signoff.sign_day(qc, DAY)
    msg = str(err.value)
    assert "3 item(s) are open" in msg and "开档检查" in msg and "冷藏柜1 read 11.0 °C" in msg and "钢丝球" in msg
    with pytest.raises(Exception) as denied:
        signoff.sign_day(cook, DAY)
    assert "kitchen.sign" in str(denied.value)
    assert signoff.review(qc, DAY).signed_at is None

    r = runs.day_runs(cook, DAY)[0]
    runs.explain_missed(cook, r.schedule_id, DAY, "厨师长请假，未做开档检查")
    readings.add_recheck(cook, readings.unresolved(cook, DAY, DAY)[0].id, "5", at=local(2026, 3, 2, 10, 0))
    a = anomalies.get_anomaly(cook, aid)
    anomalies.update_anomaly(cook, aid, anomalies.AnomalyInput("foreign_object", a.title, occurred_at=a.occurred_at,
                                                               responsible_staff_id=cook.user.staff_id),
                             expected_version=a.version)
    assert signoff.review(qc, DAY).blockers == ()
    signoff.sign_day(qc, DAY, note="已复核")
    review = signoff.review(qc, DAY)
    assert review.signed and review.signer_name

    # a signed day is locked: a direct change is refused, nothing changes
    before = snapshot(cook, Reading, Sample, Amendment)
    with pytest.raises(ValidationError) as err:
        readings.record_reading(cook, readings.ReadingInput(equipment["fridge"], "4", taken_at=local(2026, 3, 2, 15, 0)))
    assert "2026-03-02 was signed" in str(err.value) and "amendment" in str(err.value)
    with pytest.raises(ValidationError):
        samples.record_sample(cook, samples.SampleInput("米饭", "150", sampled_at=local(2026, 3, 2, 12, 0)))
    # the cook cannot amend; the quality controller can, with a reason
    with pytest.raises(ValidationError) as err:
        readings.record_reading(cook, readings.ReadingInput(equipment["fridge"], "4", taken_at=local(2026, 3, 2, 15, 0)),
                                amendment="补录纸质记录")
    assert "Only the quality controller" in str(err.value)
    assert snapshot(cook, Reading, Sample, Amendment) == before
    with pytest.raises(ValidationError):
        signoff.sign_day(qc, DAY)

    readings.record_reading(qc, readings.ReadingInput(equipment["fridge"], "4", taken_at=local(2026, 3, 2, 15, 0)),
                            amendment="补录纸质记录")
    amend = signoff.review(qc, DAY).amendments
    assert len(amend) == 1 and amend[0].reason == "补录纸质记录" and amend[0].at == clock.now
    assert "4.0 °C" in amend[0].change and amend[0].user_name
    # the next day is not locked
    clock.set(local(2026, 3, 3, 9, 0))
    readings.record_reading(cook, readings.ReadingInput(equipment["fridge"], "4"))


def test_a_day_in_the_future_cannot_be_signed(qc, clock):
    with pytest.raises(ValidationError) as err:
        signoff.sign_day(qc, dt.date(2026, 3, 3))
    assert "once it has begun" in str(err.value)


def test_a_missed_run_is_explained_only_after_its_window(qc, cook, equipment, clock):
    _only(qc, equipment)
    clock.set(local(2026, 3, 2, 9, 30))
    r = runs.day_runs(cook, DAY)[0]
    with pytest.raises(ValidationError) as err:
        runs.explain_missed(cook, r.schedule_id, DAY, "忘了")
    assert "still due" in str(err.value)
    clock.set(local(2026, 3, 2, 10, 30))
    with pytest.raises(ValidationError) as err:
        runs.explain_missed(cook, r.schedule_id, DAY, "  ")
    assert "why the checklist was not done" in str(err.value)
    assert rows(cook, Run) == 0
