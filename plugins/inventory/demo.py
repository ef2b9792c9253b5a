"""Demo data: three months of a restaurant's and a water shop's stock, made through the
services on a simulated clock: suppliers with licences (one expiring soon, one not
qualified), purchase orders and receipts with batches and their inspection (a rejected
line), issues, transfers to the vans, waste, a stocktake with differences, the order desk's
demo orders deducted through the recipes and the buckets, and the buckets owned set so the
bucket reconciliation balances with the deposit ledger."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from suite.plugin_api import SuiteError, ValidationError, core
from suite.plugin_api.context import Context
from suite_plugins.inventory.services import (buckets, catalog, orders_link, purchasing as pur, recipes, stock,
                                              stocktake, suppliers as sup)

DAYS = 91

SUPPLIERS = [
    # name, contact, supplies, food, food licence expires in (days from today, None: missing)
    ("鲜丰食材配送中心", "陈经理", "肉类、禽蛋、蔬菜、豆制品", True, 400),
    ("金龙粮油批发部", "刘老板", "大米、面粉、食用油", True, 20),
    ("青岛啤酒杭州经销处", "赵经理", "啤酒、饮料", True, 300),
    ("洁美包装制品厂", "孙厂长", "餐盒、打包袋、清洁用品", False, None),
    ("千岛湖山泉灌装厂", "吴师傅", "18.9L桶装水灌装", True, 500),
    ("老王蔬菜摊", "老王", "蔬菜", True, None),
]
ITEMS = [
    # code, name, kind, unit, shelf life, storage, supplier index, cost, reorder point, reorder qty, location
    ("RM001", "鸡胸肉", "ingredient", "kg", 5, "chilled", 0, "19.00", "8", "15", "C1"),
    ("RM002", "猪肉", "ingredient", "kg", 4, "chilled", 0, "26.00", "10", "20", "C1"),
    ("RM003", "牛肉", "ingredient", "kg", 5, "chilled", 0, "58.00", "5", "10", "C1"),
    ("RM004", "鲈鱼", "ingredient", "kg", 60, "frozen", 0, "32.00", "6", "12", "F1"),
    ("RM005", "鸡蛋", "ingredient", "kg", 20, "chilled", 0, "9.50", "8", "15", "C1"),
    ("RM006", "西红柿", "ingredient", "kg", 6, "chilled", 0, "5.00", "6", "12", "C1"),
    ("RM007", "黄瓜", "ingredient", "kg", 6, "chilled", 0, "4.00", "5", "10", "C1"),
    ("RM008", "豆腐", "ingredient", "kg", 3, "chilled", 0, "4.50", "4", "8", "C1"),
    ("RM009", "四季豆", "ingredient", "kg", 5, "chilled", 0, "8.00", "4", "8", "C1"),
    ("RM010", "干木耳", "ingredient", "kg", 365, "ambient", 0, "60.00", "1", "2", "S1"),
    ("RM011", "大米", "ingredient", "kg", 365, "ambient", 1, "4.20", "40", "100", "S1"),
    ("RM012", "食用油", "ingredient", "L", 540, "ambient", 1, "14.00", "10", "20", "S1"),
    ("DR001", "青岛啤酒", "drink", "瓶", 365, "ambient", 2, "4.50", "48", "96", "B1"),
    ("DR002", "雪碧", "drink", "瓶", 365, "ambient", 2, "2.20", "24", "48", "B1"),
    ("PK001", "打包餐盒", "packaging", "个", None, "ambient", 3, "0.35", "200", "500", "S1"),
    ("CL001", "洗洁精", "cleaning", "桶", None, "ambient", 3, "28.00", "2", "4", "S1"),
    ("WB001", "18.9L桶装水(满)", "water_full", "桶", 90, "ambient", 4, "6.00", "80", "200", "D1"),
    ("WB002", "空桶", "water_empty", "桶", None, "ambient", 4, "25.00", "0", "0", "D1"),
]
RECIPES = {
    "宫保鸡丁": [("RM001", "0.2"), ("RM012", "0.02")], "鱼香肉丝": [("RM002", "0.18"), ("RM010", "0.01")],
    "红烧肉": [("RM002", "0.3")], "清蒸鲈鱼": [("RM004", "0.6")], "麻婆豆腐": [("RM008", "0.3"), ("RM002", "0.05")],
    "西红柿炒鸡蛋": [("RM006", "0.25"), ("RM005", "0.15")], "干煸四季豆": [("RM009", "0.3")],
    "水煮牛肉": [("RM003", "0.25")], "米饭": [("RM011", "0.12")], "扬州炒饭": [("RM011", "0.15"), ("RM005", "0.05")],
    "拍黄瓜": [("RM007", "0.3")], "凉拌木耳": [("RM010", "0.02")],
}
#: the order desk's products that are stock items themselves
PRODUCT_ITEMS = {"青岛啤酒": "DR001", "雪碧": "DR002", "农夫山泉 18.9L": "WB001", "本地山泉水 18.9L": "WB001"}
#: what a receipt tops each item up to (usable stock)
TARGET = {"RM001": "20", "RM002": "30", "RM003": "12", "RM004": "15", "RM005": "25", "RM006": "15", "RM007": "12",
          "RM008": "10", "RM009": "10", "RM010": "2", "RM011": "150", "RM012": "30", "DR001": "120", "DR002": "60",
          "PK001": "600", "CL001": "4", "WB001": "260"}


class _Sim:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


class Replay:
    def __init__(self, ctx: Context, rng: random.Random, days: int = DAYS) -> None:
        self.rng = rng
        self.real = ctx
        self.today = ctx.today()
        self.now_local = ctx.local_now().replace(tzinfo=None)   # nothing is written after this
        self.first = self.today - dt.timedelta(days=days)
        self.sim = _Sim(ctx.local_to_utc(dt.datetime.combine(self.first, dt.time(7, 0))))
        base = ctx.with_clock(self.sim)

        def as_(username: str) -> Context:
            try:
                return core.user_context(base, username).with_clock(self.sim)
            except SuiteError:
                return base

        self.system = base
        self.keeper, self.manager = as_("storekeeper"), as_("manager")

    def at(self, day: dt.date, hh: int, mm: int = 0) -> None:
        self.sim.now = self.real.local_to_utc(dt.datetime.combine(day, dt.time(hh, mm)))

    def passed(self, day: dt.date, hh: int, mm: int = 0) -> bool:
        """Whether that office time is already past (today's later work is not made up)."""
        return dt.datetime.combine(day, dt.time(hh, mm)) <= self.now_local

    def at_latest(self, day: dt.date, hh: int, mm: int = 0, *, before_now: int = 0) -> dt.datetime:
        """Set the clock to that office time, or to *before_now* minutes ago if it is not yet past."""
        when = min(dt.datetime.combine(day, dt.time(hh, mm)), self.now_local - dt.timedelta(minutes=before_now))
        self.sim.now = self.real.local_to_utc(when)
        return when

    # ------------------------------------------------------------------ set-up

    def setup(self) -> None:
        ctx = self.system
        self.suppliers = []
        for name, contact, supplies, food, food_days in SUPPLIERS:
            sid = sup.save_supplier(ctx, sup.SupplierInput(name, contact=contact, phone="0571-8" + str(
                self.rng.randint(1000000, 9999999)), supplies=supplies, food=food))
            v = sup.get_supplier(ctx, sid)
            sup.add_licence(ctx, sid, kind="business_licence", number=f"91330100MA2{self.rng.randint(10**6, 10**7 - 1)}",
                            issuer="杭州市市场监督管理局", expires_on=self.today + dt.timedelta(days=1500),
                            expected_version=v.version, attachment_name="营业执照.pdf")
            if food and food_days is not None:
                v = sup.get_supplier(ctx, sid)
                kind = "food_production" if "灌装" in name else "food_business"
                sup.add_licence(ctx, sid, kind=kind, number=f"JY1330{self.rng.randint(10**8, 10**9 - 1)}",
                                issuer="杭州市市场监督管理局", expires_on=self.today + dt.timedelta(days=food_days),
                                expected_version=v.version, attachment_name="许可证.pdf")
            self.suppliers.append(sid)
        vehicles = []
        if ctx.has_plugin("orders"):
            from suite_plugins.orders import api as orders

            vehicles = orders.vehicles(ctx)
        self.loc = {}
        for code, name, kind in (("S1", "干货库", "store_room"), ("C1", "冷藏库", "cold_room"), ("F1", "冷冻库", "freezer"),
                                 ("K1", "厨房", "kitchen"), ("B1", "吧台", "bar"), ("D1", "水站仓库", "depot")):
            self.loc[code] = catalog.save_location(ctx, code, name, kind)
        self.vans = []
        for n, (vid, label) in enumerate(vehicles[:3], 1):
            self.vans.append(catalog.save_location(ctx, f"V{n}", f"送水车 {label}", "van", vehicle_id=vid))
        products = {}
        if ctx.has_plugin("orders"):
            from suite_plugins.orders import api as orders

            products = {p.name: p.id for p in orders.products(ctx)}
        self.items, self.home = {}, {}
        for code, name, kind, unit, life, storage, s_idx, cost, rp, rq, home in ITEMS:
            pid = products.get(next((p for p, c in PRODUCT_ITEMS.items() if c == code and p in products), ""))
            self.items[code] = catalog.save_item(ctx, catalog.ItemInput(
                code, name, kind, unit, category={"ingredient": "原料", "drink": "酒水", "packaging": "包装",
                                                  "cleaning": "清洁", "water_full": "水", "water_empty": "水"}[kind],
                reorder_point=rp, reorder_qty=rq, shelf_life_days=life, storage=storage,
                preferred_supplier_id=self.suppliers[s_idx], standard_cost=cost, product_id=pid))
            self.home[code] = self.loc[home]
        self.dish_lines: dict[int, list[tuple[str, Decimal]]] = {}
        for dish, lines in RECIPES.items():
            pid = products.get(dish)
            if pid is not None:
                self.dish_lines[pid] = [(c, Decimal(q)) for c, q in lines]
            recipes.save_recipe(ctx, dish, [recipes.RecipeLineInput(q, item_id=self.items[c]) for c, q in lines],
                                product_id=pid, location_id=self.loc["K1"])
        self.cost = {i[0]: Decimal(i[7]) for i in ITEMS}

    # ------------------------------------------------------------------ one day

    def need(self, code: str) -> Decimal:
        """What brings an item back to its target stock (whole units)."""
        return (Decimal(TARGET[code]) - stock.available(self.keeper, self.items[code])).quantize(Decimal("1"))

    def receive(self, day: dt.date, supplier: int, codes: list[str], *, po: int | None = None,
                reject: str | None = None, ordered: dict[str, Decimal] | None = None) -> None:
        """A delivery of *codes*: what the PO ordered (*ordered*), or what brings each item back
        to its target; *reject* adds a refused line of that item (too warm on arrival)."""
        lines = []
        for code in codes:
            item = self.items[code]
            need = ordered[code] if ordered is not None else self.need(code)
            life = next(i[4] for i in ITEMS if i[0] == code)
            storage = next(i[5] for i in ITEMS if i[0] == code)
            temp = {"chilled": str(round(self.rng.uniform(1.5, 6.5), 1)), "frozen": "-18"}.get(storage)
            expiry = day + dt.timedelta(days=life) if life else None
            if need <= 0 and reject != code:
                continue
            need = max(need.quantize(Decimal("1")), Decimal(1))
            lines.append(pur.ReceiptLineInput(item, need, self.cost[code] * Decimal(self.rng.choice(("1", "1", "1.05"))),
                                              batch_code=f"{code}-{day:%m%d}", expiry=expiry, arrival_temp=temp,
                                              production_date=day - dt.timedelta(days=1) if life else None))
            if reject == code:
                lines.append(pur.ReceiptLineInput(item, "5", self.cost[code], batch_code=f"{code}-{day:%m%d}R",
                                                  expiry=expiry, arrival_temp="11.5", decision="reject",
                                                  remark="到货温度11.5℃超过8℃，整箱退回"))
        if not lines:
            return
        location = self.home[codes[0]]
        try:
            pur.receive(self.keeper, pur.ReceiptInput(supplier, location, lines, po_id=po, invoice_seen=True,
                                                      certificates_seen=True))
        except ValidationError:
            pass

    def purchase(self, day: dt.date, supplier: int, codes: list[str], *, late: bool = False,
                 reject: str | None = None) -> None:
        """A PO phoned in at dawn for what each item lacks of its target, delivered as ordered
        that morning (or a day late)."""
        self.at(day, 6, 30)
        ordered = {c: max(self.need(c), Decimal(1)) for c in codes if self.need(c) > 0 or c == reject}
        if not ordered:
            return
        lines = [pur.POLineInput(self.items[c], q, self.cost[c]) for c, q in ordered.items()]
        po = pur.create_po(self.keeper, supplier, lines, expected_on=day)
        pur.send_po(self.keeper, po, expected_version=pur.get_po(self.keeper, po).version)
        arrive = day + dt.timedelta(days=1) if late else day
        self.at(arrive, 7, 30)
        self.receive(arrive, supplier, list(ordered), po=po, reject=reject, ordered=ordered)
        v = pur.get_po(self.keeper, po)
        if v.status == "partly_received":  # the rest is not coming: close it
            pur.cancel_po(self.keeper, po, reason="余量不再送货", expected_version=v.version)

    def sales(self, day: dt.date) -> None:
        if not self.real.has_plugin("orders"):
            return
        from suite_plugins.orders import api as orders

        lo, hi = self.real.day_bounds(day)
        for o in orders.settled_orders(self.system, lo, hi):
            self.sim.now = o.delivered_at
            if o.status == "completed":
                self.fetch_for(orders.order_lines(self.system, o.id))
            with self.keeper.unit_of_work() as s:
                orders_link.on_deliver(self.keeper, s, o.id)
                if o.status == "completed":
                    orders_link.on_complete(self.keeper, s, o.id)

    def requisition(self, day: dt.date) -> None:
        """The kitchen's morning requisition (领料): the ingredients of the recipes topped up at
        the kitchen from where they are kept, so that the day's dishes take real batches (FEFO)
        rather than running the kitchen's books below zero."""
        kitchen = self.loc["K1"]
        self.at(day, 8, 45)     # after the morning's deliveries, before the lunch orders
        for code in sorted({c for lines in RECIPES.values() for c, _q in lines}):
            item = self.items[code]
            par = max((Decimal(TARGET[code]) / 4).quantize(Decimal("1")), Decimal(1))
            self.to_kitchen(code, par - stock.available(self.keeper, item, kitchen), "厨房领料")

    def fetch_for(self, lines) -> None:
        """The cook fetches from the store room what an order's dishes need beyond what the
        kitchen still holds (补领), so the kitchen runs short only when the store is out too."""
        needed: dict[str, Decimal] = {}
        for line in lines:
            for code, q in self.dish_lines.get(line.product_id, ()):
                needed[code] = needed.get(code, Decimal(0)) + q * Decimal(line.quantity)
        for code, q in needed.items():
            short = q - stock.available(self.keeper, self.items[code], self.loc["K1"])
            if short > 0:
                self.to_kitchen(code, short.quantize(Decimal("1"), rounding="ROUND_CEILING"), "厨房补领")

    def to_kitchen(self, code: str, quantity: Decimal, reason: str) -> None:
        """Move up to *quantity* of an item from where it is kept to the kitchen (what the store
        has of it, if less)."""
        item = self.items[code]
        q = min(quantity, stock.available(self.keeper, item, self.home[code]))
        if q > 0:
            try:
                stock.transfer(self.keeper, item_id=item, from_location_id=self.home[code],
                               to_location_id=self.loc["K1"], quantity=q, reason=reason)
            except ValidationError:
                pass

    def vans_out_and_back(self, day: dt.date) -> None:
        if not self.vans:
            return
        full, empty = self.items["WB001"], self.items["WB002"]
        if not self.passed(day, 7, 45):
            return
        self.at(day, 7, 45)
        for van in self.vans:
            have = stock.available(self.keeper, full, van)
            want = Decimal(40) - have
            if want > 0 and stock.available(self.keeper, full, self.loc["D1"]) >= want:
                stock.transfer(self.keeper, item_id=full, from_location_id=self.loc["D1"], to_location_id=van,
                               quantity=want, reason="装车")
        if not self.passed(day, 19, 0):
            return
        self.at(day, 19, 0)
        for van in self.vans:
            back = stock.on_hand(self.keeper, empty, van)
            if back > 0:
                stock.transfer(self.keeper, item_id=empty, from_location_id=van, to_location_id=self.loc["D1"],
                               quantity=back, reason="回仓")

    def refill(self, day: dt.date) -> None:
        """Empties go to the filling plant; full buckets come back (the shop's own buckets)."""
        self.at(day, 6, 30)
        empty = self.items["WB002"]
        n = stock.on_hand(self.keeper, empty, self.loc["D1"])
        if n > 0:
            placeholder = stock.placeholder_batch_id(self.keeper, empty)
            stock.write_off(self.keeper, batch_id=placeholder, location_id=self.loc["D1"], quantity=n,
                            reason="送灌装厂清洗灌装", kind="return")
        self.receive(day, self.suppliers[4], ["WB001"])

    def run(self, progress=None) -> None:
        self.at(self.first, 7)
        self.setup()
        fresh, grain, drinks, pack, water = self.suppliers[:5]
        # opening stock: the empty buckets the shop owns sit in the depot
        self.at(self.first, 7, 10)
        stock_empty = self.items["WB002"]
        placeholder = stock.placeholder_batch_id(self.keeper, stock_empty)
        stock.adjust(self.keeper, batch_id=placeholder, location_id=self.loc["D1"], quantity="300",
                     reason="期初：自有空桶")
        day = self.first
        week = 0
        while day <= self.today:
            wd = day.weekday()
            self.at(day, 7)
            morning = self.passed(day, 9, 30)   # the morning's deliveries are in
            if morning and wd in (0, 3, 5):   # fresh food Monday, Thursday and for the weekend on Saturday
                late = wd != 5 and self.rng.random() < 0.15
                self.purchase(day, fresh, ["RM001", "RM002", "RM003", "RM005", "RM006", "RM007", "RM008", "RM009"],
                              late=late and day < self.today - dt.timedelta(days=2),
                              reject="RM001" if week == 6 and wd == 0 else None)
                if wd == 0:
                    self.receive(day, fresh, ["RM004"])
                else:   # the fish goes to the freezer on its own PO (Monday's comes without one)
                    self.purchase(day, fresh, ["RM004"])
            if morning and wd == 1 and week % 4 == 0:
                self.purchase(day, grain, ["RM011", "RM012"])
                self.at(day, 8)
                self.receive(day, fresh, ["RM010"])
            if morning and wd == 2 and week % 2 == 0:
                self.at(day, 9)
                self.receive(day, drinks, ["DR001", "DR002"])
                self.receive(day, pack, ["PK001", "CL001"])
            with self.keeper.unit_of_work():   # one commit per day keeps the demo quick
                if wd in (0, 2, 4) and self.passed(day, 6, 30):
                    self.refill(day)
                self.vans_out_and_back(day)
                if self.passed(day, 8, 45):
                    self.requisition(day)
                self.sales(day)
            if wd == 0:
                week += 1
            day += dt.timedelta(days=1)
            if progress is not None:
                progress(0.9 * (day - self.first).days / max((self.today - self.first).days + 1, 1))
        self.finish()

    def finish(self) -> None:
        today = self.today
        # expired stock written off (the rule: never used)
        self.at_latest(today, 8, 0, before_now=50)
        from suite_plugins.inventory.services import queries

        for batch_id, name, code, expiry, qty in queries.expiring(self.keeper):
            if expiry < today and qty > 0:
                for loc_id, have in _batch_stock(self.keeper, batch_id):   # the kitchen's share too
                    if have > 0:
                        try:
                            stock.write_off(self.keeper, batch_id=batch_id, location_id=loc_id,
                                            quantity=have, reason="过期报废")
                        except ValidationError:
                            pass
        # the Monday count of the cold room, with differences, approved by the manager
        counted = self.at_latest(today, 15, 0, before_now=40)
        sid = stocktake.start(self.keeper, self.loc["C1"])
        sheet = stocktake.get(self.manager, sid, for_review=True)
        counts = {}
        for line in sheet.lines:
            q = max(line.expected, Decimal(0))
            if self.rng.random() < 0.3:
                q = max(Decimal(0), q + Decimal(self.rng.choice(("-0.5", "-0.3", "0.2", "-1"))))
            counts[line.id] = q
        v = stocktake.enter_counts(self.keeper, sid, counts, expected_version=sheet.version)
        self.sim.now = self.real.local_to_utc(counted + dt.timedelta(minutes=30))
        stocktake.post(self.manager, sid, expected_version=v)
        # a batch of tofu recalled by its supplier: blocked, and where it went
        from suite_plugins.inventory import api
        from suite_plugins.inventory.services import trace

        tofu = [b for b in api.search_batches(self.manager, "豆腐", 50) if not b.blocked]
        if len(tofu) > 3:
            b = tofu[3]
            trace.recall(self.manager, b.id, reason="供应商通报该批次豆腐微生物超标，召回",
                         expected_version=trace.batch_trace(self.manager, b.id).version)
        # the buckets the shop owns: what the books and the deposit ledger account for
        rec = buckets.reconciliation(self.system)
        buckets.set_owned(self.system, rec.accounted)
        # a draft purchase list from the reorder suggestions
        from suite_plugins.inventory.services import reorder

        reorder.create_drafts(self.keeper)


def _batch_stock(ctx, batch_id: int) -> list[tuple[int, Decimal]]:
    """(location id, quantity) of one batch wherever it is."""
    from sqlalchemy import select

    from suite_plugins.inventory.models import Balance

    with ctx.read() as s:
        return [(loc, q) for loc, q in s.execute(select(Balance.location_id, Balance.quantity)
                                                 .where(Balance.batch_id == batch_id))]


def create(ctx: Context, rng: random.Random, days: int = DAYS, progress=None) -> None:
    Replay(ctx, rng, days).run(progress)
