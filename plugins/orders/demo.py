"""Demo data of the order desk: a water shop's and a small restaurant's month.

The core demo (areas 东城片区..., six drivers, 240 customers, the demo accounts) runs first.
This adds the catalogue and the vehicles, then replays the last four weeks minute by minute
through the services, as the clerk, the dispatcher, the drivers and the manager would have
worked: phone orders confirmed and promised, the day planned and dispatched after the
vehicle checks, deliveries confirmed with empties and money (some late, a few customers
absent), table orders checked out at the bar, cancellations with reasons, and every day but
the last two closed with the drivers' cash handed in. Today has orders in every state.
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
from suite_plugins.orders.services import catalog, close, deliveries, dispatch, orders, standing
from suite_plugins.orders.services.catalog import ProductInput
from suite_plugins.orders.services.deliveries import DeliveryInput
from suite_plugins.orders.services.orders import ItemInput, OrderInput

DAYS = 28

WATER = [
    # name, price, litres, deposit, weight
    ("农夫山泉 18.9L", "20", "18.9", "30", 5),
    ("怡宝纯净水 18.9L", "22", "18.9", "30", 3),
    ("景田百岁山 18.9L", "26", "18.9", "40", 1),
    ("本地山泉水 18.9L", "12", "18.9", "20", 4),
    ("娃哈哈纯净水 11.3L", "14", "11.3", "20", 2),
]
GOODS = [("一次性纸杯（100只）", "6", "配件"), ("手压式压水器", "15", "配件"), ("饮水机消毒服务", "30", "服务")]
DISHES = [
    ("凉菜", [("拍黄瓜", "12"), ("凉拌木耳", "16"), ("夫妻肺片", "32")]),
    ("热菜", [("宫保鸡丁", "32"), ("鱼香肉丝", "28"), ("红烧肉", "48"), ("清蒸鲈鱼", "68"), ("麻婆豆腐", "22"),
             ("西红柿炒鸡蛋", "22"), ("干煸四季豆", "26"), ("水煮牛肉", "52")]),
    ("汤羹", [("酸辣汤", "18"), ("紫菜蛋花汤", "12")]),
    ("主食", [("米饭", "2"), ("扬州炒饭", "18"), ("三鲜水饺", "22")]),
    ("酒水", [("青岛啤酒", "8"), ("雪碧", "5"), ("纯粮白酒", "58")]),
]
VEHICLES = [("浙A·D3501", "电动三轮车", 30), ("浙A·D3502", "电动三轮车", 30), ("浙A·F6618", "五菱面包车", 60),
            ("浙A·F6619", "五菱面包车", 60), ("浙A·D3503", "电动三轮车", 30), ("浙A·G2208", "小货车", 80)]
CANCEL_REASONS = ["客户家里还有水，改天再要", "客户临时外出", "下错单，重新下", "客户嫌送得晚，取消", "重复下单"]
NOTES = ["", "", "", "", "放门口即可", "到楼下打电话", "下午送", "顺便带两包纸杯"]
SHORT_NOTES = ["找零少收10元，已向司机核实", "客户少付5元，下次补"]


class _Sim:
    """A clock that the simulation moves forward."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def _products(ctx: Context) -> dict[str, list]:
    made: dict[str, list] = {"water": [], "goods": [], "dish": []}
    for order, (name, price, litres, deposit, weight) in enumerate(WATER):
        pid = catalog.save_product(ctx, ProductInput(name, price, kind="water", category="桶装水", unit="桶",
                                                     bucket_litres=litres, deposit=deposit, returnable=True,
                                                     sort_order=order, code=f"W{order + 1:02d}"))
        made["water"].append((pid, weight))
    for order, (name, price, category) in enumerate(GOODS):
        made["goods"].append(catalog.save_product(ctx, ProductInput(name, price, kind="goods", category=category,
                                                                    unit="份" if category == "服务" else "个",
                                                                    sort_order=order)))
    for category, dishes in DISHES:
        for order, (name, price) in enumerate(dishes):
            unit = {"主食": "份", "酒水": "瓶"}.get(category, "份")
            made["dish"].append((catalog.save_product(ctx, ProductInput(name, price, kind="dish", category=category,
                                                                        unit="碗" if name == "米饭" else unit,
                                                                        sort_order=order)), category))
    # a dish taken off the menu
    old = catalog.save_product(ctx, ProductInput("松鼠桂鱼", "88", kind="dish", category="热菜", unit="份"))
    catalog.set_active(ctx, old, False, expected_version=catalog.get_product(ctx, old).version)
    return made


def create(ctx: Context, rng: random.Random, days: int = DAYS, progress=None) -> None:
    made = _products(ctx)
    # the dispatcher sends drivers out every hour: promises allow for the wait
    core.set_setting(ctx, "orders", "dispatch_every_minutes", 60, permission="orders.configure")
    drivers = core.list_staff(ctx, department="delivery")
    for (plate, name, cap), driver in zip(VEHICLES, drivers):
        dispatch.save_vehicle(ctx, plate=plate, name=name, capacity_buckets=cap, default_driver_staff_id=driver.id)
    with ctx.read() as s:
        people = s.execute(select(core.Customer.id, core.Customer.kind).where(core.Customer.archived.is_(False))
                           .order_by(core.Customer.id)).all()
    Replay(ctx, rng, made, [d.id for d in drivers], people, days).run(progress)


class Replay:
    def __init__(self, ctx: Context, rng: random.Random, made, drivers: list[int], people, days: int = DAYS) -> None:
        self.rng = rng
        self.made = made
        self.drivers = drivers
        self.people = [cid for cid, _ in people]
        self.companies = {cid for cid, kind in people if kind == "company"}
        # the customers who order water, and how often
        self.regulars = rng.sample(self.people, k=min(len(self.people), 150))
        today = ctx.today()
        self.first = today - dt.timedelta(days=days)
        self.today = today
        start = ctx.local_to_utc(dt.datetime.combine(self.first, dt.time(7, 0)))
        self.sim = _Sim(start)
        self.stop_at = ctx.now()  # never simulate the future
        base = ctx.with_clock(self.sim)

        def as_(username: str) -> Context:
            try:
                return core.user_context(base, username).with_clock(self.sim)
            except SuiteError:
                return base

        self.clerk, self.dispatcher, self.manager = as_("clerk"), as_("dispatcher"), as_("manager")
        self.driver_ctx = as_("driver")
        self.system = base
        self.events: list = []
        self.seq = itertools.count()
        self.favourite: dict[int, int] = {}
        self.driver_bias: dict[int, float] = {}

    # ------------------------------------------------------------------ scheduling

    def at(self, day: dt.date, hh: int, mm: int = 0) -> dt.datetime:
        return self.system.local_to_utc(dt.datetime.combine(day, dt.time(0, 0)) + dt.timedelta(hours=hh, minutes=mm))

    def push(self, when: dt.datetime, action, *args) -> None:
        heapq.heappush(self.events, (when, next(self.seq), action, args))

    def run(self, progress=None) -> None:
        """Replay the weeks; ``progress(fraction)`` follows the simulated clock."""
        self.sim.now = self.at(self.first, 7, 0)
        begin = self.sim.now.timestamp()
        span = max(self.stop_at.timestamp() - begin, 1.0)
        self.standing_orders()
        day = self.first
        while day <= self.today:
            self.schedule_day(day)
            day += dt.timedelta(days=1)
        while self.events:
            when, _n, action, args = heapq.heappop(self.events)
            if when > self.stop_at:
                continue  # today's later events have not happened yet
            self.sim.now = when
            if progress is not None:
                progress((when.timestamp() - begin) / span)
            try:
                action(*args)
            except ValidationError:
                pass  # a rule refused it, as it would have refused the clerk
        self.sim.now = self.stop_at
        self.open_orders_now()

    def open_orders_now(self) -> None:
        """A few calls still being taken right now: new and confirmed orders on the desk."""
        for n in range(5):
            cid = self.rng.choice(self.regulars)
            try:
                oid = orders.create_order(self.clerk, OrderInput(channel="phone", customer_id=cid,
                                                                 items=self._water_items(cid)))
                if n % 2:
                    orders.confirm_order(self.clerk, oid)
            except ValidationError:
                continue

    def schedule_day(self, day: dt.date) -> None:
        rng = self.rng
        self.push(self.at(day, 7, 20), self.standing_day, day)
        self.push(self.at(day, 7, 40), self.vehicle_checks, day)
        weekend = day.weekday() >= 5
        for _ in range(rng.randint(22, 32) if not weekend else rng.randint(12, 18)):
            self.push(self.at(day, 0, rng.randint(8 * 60, 16 * 60 + 30)), self.water_order, day)
        for hour in range(8, 18):  # the dispatcher sends out what is ready every hour
            self.push(self.at(day, hour, 30), self.plan_and_dispatch, day)
        for start, end in ((11 * 60, 13 * 60), (17 * 60, 20 * 60)):
            for _ in range(rng.randint(5, 9) + (3 if weekend else 0)):
                self.push(self.at(day, 0, rng.randint(start, end)), self.table_order, day)
        if day <= self.today - dt.timedelta(days=2):
            self.push(self.at(day + dt.timedelta(days=1), 8, 30), self.close_day, day)

    # ------------------------------------------------------------------ actions

    def vehicle_checks(self, day: dt.date) -> None:
        for v in dispatch.list_vehicles(self.dispatcher, day):
            if self.rng.random() < 0.04:
                problem = self.rng.choice(["左后轮胎压不足", "刹车偏软", "右前大灯不亮", "货箱挡板松动"])
                dispatch.record_check(self.dispatcher, v.id, tyres="胎" not in problem, brakes="刹车" not in problem,
                                      lights="灯" not in problem, load="货箱" not in problem, notes=problem)
            else:
                dispatch.record_check(self.dispatcher, v.id, tyres=True, brakes=True, lights=True, load=True)

    def standing_orders(self) -> None:
        """Regular customers with a standing delivery ("每周一送两桶"), one of them paused."""
        rng = self.rng
        for n, cid in enumerate(self.regulars[:12]):
            water = self._water_items(cid)[0]
            pattern = ("weekly", "weekly", "every_n", "monthly")[n % 4]
            data = standing.StandingInput(
                customer_id=cid, items=[(water.product_id, min(water.quantity, 4))], pattern=pattern,
                weekdays=sorted(rng.sample(range(1, 7), k=rng.choice([1, 2]))) if pattern == "weekly" else [],
                every_n_days=rng.choice([3, 7]) if pattern == "every_n" else None,
                month_days=[1, 15] if pattern == "monthly" else [], window_start=("09:00", "14:00")[n % 2],
                window_end=("11:00", "17:00")[n % 2], start_on=self.first, skip_holidays=True)
            try:
                sid = standing.create_standing(self.clerk, data)
            except ValidationError:
                continue
            if n == 5:
                view = standing.get_standing(self.clerk, sid)
                standing.pause_standing(self.clerk, sid, self.today, self.today + dt.timedelta(days=14),
                                        expected_version=view.version)

    def standing_day(self, day: dt.date) -> None:
        standing.generate_day(self.clerk, day)

    def _water_items(self, customer_id: int) -> list[ItemInput]:
        rng = self.rng
        if customer_id not in self.favourite:
            ids, weights = zip(*self.made["water"])
            self.favourite[customer_id] = rng.choices(ids, weights=weights)[0]
        qty = rng.randint(4, 10) if customer_id in self.companies else rng.choices([1, 2, 3, 4], [3, 5, 2, 1])[0]
        items = [ItemInput(self.favourite[customer_id], qty)]
        if rng.random() < 0.08:
            items.append(ItemInput(rng.choice(self.made["goods"]), 1))
        return items

    def water_order(self, day: dt.date) -> None:
        rng = self.rng
        cid = rng.choice(self.regulars)
        last = orders.repeat_last_order(self.clerk, cid) if rng.random() < 0.5 else None
        data = last or OrderInput(channel=rng.choices(["phone", "web", "app"], [7, 1, 2])[0], customer_id=cid,
                                  items=self._water_items(cid), notes=rng.choice(NOTES))
        if rng.random() < 0.15:
            later = self.sim.now + dt.timedelta(hours=rng.randint(1, 3))
            data.requested_at = later.replace(minute=(later.minute // 30) * 30, second=0, microsecond=0)
        try:
            oid = orders.create_order(self.clerk, data)
        except ValidationError:
            return
        orders.confirm_order(self.clerk, oid)
        if rng.random() < 0.04:
            self.push(self.sim.now + dt.timedelta(minutes=rng.randint(10, 60)), self.cancel, oid)

    def cancel(self, order_id: int) -> None:
        orders.cancel_order(self.clerk, order_id, self.rng.choice(CANCEL_REASONS))

    def plan_and_dispatch(self, day: dt.date) -> None:
        from suite_plugins.orders.services import queries

        plan = dispatch.plan_day(self.dispatcher, day)
        seq_by_order = {s.order_id: s.stop_seq for s in plan.stops}
        for driver in sorted({s.driver_staff_id for s in plan.stops if not s.manual}):
            try:
                sent = dispatch.dispatch_driver(self.dispatcher, day, driver)
            except ValidationError:
                continue
            bias = self.driver_bias.setdefault(driver, self.rng.choice([-4, 0, 0, 3, 8]))
            for n, oid in enumerate(sorted(sent, key=lambda o: seq_by_order.get(o) or 0), 1):
                promised = queries.get_order(self.dispatcher, oid).promised_at or self.sim.now
                earliest = self.sim.now + dt.timedelta(minutes=8 + 7 * n)
                when = max(earliest, promised + dt.timedelta(minutes=self.rng.gauss(-16, 11) + bias))
                self.push(when, self.deliver, oid)

    def deliver(self, order_id: int) -> None:
        from suite_plugins.orders.services import queries

        rng = self.rng
        view = queries.get_order(self.dispatcher, order_id)
        if view.status != "dispatched":
            return
        roll = rng.random()
        if roll < 0.03:
            deliveries.confirm_delivery(self.driver_ctx, order_id, DeliveryInput(exception="absent", note="敲门无人，电话未接"))
            return
        company = view.customer_id in self.companies
        method = "account" if company and rng.random() < 0.7 else rng.choices(
            ["cash", "wechat", "alipay", "card"], [4, 5, 2, 0.3])[0]
        data = DeliveryInput(signed_by=view.customer_name if rng.random() < 0.8 else "家人代签",
                             empties_collected=view.empties_expected, payment_method=method)
        if roll > 0.985 and view.buckets > 1:
            data.buckets_delivered = view.buckets - 1
            data.damaged_buckets = 1
            data.note = "搬运时一桶破裂，已拉回"
        deliveries.confirm_delivery(self.driver_ctx, order_id, data)

    def table_order(self, day: dt.date) -> None:
        rng = self.rng
        guests = rng.choices([1, 2, 3, 4, 6, 8], [1, 4, 3, 3, 1, 1])[0]
        dishes = rng.sample(self.made["dish"], k=min(len(self.made["dish"]), max(2, guests + rng.randint(-1, 2))))
        items = [ItemInput(pid, 1 if cat != "主食" else max(1, guests // 2)) for pid, cat in dishes]
        walk_in = rng.random() < 0.2
        data = OrderInput(channel="walk_in" if walk_in else "table", items=items,
                          table_no="" if walk_in else str(rng.randint(1, 16)), guests=None if walk_in else guests,
                          notes=rng.choice(["", "", "少辣", "不要香菜", "快点上菜"]),
                          customer_name="" if not walk_in else "散客")
        oid = orders.create_order(self.clerk, data)
        orders.confirm_order(self.clerk, oid)
        self.push(self.sim.now + dt.timedelta(minutes=rng.randint(35, 95)), self.checkout, oid)

    def checkout(self, order_id: int) -> None:
        method = self.rng.choices(["cash", "wechat", "alipay", "card"], [3, 6, 3, 1])[0]
        deliveries.checkout(self.clerk, order_id, None, method)

    def close_day(self, day: dt.date) -> None:
        summary = close.day_summary(self.manager, day)
        for d in summary.drivers:
            if d.driver_staff_id is None or d.cash_expected <= 0:
                continue
            if self.rng.random() < 0.05:
                short = Decimal(self.rng.choice(["5", "10"]))
                close.record_cash_handin(self.manager, day, d.driver_staff_id, d.cash_expected - short,
                                         note=self.rng.choice(SHORT_NOTES))
            else:
                close.record_cash_handin(self.manager, day, d.driver_staff_id, d.cash_expected)
        close.close_day(self.manager, day, notes="")
