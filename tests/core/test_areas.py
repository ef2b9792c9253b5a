"""Delivery areas: create, edit, deactivate; bad input is explained and changes nothing; areas
taken from a customer file's area column (CSV in UTF-8 or GBK, XLSX)."""

from __future__ import annotations

import io

import pytest

from suite.core import area_import, customers
from suite.plugin_api.errors import ConflictError, PermissionDenied, UserError, ValidationError
from tests.core.test_bad_input import messages, refused


def test_create_edit_deactivate_and_reactivate_an_area(suite_ctx):
    ctx = suite_ctx
    aid = customers.save_area(ctx, "东城片区", "东风路，幸福小区\n火车站", travel_minutes=25)
    area = customers.get_area(ctx, aid)
    assert (area.name, area.keywords, area.travel_minutes, area.archived) == (
        "东城片区", ("东风路", "幸福小区", "火车站"), 25, False)
    assert customers.resolve_area(ctx, "幸福小区3栋").id == aid

    customers.save_area(ctx, "东城片区", ["东风路", "人民广场"], area_id=aid, travel_minutes=40,
                        expected_version=area.version)
    area = customers.get_area(ctx, aid)
    assert area.keywords == ("东风路", "人民广场") and area.travel_minutes == 40

    customers.set_area_active(ctx, aid, False, expected_version=area.version)
    assert [a.id for a in customers.list_areas(ctx)] == []
    assert customers.resolve_area(ctx, "东风路8号") is None  # an inactive area places nobody
    inactive = customers.get_area(ctx, aid)
    assert inactive.archived and inactive.keywords == ("东风路", "人民广场") and inactive.travel_minutes == 40
    with pytest.raises(ConflictError):  # a stale copy
        customers.set_area_active(ctx, aid, True, expected_version=area.version)
    customers.set_area_active(ctx, aid, True, expected_version=inactive.version)
    assert [a.name for a in customers.list_areas(ctx)] == ["东城片区"]


@pytest.mark.parametrize("kwargs, field, text", [
    ({"name": ""}, "name", "needs a name"),
    ({"name": "   "}, "name", "needs a name"),
    ({"name": "东城片区"}, "name", "exists already"),
    ({"name": "东城 片区"}, "name", "exists already"),  # spaces aside, the same name
    ({"name": "ＥＡＳＴ"}, "name", "exists already"),  # full width and case aside
    ({"name": "西城", "travel_minutes": -5}, "travel_minutes", "cannot be negative"),
    ({"name": "西城", "travel_minutes": 0}, "travel_minutes", "between 1 and 1440"),
    ({"name": "西城", "travel_minutes": 2000}, "travel_minutes", "between 1 and 1440"),
    ({"name": "西城", "travel_minutes": "30"}, "travel_minutes", "between 1 and 1440"),
    ({"name": "西城", "keywords": "东风路\x00"}, "keywords", "cannot be stored"),
])
def test_bad_areas_are_refused_with_a_message_and_nothing_changes(suite_ctx, kwargs, field, text):
    customers.save_area(suite_ctx, "东城片区", "东风路")
    customers.save_area(suite_ctx, "east", "")
    values = {"keywords": "", **kwargs}
    err = refused(suite_ctx, customers.save_area, suite_ctx, values.pop("name"), values.pop("keywords"), **values)
    assert field in err.fields and text in str(err.fields[field]), messages(err)


def test_a_name_an_inactive_area_has_says_to_reactivate_it(suite_ctx):
    aid = customers.save_area(suite_ctx, "北区", "")
    customers.set_area_active(suite_ctx, aid, False, expected_version=customers.get_area(suite_ctx, aid).version)
    err = refused(suite_ctx, customers.save_area, suite_ctx, "北区", "")
    assert "inactive" in str(err.fields["name"]) and "reactivate" in str(err.fields["name"])
    # renaming another area onto it is refused as well
    other = customers.save_area(suite_ctx, "南区", "")
    err = refused(suite_ctx, customers.save_area, suite_ctx, "北区", "", area_id=other,
                  expected_version=customers.get_area(suite_ctx, other).version)
    assert "exists already" in str(err.fields["name"])


def test_areas_need_the_right(suite_login):
    clerk = suite_login("clerk")
    with pytest.raises(PermissionDenied):
        customers.save_area(clerk, "东城", "")
    with pytest.raises(PermissionDenied):
        area_import.preview(clerk, "片区\n东城\n".encode(), "c.csv")


# ---------------------------------------------------------------------------- from a customer file


CSV_ROWS = [
    ("姓名", "电话", "地址", "片区"),
    ("王五", "13800000001", "东风路1号", "东城片区"),
    ("赵六", "13800000002", "东风路2号", "东城片区"),
    ("钱七", "13800000003", "西湖路3号", "西城片区"),
    ("孙八", "13800000004", "南京路4号", ""),
    ("周九", "13800000005", "北京路5号", "北区 "),
    ("吴十", "13800000006", "北京路6号", "北　区"),  # an ideographic space
]


def _csv(encoding: str) -> bytes:
    return "\r\n".join(",".join(r) for r in CSV_ROWS).encode(encoding)


def _xlsx() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in CSV_ROWS:
        ws.append(list(row))
    ws.append([None, None, None, None])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("data, filename, encoding", [
    (_csv("gbk"), "客户.csv", "gb18030"),
    (_csv("utf-8-sig"), "客户.csv", "utf-8-sig"),
    (_csv("utf-8"), "customers.csv", "utf-8"),
    (_xlsx(), "客户.xlsx", "xlsx"),
])
def test_areas_from_a_customer_files_area_column(suite_ctx, data, filename, encoding):
    ctx = suite_ctx
    customers.save_area(ctx, "西城片区", "西湖路")
    preview = area_import.preview(ctx, data, filename)
    assert (preview.encoding, preview.column, preview.total, preview.blank) == (encoding, "片区", 6, 1)
    assert [(c.name, c.rows, c.exists) for c in preview.candidates] == [
        ("东城片区", 2, False), ("北区", 2, False), ("西城片区", 1, True)]
    assert [a.name for a in customers.list_areas(ctx)] == ["西城片区"]  # a preview writes nothing

    ids = area_import.create(ctx, preview.new_names, travel_minutes=20)
    areas = {a.name: a for a in customers.list_areas(ctx)}
    assert sorted(areas) == ["东城片区", "北区", "西城片区"] and len(ids) == 2
    assert areas["北区"].travel_minutes == 20 and areas["西城片区"].travel_minutes == 30
    # reading the file again finds nothing new; creating again creates nothing
    again = area_import.preview(ctx, data, filename)
    assert again.new_names == [] and area_import.create(ctx, ["东城片区", "北 区"]) == []


def test_an_area_import_refuses_bad_files_and_bad_minutes_and_writes_nothing(suite_ctx):
    ctx = suite_ctx
    with pytest.raises(UserError, match="no area column"):
        area_import.preview(ctx, "姓名,电话\n王五,138\n".encode(), "c.csv")
    with pytest.raises(UserError, match="is empty"):
        area_import.preview(ctx, b"", "c.csv")
    with pytest.raises(UserError, match="old Excel 97"):
        area_import.preview(ctx, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1old", "c.xls")
    err = refused(ctx, area_import.create, ctx, ["东城", "西城"], travel_minutes=-10)
    assert "cannot be negative" in str(err.fields["travel_minutes"])
    with pytest.raises(ValidationError):
        area_import.create(ctx, ["东城", "x" * 101])  # one bad name: none is created
    assert customers.list_areas(ctx, include_archived=True) == []
