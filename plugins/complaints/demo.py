"""Demo data of the complaints desk: the last three months of an office's after-sales work.

The core demo (customers, staff, the demo accounts) and the order desk's demo run first.
This replays about 120 complaints through the services in time order, as the clerk, quality
control and the manager would have handled them: first contacts (a few late), departments
notified and investigating, customers waited for, deadlines that could not be met and new
times told, compensation (some above the threshold, approved or rejected by the manager),
food sealed and sent for testing, resolutions, follow-up visits (some customers never
reached), closing. The most recent cases are still open, some of them overdue. It adds the
improvement measures of the past months and two quarterly satisfaction surveys, and the
customer inquiries of the same months (a few still waiting for their answer today). The
office is a food business: open every day 08:00-20:00, through the statutory holidays.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
import random
from decimal import Decimal

from sqlalchemy import select

from suite.plugin_api import SuiteError, ValidationError, core
from suite.plugin_api.context import Context
from suite_plugins.complaints.models import Complaint
from suite_plugins.complaints.services import (
    compensation,
    followup,
    handling,
    inquiries,
    intake,
    orders_link,
    policies,
    statistics,
    surveys,
)

DAYS = 91

CATEGORY_WEIGHTS = {
    "delivery_delay": 24, "food_quality": 14, "wrong_item": 12, "taste_suggestion": 10, "foreign_object": 8,
    "packaging_damaged": 8, "service_attitude": 8, "price": 5, "packaging_unsanitary": 3, "spoiled_illness": 4,
    "other": 4,
}
CHANNEL_WEIGHTS = {"hotline": 55, "online": 25, "driver": 10, "letter": 4, "in_person": 6}

DESCRIPTIONS = {
    "delivery_delay": ["约好11点送水，12点半才到", "订单显示已出发，等了一个多小时还没送到", "午饭送到时已经凉了，晚了40分钟",
                       "说好上午送，结果下午三点才来", "催了两次电话，送餐员才说在路上"],
    "food_quality": ["红烧肉有一股哈喇味", "米饭夹生，没法吃", "青菜发黄，看着不新鲜", "鱼不新鲜，有腥臭味", "汤是馊的味道"],
    "wrong_item": ["点的是宫保鸡丁，送来的是鱼香肉丝", "订了3桶水只送来2桶", "少了一份米饭", "送成了别人的订单",
                   "要的是怡宝，送来的是本地山泉水"],
    "taste_suggestion": ["菜太咸了，希望少放点盐", "希望增加清淡一点的菜品", "水饺馅料偏少，建议改进", "辣度能不能分档",
                         "建议出一个儿童套餐"],
    "foreign_object": ["米饭里吃出一根头发", "菜里有一小块塑料片", "汤里有一只小虫", "炒饭里有钢丝球的铁丝"],
    "packaging_damaged": ["餐盒裂了，汤洒了一袋", "水桶瓶盖破损，漏水", "外卖袋破了，饭盒掉出来", "桶身有裂纹，地上全是水"],
    "service_attitude": ["送水师傅态度很差，还摔门", "客服电话里语气不耐烦", "送餐员不肯送上楼", "服务员上菜时把汤洒到客人身上没有道歉"],
    "price": ["收费比报价多了10元", "优惠券没有抵扣", "押金退少了", "发票金额和实付不一致"],
    "packaging_unsanitary": ["餐盒内壁有污渍", "水桶外面很脏，有泥", "打包袋有异味"],
    "spoiled_illness": ["吃完午饭后全家腹泻，已去医院", "孩子喝了送来的水后呕吐", "吃了凉菜后肚子疼，怀疑食物变质"],
    "other": ["发票一直没开", "希望能开通微信下单", "送水时把楼道地面弄湿了"],
}

#: who investigates, the likely root causes, and what is done for the customer
HANDLING = {
    "delivery_delay": ("delivery", ["traffic", "traffic", "weather", "route_planning", "vehicle_failure"], ["apology", "coupon"]),
    "food_quality": ("production", ["processing", "storage_transport", "ingredient_purchase"], ["apology", "replacement", "refund"]),
    "wrong_item": ("delivery", ["order_entry", "sorting", "handover"], ["apology", "redelivery"]),
    "taste_suggestion": (None, [], ["apology"]),
    "foreign_object": ("production", ["processing", "processing", "ingredient_purchase"], ["apology", "replacement", "refund"]),
    "packaging_damaged": ("purchasing", ["packaging_supplier", "storage_transport"], ["apology", "replacement"]),
    "service_attitude": ("customer_service", ["other"], ["apology", "coupon"]),
    "price": ("customer_service", ["order_entry"], ["apology", "refund"]),
    "packaging_unsanitary": ("quality", ["packaging_supplier", "storage_transport"], ["apology", "replacement"]),
    "spoiled_illness": ("quality", ["ingredient_purchase", "storage_transport", "processing"], ["apology", "medical", "lab_test", "refund"]),
    "other": ("customer_service", ["other"], ["apology"]),
}
RESOLUTIONS = {
    "apology": "已向客户致歉",
    "replacement": "已重新制作并补送",
    "redelivery": "已取回错送商品并重新配送",
    "refund": "已退还相应费用",
    "coupon": "赠送下次订餐优惠券",
    "medical": "承担医疗费用并协助就医",
    "lab_test": "涉事食品已封存送检",
}
WAIT_REASONS = ["请客户拍照发过来", "等客户把剩余食品送回封存", "客户在上班，晚上回电", "请客户提供付款截图"]
EXTEND_REASONS = ["检测机构出结果需要时间", "供应商负责人明天才能到场", "客户要求改天上门处理"]
FOLLOWUP_COMMENTS = {5: ["处理很及时，满意", "态度很好", "以后还会订"], 4: ["还可以", "希望以后别再出现"],
                     3: ["一般吧", "处理有点慢"], 2: ["不太满意，赔偿太少"], 1: ["很失望"]}
#: topic -> (question, answer) pairs of the fresh-delivery desk
INQUIRY_TOPICS = {
    "menu": [("今天中午有什么套餐？", "今天有红烧排骨套餐和番茄鸡蛋套餐"), ("有没有素食的菜？", "有，清炒时蔬和麻婆豆腐都可以做素")],
    "delivery": [("下午三点前能送到吗？", "可以，已安排下午两点半前送达"), ("你们送不送到开发区？", "开发区每天上午和下午各送一趟"),
                 ("订的水什么时候到？", "送水员已出发，大约二十分钟")],
    "payment": [("可以用微信支付吗？", "可以，送货时扫码或在线支付"), ("能开发票吗？", "可以开电子发票，请提供抬头和税号")],
    "price": [("桶装水多少钱一桶？", "18元一桶，押金30元"), ("月卡怎么算？", "月卡每月300元，含20桶")],
    "product": [("这批牛奶的保质期到哪天？", "到本月28日"), ("有没有无糖的点心？", "周末供应无糖桃酥"),
                ("昨天买的苹果是哪里产的？", "烟台产的红富士")],
    "other": [("你们招送货员吗？", "招，请把简历发到公司邮箱"), ("周日营业吗？", "每天营业，08:00到20:00")],
}

MEASURES = [
    "1. 配送部午高峰增派两名送水员，雨天提前半小时派单。\n2. 厨房每日开工前检查帽子口罩，加强头发等异物防控。\n"
    "3. 对包装供应商洁美包装厂下达整改通知，更换批次餐盒。",
    "1. 订单录入后由调度复核品牌与数量，减少错送。\n2. 客服话术培训一次，要求首次联系在30分钟内。\n"
    "3. 凉菜改为当日现做，冷藏不超过4小时。",
]


class _Sim:
    """A clock the replay moves forward."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


class Replay:
    def __init__(self, ctx: Context, rng: random.Random) -> None:
        self.rng = rng
        self.action_case: dict[int, int] = {}
        self.stop_at = ctx.now()
        self.today = ctx.today()
        self.first = self.today - dt.timedelta(days=DAYS)
        self.sim = _Sim(ctx.local_to_utc(dt.datetime.combine(self.first, dt.time(7, 0))))
        base = ctx.with_clock(self.sim)

        def as_(username: str) -> Context:
            try:
                return core.user_context(base, username).with_clock(self.sim)
            except SuiteError:
                return base

        self.system = base
        self.clerk, self.quality, self.manager = as_("clerk"), as_("quality"), as_("manager")
        self.events: list = []
        self.seq = itertools.count()
        with ctx.read() as s:
            self.customers = list(s.scalars(select(core.Customer.id).where(core.Customer.archived.is_(False))
                                            .order_by(core.Customer.id)))
        self.staff = {code: [p.id for p in core.list_staff(ctx, department=code)]
                      for code in ("delivery", "production", "customer_service", "quality", "purchasing")}

    # ------------------------------------------------------------------ scheduling

    def local(self, day: dt.date, minute: int) -> dt.datetime:
        return self.system.local_to_utc(dt.datetime.combine(day, dt.time(0)) + dt.timedelta(minutes=minute))

    def push(self, when: dt.datetime, action, *args) -> None:
        heapq.heappush(self.events, (when, next(self.seq), action, args))

    def run(self, progress=None) -> None:
        day = self.first
        while day <= self.today:
            for _ in range(self.rng.choices([0, 1, 1, 2, 2, 3], k=1)[0]):
                self.push(self.local(day, self.rng.randint(8 * 60, 21 * 60)), self.receive, None)
            day += dt.timedelta(days=1)
        # today: a few cases still on the desk, one of them urgent and not yet called back
        for minutes_ago, category in ((200, "food_quality"), (95, "delivery_delay"), (50, "spoiled_illness"),
                                      (40, "wrong_item"), (25, "taste_suggestion"), (10, "foreign_object")):
            self.push(self.stop_at - dt.timedelta(minutes=minutes_ago), self.receive, category)
        # customer inquiries (咨询): a few a day, answered within 30 minutes (mostly)
        day = self.first
        while day <= self.today:
            for _ in range(self.rng.choices([0, 1, 2, 3, 4], k=1)[0]):
                self.push(self.local(day, self.rng.randint(8 * 60, 20 * 60)), self.inquiry, None)
            day += dt.timedelta(days=1)
        for minutes_ago, topic in ((45, "delivery"), (24, "product"), (6, "price")):  # still waiting today
            self.push(self.stop_at - dt.timedelta(minutes=minutes_ago), self.inquiry, topic, False)
        begin = self.local(self.first, 0).timestamp()
        span = max(self.stop_at.timestamp() - begin, 1.0)
        while self.events:
            when, _n, action, args = heapq.heappop(self.events)
            if when > self.stop_at:
                continue  # has not happened yet
            self.sim.now = when
            if progress is not None:
                progress(0.9 * (when.timestamp() - begin) / span)
            try:
                action(*args)
            except ValidationError:
                pass  # a rule refused it, as it would have refused the clerk
        self.sim.now = self.stop_at

    # ------------------------------------------------------------------ a case

    def _row(self, cid: int) -> Complaint:
        with self.system.read() as s:
            row = s.get(Complaint, cid)
            s.expunge(row)
            return row

    def _when(self, start: dt.datetime, due: dt.datetime | None, late: bool, typical: tuple[int, int]) -> dt.datetime:
        """When a step happens: usually after a typical while (in minutes), before the deadline;
        when ``late``, some time after the deadline."""
        rng = self.rng
        if due is not None and late:
            when = due + dt.timedelta(minutes=rng.randint(10, 120))
            local = self.system.to_local(when)
            if local.hour < 8:  # nobody calls customers at night: first thing in the morning
                when = self.system.local_to_utc(local.replace(hour=8, minute=rng.randint(0, 59), tzinfo=None))
            return when
        when = start + dt.timedelta(minutes=rng.randint(*typical))
        if due is not None and when >= due:
            when = start + (due - start) * rng.uniform(0.3, 0.9)
        return when

    def receive(self, category: str | None) -> None:
        rng = self.rng
        category = category or rng.choices(list(CATEGORY_WEIGHTS), weights=list(CATEGORY_WEIGHTS.values()))[0]
        customer = rng.choice(self.customers)
        order_id = None
        if category not in ("taste_suggestion", "other") and rng.random() < 0.85:
            try:
                recent = orders_link.recent_orders(self.clerk, customer, 5)
            except SuiteError:
                recent = []
            recent = [o for o in recent if o.created_at <= self.sim.now and o.status != "cancelled"]
            if recent:
                order_id = recent[0].id
        involved = {}
        if category in ("delivery_delay", "wrong_item", "service_attitude", "packaging_damaged") and self.staff["delivery"]:
            involved["driver_staff_id"] = rng.choice(self.staff["delivery"])
        if category in ("food_quality", "foreign_object", "spoiled_illness") and self.staff["production"]:
            involved["cook_staff_id"] = rng.choice(self.staff["production"])
        channel = rng.choices(list(CHANNEL_WEIGHTS), weights=list(CHANNEL_WEIGHTS.values()))[0]
        cid = intake.create_complaint(self.clerk, intake.ComplaintInput(
            customer_id=customer, channel=channel, category=category,
            description=rng.choice(DESCRIPTIONS[category]), order_id=order_id, **involved))
        self.plan(cid, category)

    def plan(self, cid: int, category: str) -> None:
        rng = self.rng
        c = self._row(cid)
        t0 = c.received_at
        department, causes, actions = HANDLING[category]
        fc = self._when(t0, c.fc_due_at, rng.random() < 0.10, (3, 40))
        self.push(fc, self.step, handling.log_first_contact, self.clerk, cid)
        t = fc
        if rng.random() < 0.10:
            back = t + dt.timedelta(minutes=rng.randint(60, 300))
            self.push(t + dt.timedelta(minutes=5), self.step, handling.wait_for_customer, self.clerk, cid,
                      {"reason": rng.choice(WAIT_REASONS)})
            self.push(back, self.step, handling.customer_answered, self.clerk, cid, {"note": "客户已回复"})
            t = back
        notified = None
        if department:
            notified = t + dt.timedelta(minutes=rng.randint(5, 30))
            self.push(notified, self.step, handling.notify_department, self.clerk, cid, {"department": department})
        solution = max(t + dt.timedelta(minutes=10), self._when(t0, c.sol_due_at, rng.random() < 0.08, (40, 200)))
        proposal = "；".join(RESOLUTIONS[a] for a in actions)
        self.push(solution, self.step, handling.propose_solution, self.clerk, cid, {"proposal": proposal})
        done_at = solution
        if notified is not None:
            minutes = {"urgent": 240, "general": 480}.get(c.severity, 600)
            inv_due = notified + dt.timedelta(minutes=minutes)
            investigated = self._when(notified, inv_due, rng.random() < 0.08, (45, 360))
            substantiated = rng.random() < 0.75
            owner = {"delivery": "delivery", "production": "production", "purchasing": "purchasing",
                     "quality": "quality", "customer_service": "customer_service"}[department]
            people = self.staff.get(owner) or []
            responsible = (c.driver_staff_id or c.cook_staff_id) if substantiated else None
            if responsible is None and substantiated and people and owner != "purchasing":
                responsible = rng.choice(people)
            self.push(investigated, self.step, handling.record_investigation, self.quality, cid,
                      {"findings": "经调查核实：" + ("情况属实" if substantiated else "与描述不符，非我方原因"),
                       "root_cause": rng.choice(causes), "responsible_department": department,
                       "substantiated": substantiated, "responsible_staff_id": responsible})
            done_at = max(done_at, investigated)
        for kind in actions:
            self.push(solution + dt.timedelta(minutes=2), self.action, cid, kind, c.order_amount)
        approve_at = solution + dt.timedelta(minutes=rng.randint(30, 150))
        self.push(approve_at, self.approve, cid)
        if rng.random() < 0.05 and c.res_due_at is not None:
            self.push(solution + dt.timedelta(minutes=15), self.step, handling.extend_deadline, self.clerk, cid,
                      {"stage": "resolution", "new_due": c.res_due_at + dt.timedelta(hours=rng.randint(6, 30)),
                       "reason": rng.choice(EXTEND_REASONS)})
            resolved = c.res_due_at + dt.timedelta(hours=rng.randint(2, 6))
        else:
            resolved = max(done_at, approve_at) + dt.timedelta(minutes=rng.randint(20, 240))
            if c.res_due_at is not None and rng.random() > 0.06:
                resolved = min(resolved, c.res_due_at - dt.timedelta(minutes=rng.randint(5, 60)))
            resolved = max(resolved, approve_at + dt.timedelta(minutes=5), done_at + dt.timedelta(minutes=5))
        self.push(resolved, self.step, handling.resolve, self.clerk, cid, {"resolution": proposal})
        visit_day = self.system.to_local(resolved).date() + dt.timedelta(days=rng.choice([1, 1, 2, 2, 3]))
        visit = self.local(visit_day, rng.randint(10 * 60, 17 * 60))
        self.push(visit, self.visit, cid, 0)

    def step(self, fn, ctx: Context, cid: int, kwargs: dict | None = None) -> None:
        fn(ctx, cid, **(kwargs or {}))

    def action(self, cid: int, kind: str, order_amount: Decimal | None) -> None:
        rng = self.rng
        kw: dict = {}
        if kind == "refund":
            base = order_amount or Decimal(rng.choice(["20", "28", "36", "48", "58"]))
            kw["amount"] = (base * Decimal(rng.choice(["0.5", "1", "1"]))).quantize(Decimal("0.01"))
        elif kind == "coupon":
            kw["amount"] = Decimal(rng.choice(["5", "10", "10", "20"]))
            kw["coupon_expires"] = self.system.today() + dt.timedelta(days=60)
        elif kind == "medical":
            kw["amount"] = Decimal(rng.choice(["180", "260", "420", "650"]))
            kw["note"] = "急诊及药费，凭发票报销"
        elif kind == "lab_test":
            kw["lab_sent_at"] = self.sim.now
            kw["lab_name"] = rng.choice(["市疾病预防控制中心", "市食品药品检验所"])
        compensation.record_action(self.clerk, cid, kind, **kw)
        if kind == "lab_test":
            row = compensation.list_actions(self.clerk, cid)[-1]
            self.action_case[row.id] = cid
            self.push(self.sim.now + dt.timedelta(days=2), self.lab_result, row.id)

    def lab_result(self, action_id: int) -> None:
        compensation.record_lab_result(self.quality, action_id,
                                       self.rng.choice(["菌落总数超标", "检测合格，未检出致病菌", "大肠菌群超标"]),
                                       expected_version=self.action_version(action_id))

    def action_version(self, action_id: int) -> int:
        return next(a.version for a in compensation.list_actions(self.quality, self.action_case[action_id])
                    if a.id == action_id)

    def approve(self, cid: int) -> None:
        for p in compensation.pending_approvals(self.manager):
            if p.complaint_id != cid:
                continue
            if self.rng.random() < 0.85:
                compensation.decide(self.manager, p.action.id, True, "同意，尽快办理",
                                    expected_version=p.action.version)
            else:
                compensation.decide(self.manager, p.action.id, False, "金额偏高，请与客户协商以优惠券补偿",
                                    expected_version=p.action.version)

    def visit(self, cid: int, attempt: int) -> None:
        rng = self.rng
        never_reached = cid % 13 == 0
        if never_reached or (attempt == 0 and rng.random() < 0.12):
            followup.record_followup(self.clerk, cid, method="phone", reached=False,
                                     comments=f"第{attempt + 1}次回访，电话无人接听",
                                     close=never_reached and attempt == 2)
            if attempt < 2:
                self.push(self.sim.now + dt.timedelta(hours=rng.randint(3, 26)), self.visit, cid, attempt + 1)
            return
        score = rng.choices([5, 4, 3, 2, 1], weights=[50, 30, 12, 6, 2])[0]
        followup.record_followup(self.clerk, cid, method=rng.choice(["phone", "phone", "sms", "online"]), reached=True,
                                 satisfaction=score, comments=rng.choice(FOLLOWUP_COMMENTS[score]), close=True)

    # ------------------------------------------------------------------ inquiries

    def inquiry(self, topic: str | None, answer: bool = True) -> None:
        rng = self.rng
        topic = topic or rng.choices(list(INQUIRY_TOPICS), weights=[18, 30, 10, 16, 20, 6])[0]
        question, reply = rng.choice(INQUIRY_TOPICS[topic])
        named = rng.random() < 0.7
        qid = inquiries.create_inquiry(self.clerk, inquiries.InquiryInput(
            channel=rng.choices(["phone", "online", "in_person", "other"], weights=[60, 30, 5, 5])[0], topic=topic,
            question=question, customer_id=rng.choice(self.customers) if named else None,
            caller_name="" if named else rng.choice(["张先生", "李女士", "一位来电客户", ""]),
            answer=reply if answer and rng.random() < 0.45 else ""))
        if not answer or inquiries.get_inquiry(self.clerk, qid).answered_at is not None:
            return
        late = rng.random() < 0.08
        minutes = rng.randint(35, 120) if late else rng.randint(2, 28)
        if late:
            self.push(self.sim.now + dt.timedelta(minutes=4), self.promise, qid, minutes)
        self.push(self.sim.now + dt.timedelta(minutes=minutes), self.answer_inquiry, qid, reply)

    def promise(self, qid: int, minutes: int) -> None:
        v = inquiries.get_inquiry(self.clerk, qid)
        inquiries.promise_reply(self.clerk, qid, v.received_at + dt.timedelta(minutes=minutes + 10),
                                expected_version=v.version, note="需要向厨房/仓库确认")

    def answer_inquiry(self, qid: int, reply: str) -> None:
        v = inquiries.get_inquiry(self.clerk, qid)
        inquiries.answer_inquiry(self.clerk, qid, reply, expected_version=v.version)
        if v.topic == "product" and v.customer_id is not None and self.rng.random() < 0.06:
            # the question turned out to be a complaint
            cid = inquiries.convert_to_complaint(self.clerk, qid, category="food_quality",
                                                 expected_version=inquiries.get_inquiry(self.clerk, qid).version)
            self.plan(cid, "food_quality")

    # ------------------------------------------------------------------ after the cases

    def surveys(self) -> None:
        rng = self.rng
        this_q = surveys.quarter_of(self.today)
        prev_q = surveys.previous_quarter(*this_q)
        for (year, quarter), bias in ((prev_q, -0.3), (this_q, 0.0)):
            rid = surveys.create_round(self.clerk, year, quarter, f"{year}年第{quarter}季度客户满意度调查")
            for cand in surveys.suggest_respondents(self.clerk, rid, per_group=8):
                def score(mean: float) -> int:
                    return max(1, min(5, round(rng.gauss(mean + bias, 0.8))))

                surveys.add_response(self.clerk, rid, group=cand.group, customer_id=cand.customer_id,
                                     method=rng.choice(list(("phone", "online", "paper"))),
                                     scores={"food_quality": score(4.3), "delivery": score(3.7), "packaging": score(4.0),
                                             "taste": score(4.2), "price": score(3.8), "attitude": score(4.4)},
                                     comments=rng.choice(["", "", "送水能再快一点就好了", "菜量可以再多一些", "服务不错"]))
            if (year, quarter) == prev_q:
                surveys.save_round(self.clerk, rid, closed=True,
                                   expected_version=surveys.get_round(self.clerk, rid).version,
                                   improvement_plan="配送：午高峰增派人手，承诺送达时间缩短至45分钟。\n价格：推出月卡优惠。")

    def measures(self) -> None:
        key = statistics.month_key(self.today.year, self.today.month)
        for n, text in enumerate(MEASURES, start=1):
            month = statistics.add_months(key, -n)
            statistics.save_month_measures(self.manager, month, text,
                                           expected_version=statistics.month_measures(self.manager, month)[1])


def create(ctx: Context, rng: random.Random, progress=None) -> None:
    # a food business: open every day 08:00-20:00, through the statutory holidays
    policies.save_desk_settings(ctx, policies.DeskSettings(
        day_hours=((8 * 60, 20 * 60),) * 7, open_on_holidays=True, inquiry_reply_minutes=30),
        confirm_hours=True)   # the office looked at its hours: the set-up step is done
    replay = Replay(ctx, rng)
    replay.run(progress)
    replay.surveys()
    replay.measures()
