"""The demo data: a few days of a water shop and a restaurant, replayed through the services,
leave a consistent database (numbers without gaps, ledgers that add up, closed days)."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

from sqlalchemy import func, select

from suite.core import demo as core_demo
from suite_plugins.orders import demo
from suite_plugins.orders.models import DayClose, Delivery, DepositEntry, Order


def test_a_few_demo_days_are_consistent(suite_ctx):
    rng = random.Random(7)
    core_demo.create(suite_ctx, rng)
    demo.create(suite_ctx, rng, days=3)
    today = suite_ctx.today()
    with suite_ctx.read() as s:
        by_status = dict(s.execute(select(Order.status, func.count()).group_by(Order.status)).all())
        assert by_status.get("completed", 0) > 50 and by_status.get("new", 0) >= 1
        assert sum(by_status.values()) > 100
        channels = set(s.scalars(select(Order.channel).distinct()))
        assert {"phone", "table"} <= channels
        closed = sorted(s.scalars(select(DayClose.day)))
        assert closed == [today - dt.timedelta(days=3), today - dt.timedelta(days=2)]
        # numbers per day: 1..n without a gap
        per_day = defaultdict(list)
        for day, seq in s.execute(select(Order.day, Order.seq)):
            per_day[day].append(seq)
        for day, seqs in per_day.items():
            assert sorted(seqs) == list(range(1, len(seqs) + 1)), day
        # every delivered or completed delivery order has its delivery; ledgers never go negative
        done = s.scalars(select(Order.id).where(Order.status.in_(("delivered", "completed")),
                                                Order.channel.in_(("phone", "web", "app")))).all()
        delivered = set(s.scalars(select(Delivery.order_id).where(Delivery.delivered.is_(True))))
        assert set(done) <= delivered and done
        for _cid, held in s.execute(select(DepositEntry.customer_id, func.sum(DepositEntry.buckets))
                                    .group_by(DepositEntry.customer_id)):
            assert held >= 0
        # standing deliveries: some customers have one, and their days' orders were generated
        from suite_plugins.orders.models import StandingOrder

        assert s.scalar(select(func.count()).select_from(StandingOrder)) >= 8
        assert s.scalar(select(func.count()).select_from(Order).where(Order.standing_order_id.is_not(None))) > 0
        assert s.scalar(select(func.count()).select_from(StandingOrder).where(StandingOrder.paused_from.is_not(None))) == 1
        late = s.scalar(select(func.count()).select_from(Delivery).where(Delivery.late_minutes > 0))
        total = s.scalar(select(func.count()).select_from(Delivery).where(Delivery.driver_staff_id.is_not(None)))
        assert 0 < late < total * 0.3  # some deliveries are late, most are on time
