"""Demo data of the kitchen: the last two months of a restaurant kitchen's records.

Seven pieces of equipment; the seeded checklists (pre-shift checks of both shifts, opening,
closing, the Saturday cleaning day, the inspection on the 15th) done day by day, a few late
and one missed; temperatures twice a day with a few out-of-range readings, their corrective
actions and re-checks; the lunch samples and their disposal two days later; the morning
health check of every cook (one certificate about to expire, one cook with a sore throat
moved to non-food work); cleaning, a dishwasher fault and its repair, preventive
maintenance; anomalies (one traced to a supplier's batch when the inventory plugin is
active); every day signed by the quality controller except the last two, and one amendment.

Everything is written through the services, one transaction per day, as the cook and the
quality controller, so it builds in a few seconds.
"""

from __future__ import annotations

import datetime as dt
import random

from suite.plugin_api import SuiteError, core
from suite.plugin_api.context import Context
from suite_plugins.kitchen.services import (anomalies, equipment, health, logbook, readings, runs, samples, signoff,
                                            templates)

DAYS = 60

EQUIPMENT = [
    ("冷藏柜1", "fridge", "热菜间", "0", "8", 90),
    ("冷藏柜2（留样）", "fridge", "凉菜间", "0", "8", 90),
    ("冷冻柜", "freezer", "库房", None, "-12", 180),
    ("冷库", "cold_room", "库房", "0", "8", 180),
    ("保温台", "hot_holding", "出餐口", "60", None, 120),
    ("消毒柜", "steriliser", "洗消间", "100", None, 180),
    ("洗碗机", "dishwasher", "洗消间", "70", None, 90),
]
NORMAL = {"fridge": (2.0, 6.5), "cold_room": (1.5, 5.5), "freezer": (-21.0, -17.0), "hot_holding": (63.0, 72.0),
          "steriliser": (110.0, 125.0), "dishwasher": (75.0, 85.0)}
DISHES = ["宫保鸡丁", "鱼香肉丝", "红烧肉", "清炒时蔬", "麻婆豆腐", "番茄炒蛋", "糖醋里脊", "凉拌黄瓜", "土豆丝", "紫菜蛋花汤",
          "回锅肉", "米饭"]
AREAS = ["热菜间", "凉菜间", "面点间", "洗消间", "库房"]


_TEMPLATES: dict = {}


class _Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def _at(tz, day: dt.date, h: int, m: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(h, m), tzinfo=tz).astimezone(dt.timezone.utc)


def create(ctx: Context, rng: random.Random, progress=None) -> None:
    real_now = ctx.now()
    _TEMPLATES.clear()
    clock = _Clock(real_now)
    tz = ctx.timezone
    today = ctx.today()
    first = today - dt.timedelta(days=DAYS)
    cooks = [s.id for s in core.list_staff(ctx, department="production")]
    qcs = [s.id for s in core.list_staff(ctx, department="quality")]
    if not cooks:
        return
    try:
        cook_ctx = core.user_context(ctx, "kitchen").with_clock(clock)
        qc_ctx = core.user_context(ctx, "quality").with_clock(clock)
    except SuiteError:
        cook_ctx = qc_ctx = ctx.with_clock(clock)
    qc_staff = qcs[0] if qcs else None
    sys_ctx = ctx.with_clock(clock)

    ids = {}
    for n, (name, kind, where, lo, hi, days) in enumerate(EQUIPMENT):
        ids[name] = equipment.create_equipment(sys_ctx, equipment.EquipmentInput(
            name, kind, where, lo, hi, maintenance_days=days,
            maintenance_due_on=today + dt.timedelta(days=rng.randint(-3, days)), position=n))
    kinds = {ids[name]: kind for name, kind, *_ in EQUIPMENT}
    sample_fridge = ids["冷藏柜2（留样）"]
    clock.now = _at(tz, first, 7, 0)
    templates.start_records_on(sys_ctx, first)
    # health certificates: one expires in 18 days
    for n, sid in enumerate(cooks + qcs):
        expires = today + dt.timedelta(days=18) if n == 1 else today + dt.timedelta(days=rng.randint(90, 330))
        health.save_certificate(sys_ctx, sid, f"GZ{2025000 + sid * 37:07d}", expires, expires - dt.timedelta(days=365))

    batch_id = None
    if ctx.has_plugin("inventory"):
        try:
            from suite_plugins.inventory import api as inventory

            for text in ("", "肉", "菜", "米", "油"):
                found = inventory.search_batches(ctx, text, limit=5)
                if found:
                    batch_id = found[0].id
                    break
        except SuiteError:
            batch_id = None

    missed_day = today - dt.timedelta(days=rng.randint(20, 30))
    unexplained_day = today - dt.timedelta(days=1)
    out_days = {today - dt.timedelta(days=d) for d in (45, 31, 12, 0)}
    sick_day = today - dt.timedelta(days=9)
    kept: list[tuple[int, dt.datetime]] = []
    amended = False

    day = first
    while day <= today:
        end_of_day = min(_at(tz, day, 23, 30), real_now)
        clock.now = end_of_day
        with cook_ctx.unit_of_work():
            _day(cook_ctx, qc_ctx, rng, tz, day, real_now, clock, cooks, qc_staff, ids, kinds, sample_fridge, kept,
                 missed_day, unexplained_day, day in out_days, day == sick_day, batch_id if day == today - dt.timedelta(days=6) else None)
        clock.now = end_of_day
        if day < today - dt.timedelta(days=1):
            signoff.sign_day(qc_ctx, day, note="已复核" if rng.random() < 0.3 else "")
            if not amended and day >= today - dt.timedelta(days=20):
                amended = True
                clock.now = min(end_of_day + dt.timedelta(hours=1), real_now)
                readings.record_reading(qc_ctx, readings.ReadingInput(
                    ids["冷库"], "3.5", taken_at=_at(tz, day, 20, 30), staff_id=qc_staff), amendment="补录纸质记录表上的晚间冷库读数")
        day += dt.timedelta(days=1)
        if progress is not None:
            progress((day - first).days / (DAYS + 1))
    clock.now = real_now


def _day(cook, qc, rng, tz, day, real_now, clock, cooks, qc_staff, ids, kinds, sample_fridge, kept, missed_day,
         unexplained_day, out_day, sick_day, batch_id):
    def due(h, m=0):
        at = _at(tz, day, h, m)
        return at if at <= real_now else None

    def at_time(at):
        clock.now = max(clock.now, at) if at <= real_now else clock.now

    head = cooks[0]
    cache = _TEMPLATES
    # morning health check of every cook, by the head cook
    at = due(8, 0)
    if at:
        clock.now = at
        for n, sid in enumerate(cooks):
            if sick_day and n == len(cooks) - 1:
                health.record_health_check(cook, health.CheckInput(sid, fit=False, temperature="37.0",
                                                                   symptoms=("sore_throat",), action="non_food_work",
                                                                   checked_at=at, checked_by=head))
            else:
                health.record_health_check(cook, health.CheckInput(
                    sid, fit=True, temperature=f"{rng.uniform(36.1, 36.9):.1f}", checked_at=at, checked_by=head))
    # temperatures twice a day, the whole grid
    for h, m in ((9, 10), (15, 20)):
        at = due(h, m)
        if not at:
            continue
        clock.now = min(at + dt.timedelta(minutes=40), real_now)   # never written in the future
        recorded_late_enough = clock.now - at >= dt.timedelta(minutes=10)   # time for the re-check
        entries = []
        for eid, kind in kinds.items():
            lo, hi = NORMAL[kind]
            value = f"{rng.uniform(lo, hi):.1f}"
            entry = readings.ReadingInput(eid, value, taken_at=at, staff_id=rng.choice(cooks))
            if out_day and h == 9 and recorded_late_enough and kind in ("fridge", "hot_holding") and eid == min(
                    e for e, k in kinds.items() if k == kind):
                entry.value = "9.6" if kind == "fridge" else "54.0"
                entry.corrective_action = ("关紧柜门，转移食材，调低温控" if kind == "fridge" else "重新加热至75℃以上并检查加热管")
                entry.action_staff_id = head
                entry.recheck_value = "5.2" if kind == "fridge" else "68.5"
                entry.recheck_at = min(at + dt.timedelta(minutes=30), clock.now)
            entries.append(entry)
        readings.record_readings(cook, entries)
    # lunch samples
    at = due(11, 40)
    if at:
        clock.now = at
        for dish in rng.sample(DISHES, 4):
            sid = samples.record_sample(cook, samples.SampleInput(dish, str(rng.choice((130, 150, 150, 160, 200))),
                                                                  meal="lunch", batch="午市", sampled_at=at,
                                                                  staff_id=rng.choice(cooks), fridge_id=sample_fridge))
            kept.append((sid, at))
    # disposal of the samples kept 48 hours and more, at 13:00
    at = due(13, 0)
    if at:
        clock.now = at
        for sid, sampled in list(kept):
            if sampled + dt.timedelta(hours=48) <= at:
                samples.dispose_sample(cook, sid, expected_version=1, at=at, staff_id=rng.choice(cooks))
                kept.remove((sid, sampled))
    # the checklists of the day
    clock.now = min(_at(tz, day, 23, 30), real_now)
    for r in runs.day_runs(cook, day):
        if r.status in ("done", "done_late") or r.start > real_now:
            continue
        if day == missed_day and r.code == "closing":
            if r.end < real_now:
                runs.explain_missed(cook, r.schedule_id, day, "晚市客满，收档检查未按时完成，次日补查")
            continue
        if day == unexplained_day and r.code == "opening":
            continue  # missed, no note yet: the sign-off of yesterday waits for it
        late = rng.random() < 0.06
        done_at = r.start + dt.timedelta(minutes=rng.randint(5, 40)) if not late else r.end + dt.timedelta(
            minutes=rng.randint(10, 50))
        if done_at > real_now:
            continue
        t = cache.get(r.template_id) or cache.setdefault(r.template_id, templates.get_template(cook, r.template_id))
        answers = []
        passed_all = rng.random() > 0.05
        for item in t.items:
            if item.kind == "yes_no":
                answers.append(runs.Answer(item.id, passed_all or item.position != 1))
            elif item.kind == "text" and rng.random() < 0.2:
                answers.append(runs.Answer(item.id, "正常"))
        inspection = r.code == "monthly_inspection"
        runs.complete_run(cook, r.schedule_id, day, answers, staff_id=qc_staff if inspection else rng.choice(cooks),
                          at=done_at, participants=tuple(cooks) if inspection else ())
    # cleaning of an area after closing
    at = due(21, 0)
    if at:
        logbook.log_cleaning(cook, rng.choice(AREAS), "地面、台面、工具清洗消毒", at=at, staff_id=rng.choice(cooks))
    offset = (real_now.astimezone(tz).date() - day).days
    if offset == 40 and due(14, 30):
        fid = logbook.report_fault(cook, ids["洗碗机"], "洗碗机漂洗温度上不去", at=_at(tz, day, 14, 30), staff_id=head)
        if due(17, 0):
            logbook.repair_fault(cook, fid, "更换加热管，复测82℃", expected_version=1, at=_at(tz, day, 17, 0),
                                 staff_id=head)
    if offset == 25 and due(16, 0):
        logbook.record_maintenance(cook, ids["冷库"], "清洗冷凝器，检查门封", at=_at(tz, day, 16, 0), staff_id=head)
    # anomalies
    if offset == 33 and due(12, 20):
        aid = anomalies.open_anomaly(cook, anomalies.AnomalyInput(
            "foreign_object", "炒饭里发现钢丝球铁丝", "出餐前抽检发现，已撤回该份", occurred_at=_at(tz, day, 12, 20),
            dish="扬州炒饭", department_id=None, responsible_staff_id=cooks[-1]))
        a = anomalies.get_anomaly(cook, aid)
        anomalies.close_anomaly(cook, aid, expected_version=a.version, corrective_action="停用钢丝球，改用尼龙刷；全员培训")
    if offset == 14 and due(11, 0):
        anomalies.open_anomaly(cook, anomalies.AnomalyInput(
            "random_inspection_failed", "随机抽检：凉拌黄瓜中心温度偏高", occurred_at=_at(tz, day, 11, 0),
            dish="凉拌黄瓜", responsible_staff_id=head, corrective_action="凉菜出品前冷藏不少于30分钟"))
    if batch_id is not None and due(10, 0):
        anomalies.open_anomaly(cook, anomalies.AnomalyInput(
            "spoiled_ingredient", "猪肉有异味，疑似变质", "验收时未发现，开袋后有异味，已封存", occurred_at=_at(tz, day, 10, 0),
            batch_id=batch_id, responsible_staff_id=head))
    if offset == 0 and due(10, 30):
        anomalies.open_anomaly(cook, anomalies.AnomalyInput("odd_smell", "冷藏柜1有异味", occurred_at=_at(tz, day, 10, 30),
                                                            equipment_id=ids["冷藏柜1"]))
