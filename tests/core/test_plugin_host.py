"""The plugin host: tolerant loading, isolation of faults, dependencies, events."""

from __future__ import annotations

import pytest

from suite.core.customers import CustomerInput, archive_customer, create_customer, get_customer, search_customers
from suite.host import api_compatible, build_host
from suite.plugin_api import Page, PluginError, ValidationError, hookimpl, hookspec
from tests.conftest import FIXTURES

SITE = FIXTURES / "plugin_site"


def test_plugins_list_names_every_fault_and_the_rest_work(run_suite):
    result = run_suite("plugins", "list", env={"PYTHONPATH": str(SITE)})
    assert result.returncode == 0, result.stderr
    lines = {line.split()[0]: line for line in result.stdout.splitlines()[1:]}
    assert "active" in lines["core"]
    assert lines["good"].split()[-1] == "active" and "badplugins 1.0" in lines["good"]
    assert "failed: import failed: ModuleNotFoundError" in lines["broken_import"]
    assert "failed: suite_pages raised RuntimeError: the pages of this plugin are broken" in lines["raising"]
    assert "failed: implements unknown hook(s): suite_pagez" in lines["misspelt"]
    assert "failed: requires plugin 'warehouse', which is not installed" in lines["needs_missing"]
    assert "failed: written for plugin API 0.3" in lines["old_api"]
    assert "Traceback" not in result.stderr


def test_faulty_plugins_are_switched_off_in_process(monkeypatch):
    monkeypatch.syspath_prepend(str(SITE))
    host = build_host(strict=False)
    assert host.is_active("good")
    assert {p.id for p in host.pages()} >= {"good.page"}
    assert not any(p.plugin in {"raising", "misspelt", "needs_missing"} for p in host.pages())
    for name in ("broken_import", "raising", "misspelt", "needs_missing", "old_api"):
        assert host.plugins[name].status == "failed", name
        assert host.plugins[name].error


def test_strict_mode_reraises(monkeypatch):
    monkeypatch.syspath_prepend(str(SITE))
    with pytest.raises(PluginError):
        build_host(strict=True)
    monkeypatch.setenv("SUITE_STRICT_PLUGINS", "1")
    with pytest.raises(PluginError):
        build_host()


def test_disabled_plugins_are_not_even_imported(monkeypatch):
    monkeypatch.syspath_prepend(str(SITE))
    monkeypatch.setenv("SUITE_DISABLED_PLUGINS", "broken_import, raising,misspelt;needs_missing,old_api")
    from suite.config import Settings

    host = build_host(disabled=Settings.load().disabled_plugins(), strict=True)
    for name in ("broken_import", "raising", "misspelt", "needs_missing", "old_api"):
        assert host.plugins[name].status == "disabled"
    assert host.is_active("good")


class _Pages:
    def __init__(self, name, page_id, requires=()):
        self.NAME, self.TITLE, self.VERSION, self.API_VERSION = name, name, "1.0", "1.0"
        self.REQUIRES = requires
        self._page_id = page_id

    @hookimpl
    def suite_pages(self):
        return [Page(self._page_id, "x", "x:y")]


def test_duplicate_ids_switch_off_the_later_plugin():
    host = build_host(entry_points=False, strict=False, extra=[_Pages("alpha", "same.page"), _Pages("beta", "same.page")])
    statuses = {host.plugins["alpha"].status, host.plugins["beta"].status}
    assert statuses == {"active", "failed"}
    failed = "alpha" if host.plugins["alpha"].status == "failed" else "beta"
    assert "already contributed" in host.plugins[failed].error
    assert [p.id for p in host.pages() if p.plugin != "core"] == ["same.page"]


def test_requirements_cascade_and_order():
    base = _Pages("base", "base.page")
    top = _Pages("top", "top.page", requires=("base",))
    host = build_host(entry_points=False, strict=False, extra=[top, base])
    assert host.is_active("top")
    assert [p.id for p in host.pages() if p.plugin != "core"] == ["base.page", "top.page"]  # dependency order
    host = build_host(entry_points=False, strict=False, extra=[top, base], disabled={"base"})
    assert host.plugins["top"].status == "failed"
    assert "disabled" in host.plugins["top"].error
    too_new = _Pages("top2", "top2.page", requires=("base>=3.0",))
    host = build_host(entry_points=False, strict=False, extra=[too_new, base])
    assert "requires base >= 3.0, found 1.0" in host.plugins["top2"].error


def test_api_version_compatibility():
    assert api_compatible("1.0", "1.0")
    assert api_compatible("1.0", "1.3")
    assert not api_compatible("1.4", "1.3")
    assert not api_compatible("2.0", "1.3")
    assert not api_compatible("", "1.0")


class _Specs:
    @hookspec
    def suite_test_things(self, ctx):
        """Other plugins add things."""


class _Declares:
    NAME, TITLE, VERSION, API_VERSION = "declares", "Declares", "1.0", "1.0"
    HOOKSPECS = _Specs


class _Answers:
    NAME, TITLE, VERSION, API_VERSION = "answers", "Answers", "1.0", "1.0"
    REQUIRES = ("declares",)

    @hookimpl
    def suite_test_things(self, ctx):
        return ["a thing"]


class _AnswersBadly:
    NAME, TITLE, VERSION, API_VERSION = "badly", "Badly", "1.0", "1.0"

    @hookimpl
    def suite_test_things(self, ctx):
        raise RuntimeError("no")


def test_plugins_add_hookspecs_of_their_own_and_queries_isolate_faults():
    host = build_host(entry_points=False, strict=False, extra=[_Answers(), _Declares(), _AnswersBadly()])
    assert host.is_active("answers") and host.is_active("declares")
    assert host.ask("suite_test_things", ctx=None) == [["a thing"]]


class _Veto:
    NAME, TITLE, VERSION, API_VERSION = "veto", "Veto", "1.0", "1.0"
    calls: list = []

    @hookimpl
    def suite_customer_will_archive(self, ctx, session, customer_id):
        raise ValidationError("The customer has open orders.")

    @hookimpl
    def suite_customer_did_save(self, ctx, session, customer_id, created):
        from suite.core.models import Customer

        # runs inside the writer's transaction: it sees the row not yet committed
        name = session.get(Customer, customer_id).name
        if name == "refuse me":
            raise ValidationError("refused by a plugin")
        self.calls.append((customer_id, created))


@pytest.fixture
def veto_ctx(suite_ctx):
    host = build_host(entry_points=False, strict=True, extra=[_Veto()])
    return suite_ctx.__class__(db=suite_ctx.db, host=host)


def test_domain_events_run_in_the_writers_transaction_and_can_veto(veto_ctx):
    cid = create_customer(veto_ctx, CustomerInput("Keep me"))
    assert (cid, True) in _Veto.calls
    with pytest.raises(ValidationError, match="open orders"):
        archive_customer(veto_ctx, cid, expected_version=get_customer(veto_ctx, cid).version)
    assert get_customer(veto_ctx, cid).archived is False
    with pytest.raises(ValidationError, match="refused by a plugin"):
        create_customer(veto_ctx, CustomerInput("refuse me"))
    assert search_customers(veto_ctx, "refuse me") == []


def test_emit_outside_a_unit_of_work_is_a_bug(suite_ctx):
    with pytest.raises(RuntimeError):
        suite_ctx.emit("suite_customer_did_save", customer_id=1, created=True)


def test_a_staff_metric_with_an_unknown_unit_is_refused_when_declared():
    from suite.plugin_api import StaffMetric
    from suite.plugin_api.records import METRIC_UNITS

    assert {"count", "percent", "money", "minutes", "hours", "score"} <= set(METRIC_UNITS)
    assert StaffMetric("x.hours", "Hours", "m:f", unit="hours").unit == "hours"
    with pytest.raises(ValueError, match="unknown unit"):
        StaffMetric("x.bad", "Bad", "m:f", unit="kilos")
    with pytest.raises(ValueError, match="higher or lower"):
        StaffMetric("x.bad", "Bad", "m:f", better="more")


def test_demo_data_runs_in_its_declared_order_even_when_plugins_use_each_other():
    """The order desk, inventory, kitchen and complaints each list the others in OPTIONAL (a
    cycle), so activation order cannot say who goes first: the demo's own ``order`` does (the
    inventory's vans need the order desk's vehicles)."""
    from suite.host import build_host

    ids = [d.id for d in build_host(strict=True).demo_data()]
    assert ids.index("core.demo") < ids.index("orders.demo") < ids.index("complaints.demo") < ids.index("inventory.demo")
    assert ids.index("inventory.demo") < ids.index("kitchen.demo")


def test_the_built_in_plugins_name_their_distribution_read_once():
    """Every built-in plugin names the suite's distribution and its version; the METADATA
    file is parsed once for all of them (``dist.name`` and ``dist.version`` parse it each)."""
    from importlib import metadata

    from suite import host as host_module
    from suite.host import build_host

    reads = []
    original = metadata.PathDistribution.read_text

    def counting(self, filename):
        if filename == "METADATA":
            reads.append(str(getattr(self, "_path", "")))
        return original(self, filename)

    metadata.PathDistribution.read_text = counting
    try:
        host = build_host()
    finally:
        metadata.PathDistribution.read_text = original
    version = metadata.version("backoffice-suite")
    for name in ("orders", "complaints", "kitchen", "inventory", "scoring"):
        info = host.plugins[name]
        assert (info.distribution, info.distribution_version, info.builtin) == ("backoffice-suite", version, True)
    suite_dist = [path for path in reads if "backoffice_suite" in path or "backoffice-suite" in path]
    assert len(suite_dist) == 1, reads
    assert host_module._distribution(None, {}) == ("", "")
