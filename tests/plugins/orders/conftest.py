"""Fixtures of the order desk's tests: a small office (areas, drivers, vehicles, products,
customers) on a migrated database, with a clock that stands still."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

import pytest

from suite.plugin_api import core


@pytest.fixture
def suite_plugins():
    return ["orders"]


@dataclass
class Office:
    ctx: object  # system context on the fake clock
    clock: object
    areas: dict[str, int] = field(default_factory=dict)
    drivers: list[int] = field(default_factory=list)
    vehicles: list[int] = field(default_factory=list)
    products: dict[str, int] = field(default_factory=dict)
    customers: dict[str, int] = field(default_factory=dict)

    def login(self, suite_login, *roles: str):
        """A context acting as a new user with these roles, on the office clock."""
        return suite_login(*roles).with_clock(self.clock)


def build_office(ctx, clock) -> Office:
    from suite_plugins.orders.services import catalog, dispatch

    ctx = ctx.with_clock(clock)
    office = Office(ctx, clock)
    for name, words, minutes in (("东城片区", "东风路,朝阳街,东湖小区", 25), ("西城片区", "西环路,人民西路,翠湖苑", 30),
                                 ("南城片区", "南京路,滨江大道", 35)):
        office.areas[name] = core.save_area(ctx, name, words, travel_minutes=minutes)
    delivery = core.department_id(ctx, "delivery")
    for name in ("张伟", "李强", "王磊"):
        office.drivers.append(core.save_staff(ctx, name=name, phone="13800000000", department_id=delivery,
                                              position="配送员"))
    for n, (plate, cap) in enumerate((("浙A·D1001", 40), ("浙A·D1002", 30), ("浙A·D1003", 30))):
        office.vehicles.append(dispatch.save_vehicle(ctx, plate=plate, capacity_buckets=cap,
                                                     default_driver_staff_id=office.drivers[n]))
    for key, data in {
        "water": catalog.ProductInput("农夫山泉 18.9L", "18", kind="water", category="桶装水", unit="桶",
                                      bucket_litres="18.9", deposit="30", returnable=True),
        "small": catalog.ProductInput("怡宝 11.3L", "12", kind="water", category="桶装水", unit="桶",
                                      bucket_litres="11.3", deposit="20", returnable=True),
        "cups": catalog.ProductInput("一次性纸杯", "5.50", kind="goods", category="配件", unit="包"),
        "rice": catalog.ProductInput("扬州炒饭", "22", kind="dish", category="主食", unit="份"),
        "fish": catalog.ProductInput("红烧鱼", "58", kind="dish", category="热菜", unit="份"),
    }.items():
        office.products[key] = catalog.save_product(ctx, data)
    for key, name, phone, address in (("wang", "王芳", "13912345678", "东风路12号3层"),
                                      ("li", "李娜", "13987654321", "西环路88号"),
                                      ("zhao", "赵敏", "13711112222", "南京路5号")):
        office.customers[key] = core.create_customer(ctx, core.CustomerInput(name, phones=[phone], addresses=[address]))
    return office


@pytest.fixture
def office(suite_ctx, fake_clock) -> Office:
    # 2026-03-02 09:00 in Shanghai
    fake_clock.set(dt.datetime(2026, 3, 2, 1, 0, tzinfo=dt.timezone.utc))
    return build_office(suite_ctx, fake_clock)


def water_order(office: Office, customer: str = "wang", qty: int = 2, **kw):
    from suite_plugins.orders.services.orders import ItemInput, OrderInput

    items = kw.pop("items", None) or [ItemInput(office.products["water"], qty)]
    return OrderInput(channel=kw.pop("channel", "phone"), customer_id=office.customers[customer], items=items, **kw)


D = Decimal
