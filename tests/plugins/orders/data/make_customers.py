"""Writes customers_gbk.csv and customers.xlsx: a customer list as a water shop exports it
from Excel on a Chinese Windows (217 rows with the edge cases of issue 12 §1). Run it again
only to change the files: ``python tests/plugins/orders/data/make_customers.py``."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADER = ["客户名称", "手机", "地址", "片区", "备注"]
STREETS = {"东城片区": "东风路", "西城片区": "西环路", "南城片区": "南京路"}
FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def rows() -> list[list[str]]:
    out = []
    areas = list(STREETS)
    for i in range(180):  # clean rows: the area column agrees with the address
        area = areas[i % 3]
        note = "每周一送两桶" if i % 6 == 0 else ""
        out.append([f"客户{i:03d}", f"139{i:08d}", f"{STREETS[area]}{i + 1}号", area, note])
    for i in range(10):  # full-width digits
        out.append([f"全角{i}", f"138{i:08d}".translate(FULL), f"东风路{200 + i}号", "东城片区", ""])
    for i, phone in enumerate(["+86 137 0000 0001", "137-0000-0002", "137 0000 0003", "＋８６－" + "13700000004".translate(FULL),
                               "(137)00000005"]):
        out.append([f"格式{i}", phone, f"西环路{300 + i}号", "西城片区", ""])
    for i in range(5):  # an area not created yet
        out.append([f"北城{i}", f"136{i:08d}", f"北二环{i + 1}号", "北城片区", ""])
    for i in range(3):  # the file says 南区 (unknown) while the address has an east-side keyword
        out.append([f"南区{i}", f"135{i:08d}", f"东风路{400 + i}号", "南区", ""])
    for i in range(5):  # empty address
        out.append([f"无址{i}", f"134{i:08d}", "", "", "每周一送两桶" if i < 2 else ""])
    for i in range(4):  # an address no area claims, no area given
        out.append([f"远郊{i}", f"133{i:08d}", f"火星路{i + 1}号", "", ""])
    for i in range(3):  # no area given: the address's keyword decides
        out.append([f"关键字{i}", f"132{i:08d}", f"南京路{500 + i}号", "", "每周一送两桶"])
    out.append(["重复甲", "13900000001", "东风路9号", "东城片区", ""])  # the phone of 客户001
    out.append(["重复乙", "13900000002".translate(FULL), "东风路10号", "东城片区", ""])  # 客户002's, full-width
    return out


def main() -> None:
    import csv
    import io

    from openpyxl import Workbook

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(rows())
    (HERE / "customers_gbk.csv").write_bytes(buf.getvalue().encode("gbk"))
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    for n, row in enumerate(rows()):
        if n % 7 == 0 and row[1].isdigit():
            row = [row[0], int(row[1])] + row[2:]  # Excel turned the phone into a number
        ws.append(row)
    wb.save(HERE / "customers.xlsx")


if __name__ == "__main__":
    main()
