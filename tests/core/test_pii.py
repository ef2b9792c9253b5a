"""The masking helper (suite.core.pii): the SQL form masks exactly as the Python form, on both
databases; the rules of the phone search with and without the right."""

from __future__ import annotations

import pytest
from sqlalchemy import String, literal, select

from suite.core.pii import (
    PersonalData,
    mask_address,
    mask_address_sql,
    mask_phone,
    mask_phone_sql,
)

PHONES = ["", "1", "1234", "12345", "0571888", "1391234567", "13912345678", "057186423917", "12345678901234567890"]
ADDRESSES = ["", "a", "东风路", "东风路12号", "东风路12号3层A座", "x" * 8, "x" * 9, "x" * 17, "y" * 18,
             "浙江省杭州市西湖区文三路一百号某某小区三幢二单元"]


def test_sql_masks_as_python_does(suite_db, suite_backend):
    with suite_db.engine.connect() as conn:
        for value in PHONES:
            assert conn.execute(select(mask_phone_sql(literal(value, String())))).scalar() == mask_phone(value), value
        for value in ADDRESSES:
            got = conn.execute(select(mask_address_sql(literal(value, String())))).scalar()
            assert got == mask_address(value), value
        assert conn.execute(select(mask_phone_sql(literal(None, String())))).scalar() is None
    assert mask_phone("13912345678") == "139****5678" and mask_address("东风路12号3层A座") == "东风路****"


def test_phone_search_is_by_prefix_only_with_the_right():
    from suite.core.models import CustomerPhone

    col = CustomerPhone.phone
    seen, masked = PersonalData(True), PersonalData(False)
    assert seen.phone_match(col, "13") is None and masked.phone_match(col, "139") is None
    assert ">=" in str(seen.phone_match(col, "139"))  # a range: the numbers starting with 139
    assert str(masked.phone_match(col, "139 1234 5678")).count("=") == 1  # the whole number only
    assert masked.phone("13912345678") == "139****5678" and seen.phone("13912345678") == "13912345678"
    assert masked.address(None) == "" and masked.phone(None) == ""


def test_the_plugin_api_publishes_the_helper():
    from suite.plugin_api import check_version, core

    assert core.pii and core.mask_phone and core.mask_phone_sql and core.PersonalData and check_version
    with pytest.raises(TypeError):
        check_version(object(), None)


@pytest.mark.parametrize("typed, digits", [
    ("139 1234", "1391234"),
    ("１３９１２３", "139123"),                      # full-width, as an input method types it
    ("＋８６ １３６－００００", "1360000"),          # +86 dropped while the number is still being typed
    ("+86 139", "139"),
    ("0086 139-1234", "1391234"),
    ("8613912345678", "13912345678"),               # bare 86 before a whole mobile number
    ("861", "861"),                                 # ...but not before a few digits
])
def test_the_digits_of_a_typed_phone(typed, digits):
    from suite.core.pii import phone_digits

    assert phone_digits(typed) == digits


@pytest.mark.parametrize("typed, prefix", [
    ("１３９１２３", "139123"), ("＋８６ １３９－１２", "13912"), ("139 12", "13912"), ("张伟", None), ("13a9", None),
    ("12", None),
])
def test_list_searches_read_a_phone_typed_in_full_width(typed, prefix):
    from suite.core.lists import _phone_prefix

    assert _phone_prefix(typed) == prefix
