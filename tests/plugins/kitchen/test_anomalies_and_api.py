"""Anomalies (kinds, owner, corrective action, events, domain events with veto), the
published api (CONTRACTS.md), staff metrics, dashboard cards, search, the monthly inspection."""

from __future__ import annotations

import datetime as dt

import pytest

from suite.plugin_api import ConflictError, PermissionDenied, ValidationError, hookimpl
from suite_plugins.kitchen import api as kitchen
from suite_plugins.kitchen.models import Anomaly, AnomalyEvent
from suite_plugins.kitchen.services import anomalies, cards, health, metrics, readings, runs, search, templates
from tests.plugins.kitchen.conftest import local, rows, snapshot

pytestmark = pytest.mark.usefixtures("suite_backend")


class Listener:
    def __init__(self, veto: bool = False) -> None:
        self.opened: list[int] = []
        self.closed: list[int] = []
        self.veto = veto

    @hookimpl
    def suite_kitchen_anomaly_did_open(self, ctx, session, anomaly_id):
        assert session.get(Anomaly, anomaly_id) is not None  # inside the writer's transaction
        self.opened.append(anomaly_id)
        if self.veto:
            raise ValidationError("vetoed")

    @hookimpl
    def suite_kitchen_anomaly_did_close(self, ctx, session, anomaly_id):
        self.closed.append(anomaly_id)


@pytest.fixture
def listener(suite_host):
    listener = Listener()
    suite_host.pm.register(listener, name="test-listener")
    yield listener
    suite_host.pm.unregister(name="test-listener")


def test_an_anomaly_is_opened_owned_and_closed_with_its_events(cook, staff, listener, clock):
    with pytest.raises(ValidationError) as err:
        anomalies.open_anomaly(cook, anomalies.AnomalyInput("nonsense", "x"))
    assert "kind of anomaly" in str(err.value)
    with pytest.raises(ValidationError) as err:
        anomalies.open_anomaly(cook, anomalies.AnomalyInput("odd_smell", " "))
    assert "what was found" in str(err.value)
    with pytest.raises(ValidationError) as err:
        anomalies.open_anomaly(cook, anomalies.AnomalyInput("spoiled_ingredient", "猪肉发臭", batch_id=7))
    assert "inventory plugin" in str(err.value)
    assert rows(cook, Anomaly) == 0 and listener.opened == []

    aid = anomalies.open_anomaly(cook, anomalies.AnomalyInput("odd_smell", "红烧肉有哈喇味", dish="红烧肉", order_id=12))
    assert listener.opened == [aid]
    a = anomalies.get_anomaly(cook, aid)
    before = snapshot(cook, Anomaly, AnomalyEvent)
    with pytest.raises(ValidationError) as err:
        anomalies.close_anomaly(cook, aid, expected_version=a.version)
    assert "corrective action" in str(err.value)
    with pytest.raises(ValidationError) as err:
        anomalies.close_anomaly(cook, aid, expected_version=a.version, corrective_action="更换食用油")
    assert "responsible department or person" in str(err.value)
    assert snapshot(cook, Anomaly, AnomalyEvent) == before
    clock.advance(minutes=5)
    anomalies.update_anomaly(cook, aid, anomalies.AnomalyInput(
        "odd_smell", a.title, occurred_at=a.occurred_at, dish="红烧肉", order_id=12,
        department_id=staff["deps"]["production"], responsible_staff_id=staff["cook"]), expected_version=a.version)
    with pytest.raises(ConflictError):
        anomalies.close_anomaly(cook, aid, expected_version=a.version, corrective_action="更换食用油")
    a = anomalies.get_anomaly(cook, aid)
    anomalies.close_anomaly(cook, aid, expected_version=a.version, corrective_action="更换食用油，培训")
    assert listener.closed == [aid]
    a = anomalies.get_anomaly(cook, aid)
    assert a.status == "closed" and [e[1] for e in a.events] == ["opened", "changed", "closed"]
    assert a.responsible == "厨师刘师傅"
    anomalies.reopen_anomaly(cook, aid, expected_version=a.version, reason="复查仍有异味")
    assert listener.opened == [aid, aid]


def test_a_veto_of_the_domain_event_rolls_the_anomaly_back(cook, suite_host):
    suite_host.pm.register(Listener(veto=True), name="vetoing")
    try:
        with pytest.raises(ValidationError):
            anomalies.open_anomaly(cook, anomalies.AnomalyInput("other", "x"))
    finally:
        suite_host.pm.unregister(name="vetoing")
    assert rows(cook, Anomaly) == 0


def test_the_published_api(cook, staff, login, clock, listener):
    aid = kitchen.open_anomaly_from_complaint(cook, 41, kind="foreign_object", description="米饭里有头发\n客户拍了照片",
                                              order_id=5)
    assert listener.opened == [aid]
    (ref,) = kitchen.anomalies_for_complaint(cook, 41)
    assert ref == kitchen.AnomalyRef(aid, "foreign_object", "米饭里有头发", "open", dt.date(2026, 3, 2), None, None, 5,
                                     41, None, None)
    assert kitchen.anomalies_between(cook, dt.date(2026, 3, 2), dt.date(2026, 3, 2)) == [ref]
    assert kitchen.anomalies_between(cook, dt.date(2026, 3, 3), dt.date(2026, 3, 9)) == []
    assert kitchen.anomalies_for_complaint(cook, 42) == []
    assert set(kitchen.ANOMALY_KINDS) == set(anomalies.codes.ANOMALY_KINDS)
    clerk = login("clerk")
    with pytest.raises(PermissionDenied):
        kitchen.open_anomaly_from_complaint(clerk, 41, kind="other", description="x")
    with pytest.raises(PermissionDenied):
        kitchen.anomalies_for_complaint(clerk, 41)


def test_the_monthly_inspection_on_the_15th(qc, cook, staff, clock):
    inspection = next(t for t in templates.list_templates(qc) if t.code == "monthly_inspection")
    clock.set(local(2026, 3, 15, 15, 0))
    answers = [runs.Answer(i.id, i.text != "Skills test passed") for i in inspection.items
               if i.required]
    runs.complete_run(qc, inspection.schedules[0].id, dt.date(2026, 3, 15), answers,
                      participants=(staff["cook"], staff["cook2"]))
    (result,) = kitchen.monthly_inspections(qc, 2026, 3)
    assert result == kitchen.InspectionResult(dt.date(2026, 3, 15), False, staff["deps"]["quality"],
                                              (staff["cook"], staff["cook2"]))
    assert kitchen.monthly_inspections(qc, 2026, 4) == []


def test_staff_metrics(qc, cook, staff, equipment, clock):
    pre = next(t for t in templates.list_templates(qc) if t.code == "pre_shift")
    lunch = next(s for s in pre.schedules if s.start_time == dt.time(9, 45))
    clock.set(local(2026, 3, 2, 10, 0))
    runs.complete_run(cook, lunch.id, dt.date(2026, 3, 2), [runs.Answer(i.id, True) for i in pre.items])
    clock.set(local(2026, 3, 3, 11, 0))
    runs.complete_run(cook, lunch.id, dt.date(2026, 3, 3), [runs.Answer(i.id, True) for i in pre.items])  # late
    health.save_certificate(cook, staff["cook"], "A", dt.date(2027, 1, 1))
    health.save_certificate(cook, staff["cook2"], "B", dt.date(2027, 1, 1))
    for day in (2, 3):
        clock.set(local(2026, 3, day, 8, 0))
        health.record_health_check(cook, health.CheckInput(staff["cook"], fit=True))
    health.record_health_check(cook, health.CheckInput(staff["cook2"], fit=True))
    anomalies.open_anomaly(cook, anomalies.AnomalyInput("wrong_procedure", "生熟未分开", responsible_staff_id=staff["cook2"]))
    ids = [staff["cook"], staff["cook2"], staff["quality"]]
    start, end = dt.date(2026, 3, 1), dt.date(2026, 4, 1)
    assert metrics.runs_on_time(cook, ids, start, end) == {staff["cook"]: 1.0, staff["cook2"]: 0.0, staff["quality"]: 0.0}
    assert metrics.health_checks_missed(cook, ids, start, end) == {staff["cook"]: 0.0, staff["cook2"]: 1.0,
                                                                   staff["quality"]: 0.0}
    assert metrics.anomalies_attributed(cook, ids, start, end)[staff["cook2"]] == 1.0
    assert metrics.anomalies_attributed(cook, ids, dt.date(2026, 4, 1), dt.date(2026, 5, 1))[staff["cook2"]] == 0.0


def test_dashboard_cards_and_search(qc, cook, staff, equipment, clock):
    clock.set(local(2026, 3, 2, 10, 0))  # lunch pre-shift due, opening overdue
    card = cards.runs_card(cook)
    assert card.level == "danger" and card.value == "2"
    assert cards.out_of_range_card(cook).value == "0"
    readings.record_reading(cook, readings.ReadingInput(equipment["hot"], "50", local(2026, 3, 2, 9, 0),
                                                        corrective_action="加热", recheck_value="70"))
    assert cards.out_of_range_card(cook).value == "1" and cards.out_of_range_card(cook).level == "danger"
    health.save_certificate(cook, staff["cook"], "A", dt.date(2026, 3, 20))
    card = cards.certificates_card(cook)
    assert card.value == "1" and "厨师刘师傅" in str(card.caption)
    assert cards.samples_card(cook).value == "0"
    anomalies.open_anomaly(cook, anomalies.AnomalyInput("foreign_object", "汤里有小虫", dish="紫菜汤"))
    hits = search.search(cook, "紫菜", 10)
    assert [h.title for h in hits] == ["汤里有小虫"] and hits[0].page == kitchen.ANOMALY_PAGE
    assert [h.title for h in search.search(cook, "冷冻", 10)] == ["冷冻柜"]
