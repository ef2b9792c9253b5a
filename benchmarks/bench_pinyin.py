"""Pinyin prefix search on 100,000 customers (issue 14, section 6).

    .venv/bin/python benchmarks/bench_pinyin.py [--customers N] [--queries N] [--postgres URL]

Builds N customers (Chinese personal names, a fifth of them companies) on a migrated database,
then times, alternating query by query so that the machine's load hits both alike:

* pinyin: what the search box runs for an abbreviation (``zhw``, ``wxm``, ``zhangw``,
  ``nfsq``...): ``pinyin_match`` on the two key columns, ``ORDER BY name_pinyin LIMIT 20``;
* baseline: a plain name-prefix query on the indexed name (``name >= '张' AND name < ...``,
  ``ORDER BY name LIMIT 20``), the cheapest search the list could do without pinyin;
* the whole service ``search_customers`` (name contains, pinyin, phone; views built).

Prints p50 / p99 per query in ms and the ratio pinyin / baseline. Target: pinyin p99 <= 20 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import scratch_home  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单解仇区"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰志红海燕建国梅林宇浩晨晓东文斌鹏飞云凤家俊辉婷雪琳欣怡子涵"
COMPANY = ["农夫山泉", "娃哈哈", "康师傅", "百岁山", "怡宝", "景田", "冰露", "恒大冰泉"]
SUFFIX = ["水站", "超市", "便利店", "食堂", "办公室", "餐厅", "茶馆", "幼儿园"]


def build(ctx, n: int, rng: random.Random) -> list[str]:
    from suite.core.models import Customer
    from suite.db.pinyin import pinyin_keys

    names = []
    rows = []
    now = ctx.now()
    for i in range(n):
        if rng.random() < 0.2:
            name, person = rng.choice(COMPANY) + rng.choice("东西南北中") + rng.choice(SUFFIX) + str(i % 97), False
        else:
            name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
            person = True
        full, initials = pinyin_keys(name, surname=person)
        names.append(name)
        rows.append(dict(name=name, kind="person" if person else "company", notes="", archived=False,
                         name_pinyin=full, name_initials=initials, created_at=now, updated_at=now, version=1))
    with ctx.db.engine.begin() as conn:
        for start in range(0, n, 5000):
            conn.execute(Customer.__table__.insert(), rows[start:start + 5000])
    return names


def typed_from(name: str, person: bool, rng: random.Random) -> str:
    """How a clerk abbreviates a name: initials, zh/ch/sh + initials, a full syllable + initials."""
    from suite.db.pinyin import _tokens

    tokens = _tokens(name, person)
    how = rng.choice(("initials", "shengmu", "full+initial"))
    if how == "initials" or len(tokens) < 2:
        return "".join(t[0] for t in tokens)[: rng.choice((2, 3, 4))]
    if how == "shengmu":
        first = tokens[0][:2] if tokens[0][:2] in ("zh", "ch", "sh") else tokens[0][0]
        return first + "".join(t[0] for t in tokens[1:])
    return tokens[0] + tokens[1][0]


def run(url: str, n: int, queries: int, label: str) -> None:
    from sqlalchemy import and_, select

    from suite.bootstrap import prepare_database
    from suite.core.customers import search_customers
    from suite.core.models import Customer
    from suite.db.engine import open_database
    from suite.db.pinyin import pinyin_match
    from suite.host import build_host
    from suite.plugin_api.context import Context

    db = open_database(url)
    ctx = Context(db=db, host=build_host(only=[]))
    prepare_database(ctx, backup=False)
    rng = random.Random(14)
    t0 = time.perf_counter()
    names = build(ctx, n, rng)
    print(f"{label}: {n:,} customers built in {time.perf_counter() - t0:.1f} s")
    if db.engine.dialect.name == "postgresql":
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE core_customers")
    sample = [rng.choice(names) for _ in range(queries)]
    typed = [typed_from(name, not any(s in name for s in SUFFIX), rng) for name in sample]
    c = Customer.__table__

    def pinyin_query(text: str):
        return (select(c.c.id, c.c.name).where(pinyin_match(c.c.name_pinyin, c.c.name_initials, text),
                                               c.c.archived.is_(False))
                .order_by(c.c.name_pinyin, c.c.id).limit(20))

    def baseline_query(name: str):
        prefix = name[:1]
        return (select(c.c.id, c.c.name).where(and_(c.c.name >= prefix, c.c.name < prefix + "\U0010ffff"),
                                               c.c.archived.is_(False))
                .order_by(c.c.name, c.c.id).limit(20))

    times: dict[str, list[float]] = {"pinyin": [], "baseline": [], "service": []}
    found = 0
    with db.engine.connect() as conn:
        for i in range(min(50, queries)):  # warm the caches
            conn.execute(pinyin_query(typed[i])).all()
            conn.execute(baseline_query(sample[i])).all()
        for name, text in zip(sample, typed):
            start = time.perf_counter()
            rows = conn.execute(pinyin_query(text)).all()
            times["pinyin"].append(time.perf_counter() - start)
            found += bool(rows)
            start = time.perf_counter()
            conn.execute(baseline_query(name)).all()
            times["baseline"].append(time.perf_counter() - start)
    for text in typed[: max(1, queries // 5)]:
        start = time.perf_counter()
        search_customers(ctx, text)
        times["service"].append(time.perf_counter() - start)
    db.dispose()

    def p(values, q):
        values = sorted(values)
        return values[min(len(values) - 1, int(q * len(values)))] * 1000

    print(f"  {queries} queries, {found} found something; typed e.g. {', '.join(typed[:8])}")
    for key, title in (("pinyin", "pinyin prefix (pinyin_match)"), ("baseline", "baseline: plain name prefix"),
                       ("service", "search_customers (whole service)")):
        values = times[key]
        print(f"  {title:<36} p50 {p(values, 0.5):6.2f} ms   p99 {p(values, 0.99):6.2f} ms   "
              f"mean {statistics.mean(values) * 1000:6.2f} ms")
    print(f"  ratio pinyin / baseline: p50 {p(times['pinyin'], .5) / p(times['baseline'], .5):.2f}x, "
          f"p99 {p(times['pinyin'], .99) / p(times['baseline'], .99):.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--postgres", default=None, help="also on this PostgreSQL database (emptied first)")
    args = parser.parse_args()
    home = scratch_home()
    run(f"sqlite:///{home / 'pinyin.db'}", args.customers, args.queries, "SQLite")
    if args.postgres:
        import sqlalchemy as sa

        base, _, _ = args.postgres.rpartition("/")
        admin = sa.create_engine(args.postgres.replace("postgresql://", "postgresql+psycopg://"),
                                 isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql("DROP DATABASE IF EXISTS suite_bench_pinyin")
            conn.exec_driver_sql("CREATE DATABASE suite_bench_pinyin")
        admin.dispose()
        try:
            run(f"{base}/suite_bench_pinyin", args.customers, args.queries, "PostgreSQL")
        finally:
            admin = sa.create_engine(args.postgres.replace("postgresql://", "postgresql+psycopg://"),
                                     isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.exec_driver_sql("DROP DATABASE IF EXISTS suite_bench_pinyin")
            admin.dispose()


if __name__ == "__main__":
    main()
