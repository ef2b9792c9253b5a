"""The set-up checklist computed from the data (suite.core.setup): on a new database every
step is open; entering the data through the services ticks each one; a step undone in the
data (the last area deactivated) opens again; "does not apply" is stored office-wide, refused
for the letterhead, and taken back; who does not set the office up sees no checklist."""

from __future__ import annotations

import dataclasses

import pytest

from suite.core import setup
from suite.plugin_api.errors import PermissionDenied, ValidationError

STEPS = ["core.letterhead", "core.areas", "core.staff", "core.logins", "orders.products", "orders.vehicles",
         "complaints.hours", "orders.customers"]
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4"
       b"\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")


def states(ctx) -> dict[str, setup.StepState]:
    return {s.step.id: s for s in setup.checklist(ctx)}


def done(ctx) -> list[str]:
    return [i for i, s in states(ctx).items() if s.done]


def test_every_step_is_open_on_a_new_database_and_the_data_ticks_each(suite_ctx):
    from suite.core import company, customers, staff, users
    from suite_plugins.complaints.services import policies
    from suite_plugins.orders.services import catalog, dispatch
    from suite_plugins.orders.services.catalog import ProductInput

    ctx = suite_ctx
    first = setup.checklist(ctx)
    assert [s.step.id for s in first] == STEPS
    assert not any(s.done or s.dismissed or s.failed for s in first)
    assert not setup.finished(first)
    ticked: list[str] = []

    def ticks(step_id: str) -> None:
        ticked.append(step_id)
        assert done(ctx) == [i for i in STEPS if i in ticked]

    # the letterhead needs all three: address, phone and logo
    company.save_company(ctx, address="东风路12号")
    company.save_company(ctx, phone="0571-88886666")
    assert done(ctx) == []
    company.save_company(ctx, logo=PNG)
    ticks("core.letterhead")

    area = customers.save_area(ctx, "东城片区", "东风路", travel_minutes=20)
    ticks("core.areas")
    driver = staff.save_staff(ctx, name="李师傅", phone="13900001111")
    ticks("core.staff")
    # a login of nobody on the staff (the owner's, say) is not the step: it is a staff member's
    users.create_user(ctx, "clerk1", "password-123", roles=("clerk",))
    assert "core.logins" not in done(ctx)
    users.create_user(ctx, "lishifu", "password-123", roles=("clerk",), staff_id=driver)
    ticks("core.logins")
    catalog.save_product(ctx, ProductInput(name="农夫山泉 18.9L", price="18"))
    ticks("orders.products")
    dispatch.save_vehicle(ctx, plate="浙A12345", capacity_buckets=40, default_driver_staff_id=driver)
    ticks("orders.vehicles")
    hours = policies.get_desk_settings(ctx)
    policies.save_desk_settings(ctx, hours)  # the defaults saved unchanged: nothing stored
    assert "complaints.hours" not in done(ctx)
    policies.save_desk_settings(ctx, dataclasses.replace(hours, day_hours=((480, 1200),) * 6 + (None,)))
    ticks("complaints.hours")
    customers.create_customer(ctx, customers.CustomerInput(name="张三", phones=["13512345678"],
                                                           addresses=["东风路8号"]))
    ticks("orders.customers")
    assert setup.finished(setup.checklist(ctx))

    # undone in the data: the step is open again
    view = customers.get_area(ctx, area)
    customers.set_area_active(ctx, area, False, expected_version=view.version)
    assert not states(ctx)["core.areas"].done
    assert not setup.finished(setup.checklist(ctx))


def test_the_default_office_hours_kept_from_the_step_tick_it(suite_ctx):
    from suite_plugins.complaints.services import policies

    defaults = policies.get_desk_settings(suite_ctx)
    policies.save_desk_settings(suite_ctx, defaults, confirm_hours=True)
    assert states(suite_ctx)["complaints.hours"].done
    assert policies.get_desk_settings(suite_ctx).hours() == defaults.hours()  # the same hours, now stored


def test_a_step_that_does_not_apply_is_dismissed_for_the_office_and_brought_back(suite_ctx, suite_login):
    ctx = suite_ctx
    setup.dismiss(ctx, "orders.vehicles")
    after = states(ctx)
    assert after["orders.vehicles"].dismissed and after["orders.vehicles"].settled
    assert not after["orders.vehicles"].done
    assert [i for i, s in after.items() if s.dismissed] == ["orders.vehicles"]
    # office-wide: another owner sees it dismissed too
    other = suite_login("owner")
    assert states(other)["orders.vehicles"].dismissed
    # dismissing every step that may be dismissed does not finish: the letterhead and the
    # products are needed by every office
    for step_id, state in after.items():
        if state.step.can_dismiss:
            setup.dismiss(ctx, step_id)
    left = [i for i, s in states(ctx).items() if not s.settled]
    assert left == ["core.letterhead", "orders.products"]
    with pytest.raises(ValidationError, match="cannot be skipped"):
        setup.dismiss(ctx, "core.letterhead")
    with pytest.raises(ValidationError, match="no set-up step"):
        setup.dismiss(ctx, "nowhere.step")
    # brought back
    setup.dismiss(ctx, "orders.vehicles", False)
    assert not states(ctx)["orders.vehicles"].dismissed
    assert "orders.vehicles" not in setup.dismissed(ctx)
    setup.dismiss(ctx, "orders.vehicles", False)  # again: nothing to do


def test_who_does_not_set_the_office_up_sees_no_checklist_and_may_not_dismiss(suite_login):
    clerk = suite_login("clerk")
    assert setup.checklist(clerk) == []
    with pytest.raises(PermissionDenied):
        setup.dismiss(clerk, "core.areas")


def test_a_step_whose_check_fails_shows_as_not_done_and_the_rest_stay(suite_ctx, monkeypatch):
    from suite.core import plugin

    broken = dataclasses.replace(plugin.CORE_STEPS[1], done="tests.core.test_setup_checklist:_raises")
    monkeypatch.setattr(suite_ctx.host, "setup_steps", lambda: [plugin.CORE_STEPS[0], broken])
    got = setup.checklist(suite_ctx)
    assert [(s.step.id, s.done, s.failed) for s in got] == [("core.letterhead", False, False),
                                                           ("core.areas", False, True)]


def _raises(ctx):
    raise RuntimeError("a broken check")
