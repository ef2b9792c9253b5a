"""Demo data of the core: a water-delivery shop with a small restaurant, in a Chinese city.

Everything is written through the services, as a clerk or manager would.
"""

from __future__ import annotations

import datetime as dt
import random

from suite.plugin_api.context import Context

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = ("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞",
         "平", "刚", "桂英", "建华", "志强", "海燕", "晓东", "红梅", "国庆", "建国", "丹", "俊", "浩然", "子涵", "欣怡",
         "梓轩", "雨萱", "宇航", "思远", "佳怡", "文博", "一鸣", "婷婷", "鹏", "辉", "玲", "斌", "宁", "倩")

AREAS = [
    ("东城片区", ["东风路", "朝阳街", "东湖小区", "锦绣花园", "东城"], 25),
    ("西城片区", ["西环路", "人民西路", "西苑小区", "翠湖苑", "西城"], 30),
    ("南城片区", ["南京路", "滨江大道", "南湖新村", "阳光家园", "南城"], 35),
    ("北城片区", ["北二环", "解放北路", "北辰小区", "和平里", "北城"], 30),
    ("开发区", ["高新大道", "科技园", "创业路", "软件园", "开发区"], 45),
]
STREETS = {
    "东城片区": ["东风路", "朝阳街", "东湖小区", "锦绣花园"],
    "西城片区": ["西环路", "人民西路", "西苑小区", "翠湖苑"],
    "南城片区": ["南京路", "滨江大道", "南湖新村", "阳光家园"],
    "北城片区": ["北二环", "解放北路", "北辰小区", "和平里"],
    "开发区": ["高新大道", "科技园", "创业路", "软件园"],
}
COMPANIES = ("华信科技有限公司", "明德律师事务所", "百川贸易公司", "恒通物流", "新东方培训学校", "瑞丰会计师事务所",
             "金辉装饰公司", "博雅幼儿园", "同仁口腔诊所", "天成广告公司", "安居房产中介", "宏达机电")

STAFF = [
    ("delivery", "配送员", 6),
    ("production", "厨师", 3),
    ("quality", "质检员", 1),
    ("purchasing", "采购员", 1),
    ("customer_service", "客服", 3),
    ("front_of_house", "服务员", 2),
]

DEMO_PASSWORD = "demo1234"


def person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def mobile(rng: random.Random) -> str:
    return rng.choice(["138", "139", "137", "136", "150", "151", "158", "159", "186", "187", "188", "177", "135"]) + \
        f"{rng.randrange(0, 100_000_000):08d}"


def address(rng: random.Random, area: str) -> str:
    street = rng.choice(STREETS[area])
    if street.endswith(("小区", "花园", "新村", "家园", "苑", "里", "园")):
        return f"{street}{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(1, 30):d}0{rng.randint(1, 4)}室"
    return f"{street}{rng.randint(1, 399)}号{rng.choice(['', '', 'A座', 'B座'])}{rng.randint(1, 20)}层"


def create(ctx: Context, rng: random.Random, progress=None) -> None:
    # the services are imported here: the desktop program reads DEMO_PASSWORD before the ORM loads
    from importlib.resources import files

    from suite.core import company, customers, staff

    logo = files("suite.resources").joinpath("sample", "demo-logo.png").read_bytes()
    company.save_company(ctx, name="清泉桶装水配送站 · 清泉小馆", address="东城区东风路188号", phone="0571-8888 6666",
                         logo=logo, logo_filename="logo.png")
    for name, words, minutes in AREAS:
        customers.save_area(ctx, name, words, travel_minutes=minutes)
    deps = {d.code: d.id for d in staff.list_departments(ctx)}
    hired = dt.date(2023, 3, 1)
    people: dict[str, list[int]] = {}
    for code, position, count in STAFF:
        for _ in range(count):
            sid = staff.save_staff(ctx, name=person_name(rng), phone=mobile(rng), department_id=deps[code],
                                   position=position, hired_on=hired + dt.timedelta(days=rng.randint(0, 900)))
            people.setdefault(code, []).append(sid)
    from suite.core.passwords import one_hash_per_password

    with one_hash_per_password():  # eight logins, one published password: one Argon2 hash
        _accounts(ctx, people)
    if progress is not None:
        progress(0.3)
    _customers(ctx, rng, progress)


def _accounts(ctx: Context, people: dict[str, list[int]]) -> None:
    from suite.core import users

    if not users.has_users(ctx):
        users.create_owner(ctx, "owner", DEMO_PASSWORD, "老板")
    accounts = [
        ("manager", "经理", ("manager",), None),
        ("clerk", "客服小王", ("clerk",), people["customer_service"][0]),
        ("dispatcher", "调度老李", ("dispatcher",), None),
        ("driver", "配送员", ("driver",), people["delivery"][0]),
        ("kitchen", "厨师长", ("kitchen",), people["production"][0]),
        ("quality", "质检员", ("quality",), people["quality"][0]),
        ("storekeeper", "库管", ("storekeeper",), people["purchasing"][0]),
    ]
    for username, display, roles, staff_id in accounts:
        users.create_user(ctx, username, DEMO_PASSWORD, display_name=display, roles=roles, staff_id=staff_id)


def _customers(ctx: Context, rng: random.Random, progress=None) -> None:
    from suite.core import customers

    area_names = [a[0] for a in AREAS]
    for i in range(240):
        area = rng.choice(area_names)
        if i % 8 == 0:
            name = rng.choice(COMPANIES)
            kind = "company"
        else:
            name = person_name(rng)
            kind = "person"
        phones = [customers.PhoneInput(mobile(rng), "手机", True)]
        if rng.random() < 0.2:
            phones.append(customers.PhoneInput(f"0571{rng.randrange(10_000_000, 99_999_999)}", "座机"))
        addresses = [customers.AddressInput(address(rng, area), "家" if kind == "person" else "公司", is_default=True)]
        if rng.random() < 0.15:
            addresses.append(customers.AddressInput(address(rng, rng.choice(area_names)), "单位"))
        notes = rng.choice(["", "", "", "送货前请先电话联系", "家里有老人，请敲门", "周末不在家", "放门卫室即可"])
        customers.create_customer(ctx, customers.CustomerInput(name, kind=kind, notes=notes, phones=phones, addresses=addresses))
        if progress is not None and i % 24 == 23:
            progress(0.3 + 0.7 * (i + 1) / 240)
