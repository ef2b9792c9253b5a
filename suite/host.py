"""The plugin host: a factory that builds a pluggy manager tolerantly and returns a typed
facade through which the suite calls the plugins.

Loading follows pytest's and conda's plugin managers, made tolerant: plugins are loaded one
entry point at a time; a plugin that fails to import, declares an incompatible API version,
misspells a hook, misses a requirement, contributes a duplicate id or raises in a
contribution hook is switched off and recorded with the reason, and every other plugin keeps
working. ``SUITE_STRICT_PLUGINS=1`` re-raises instead (for tests and plugin authors).
"""

from __future__ import annotations

import importlib
import logging
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from importlib import metadata
from typing import Any

import pluggy

from suite.plugin_api import API_VERSION
from suite.plugin_api import hookspecs as core_hookspecs
from suite.plugin_api import records as R
from suite.plugin_api.errors import PluginError

log = logging.getLogger("suite.plugins")

ENTRY_POINT_GROUP = "suite.plugins"
CORE = "core"

CONTRIBUTION_HOOKS: dict[str, type] = {
    "suite_permissions": R.Permission,
    "suite_pages": R.Page,
    "suite_actions": R.Action,
    "suite_reports": R.Report,
    "suite_dashboard_cards": R.DashboardCard,
    "suite_settings_pages": R.SettingsPage,
    "suite_search_providers": R.SearchProvider,
    "suite_list_providers": R.ListProvider,
    "suite_staff_metrics": R.StaffMetric,
    "suite_demo_data": R.DemoData,
    "suite_cli_commands": R.CliCommand,
    "suite_migration_locations": R.MigrationLocation,
    "suite_translation_catalogs": R.TranslationCatalog,
    "suite_setup_steps": R.SetupStep,
}


@dataclass
class PluginInfo:
    name: str
    title: str = ""
    version: str = ""
    api_version: str = ""
    requires: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    distribution: str = ""
    distribution_version: str = ""
    entry_point: str = ""
    module: Any = None
    status: str = "active"  # active | disabled | failed
    error: str = ""
    builtin: bool = False
    description: str = ""

    @property
    def active(self) -> bool:
        return self.status == "active"

    def status_text(self) -> str:
        return f"failed: {self.error}" if self.status == "failed" else self.status


_REQ = re.compile(r"^\s*([A-Za-z_][\w\-]*)\s*(?:(>=|==)\s*([\w.]+))?\s*$")


def _version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for piece in str(text).split("."):
        digits = re.match(r"\d+", piece)
        parts.append(int(digits.group()) if digits else 0)
    return tuple(parts)


def api_compatible(plugin_api: str, host_api: str = API_VERSION) -> bool:
    """Same major version, and the plugin needs no newer minor than the host offers."""
    p, h = _version_tuple(plugin_api), _version_tuple(host_api)
    if not p:
        return False
    return p[0] == h[0] and p[:2] <= h[:2]


def resolve(ref: str) -> Any:
    """Import ``"package.module:attr"`` (attr may be dotted)."""
    module_name, _, attr = ref.partition(":")
    obj: Any = importlib.import_module(module_name)
    for part in filter(None, attr.split(".")):
        obj = getattr(obj, part)
    return obj


class PluginHost:
    """The typed facade over the plugin manager. Build it with :func:`build_host`."""

    def __init__(self, pm: pluggy.PluginManager, plugins: dict[str, PluginInfo], strict: bool) -> None:
        self.pm = pm
        self.plugins = plugins
        self.strict = strict
        self._contrib: dict[str, list] = {hook: [] for hook in CONTRIBUTION_HOOKS}
        self._order: list[str] = [CORE]
        self._all_locations: list[R.MigrationLocation] = []

    # ------------------------------------------------------------------ state

    def is_active(self, name: str) -> bool:
        info = self.plugins.get(name)
        return bool(info and info.active)

    def active_plugins(self) -> list[PluginInfo]:
        return [p for p in self.plugins.values() if p.active]

    def fail(self, name: str, reason: str, exc: BaseException | None = None) -> None:
        """Switch a plugin off, remember why, and drop what it contributed."""
        info = self.plugins.get(name)
        if info is None or info.status == "failed":
            return
        log.warning("plugin %s switched off: %s", name, reason, exc_info=exc)
        if self.strict:
            raise PluginError(f"plugin {name}: {reason}") from exc
        info.status = "failed"
        info.error = reason
        if self.pm.get_plugin(name) is not None:
            self.pm.unregister(name=name)
        for hook, items in self._contrib.items():
            self._contrib[hook] = [r for r in items if r.plugin != name]

    # ------------------------------------------------------------------ contributions

    def _records(self, hook: str) -> list:
        return list(self._contrib[hook])

    def permissions(self) -> list[R.Permission]:
        return self._records("suite_permissions")

    def pages(self) -> list[R.Page]:
        return sorted(self._records("suite_pages"), key=lambda p: (self._rank(p.plugin), p.order, p.id))

    def actions(self) -> list[R.Action]:
        return self._records("suite_actions")

    def reports(self) -> list[R.Report]:
        return self._records("suite_reports")

    def report(self, report_id: str) -> R.Report | None:
        return next((r for r in self.reports() if r.id == report_id), None)

    def dashboard_cards(self) -> list[R.DashboardCard]:
        return sorted(self._records("suite_dashboard_cards"), key=lambda c: (c.order, c.id))

    def setup_steps(self) -> list[R.SetupStep]:
        return sorted(self._records("suite_setup_steps"), key=lambda r: (r.order, self._rank(r.plugin), r.id))

    def settings_pages(self) -> list[R.SettingsPage]:
        return self._records("suite_settings_pages")

    def search_providers(self) -> list[R.SearchProvider]:
        return self._records("suite_search_providers")

    def list_providers(self) -> list[R.ListProvider]:
        return self._records("suite_list_providers")

    def staff_metrics(self) -> list[R.StaffMetric]:
        return self._records("suite_staff_metrics")

    def demo_data(self) -> list[R.DemoData]:
        """Lower ``order`` first (plugins that only optionally use each other often use each other
        both ways, so activation order cannot decide), then moved after the demos of the plugins
        each one REQUIRES."""
        items = sorted(self._records("suite_demo_data"), key=lambda d: (d.order, self._rank(d.plugin), d.id))
        out: list[R.DemoData] = []
        for item in items:
            info = self.plugins.get(item.plugin)
            needs = {_parse_requirement(r)[0] for r in (info.requires if info else ())}
            later = [d for d in items if d.plugin in needs and d not in out and d is not item]
            out.extend(d for d in later if d not in out)
            if item not in out:
                out.append(item)
        return out

    def cli_commands(self) -> list[R.CliCommand]:
        return self._records("suite_cli_commands")

    def migration_locations(self) -> list[R.MigrationLocation]:
        return sorted(self._records("suite_migration_locations"), key=lambda m: self._rank(m.plugin))

    def translation_catalogs(self) -> list[R.TranslationCatalog]:
        return self._records("suite_translation_catalogs")

    def all_migration_locations(self) -> list[R.MigrationLocation]:
        """Branches of every installed plugin, active or not (for status and restore checks)."""
        return list(self._all_locations)

    def _rank(self, plugin: str) -> int:
        return self._order.index(plugin) if plugin in self._order else len(self._order)

    # ------------------------------------------------------------------ calling hooks

    def emit(self, hook: str, **kwargs: Any) -> list:
        """A domain event: every implementation runs; an exception propagates (and rolls the
        caller's transaction back)."""
        caller = getattr(self.pm.hook, hook, None)
        if caller is None or not caller.get_hookimpls():
            return []
        return caller(**kwargs)

    def ask(self, hook: str, **kwargs: Any) -> list:
        """A query: each implementation is called on its own; one that raises is logged and
        skipped (or re-raised in strict mode). None answers are dropped."""
        caller = getattr(self.pm.hook, hook, None)
        if caller is None:
            return []
        answers = []
        for impl in reversed(caller.get_hookimpls()):
            try:
                result = impl.function(**{k: kwargs[k] for k in impl.argnames if k in kwargs})
            except Exception as exc:
                if self.strict:
                    raise
                log.exception("plugin %s failed in %s", impl.plugin_name, hook)
                del exc
                continue
            if result is not None:
                answers.append(result)
        return answers

    def call_each(self, hook: str, **kwargs: Any) -> None:
        """A lifecycle hook: each implementation on its own; a plugin that raises is
        switched off with the reason."""
        caller = getattr(self.pm.hook, hook, None)
        if caller is None:
            return
        for impl in reversed(caller.get_hookimpls()):
            try:
                impl.function(**{k: kwargs[k] for k in impl.argnames if k in kwargs})
            except Exception as exc:
                self.fail(impl.plugin_name, f"{hook} raised {type(exc).__name__}: {exc}", exc)


# ---------------------------------------------------------------------------- building


def _meta(module: Any, name: str, default: Any = None) -> Any:
    return getattr(module, name, default)


def _requirements(module: Any, attr: str) -> tuple[str, ...]:
    value = _meta(module, attr, ()) or ()
    if isinstance(value, str):
        value = (value,)
    return tuple(value)


def _parse_requirement(text: str) -> tuple[str, str | None, str | None]:
    match = _REQ.match(text)
    if not match:
        return text.strip(), None, None
    return match.group(1), match.group(2), match.group(3)


def _distribution(dist, seen: dict) -> tuple[str, str]:
    """(name, version) of an entry point's distribution, its metadata read once per
    distribution (``dist.name`` and ``dist.version`` each parse the whole METADATA file: the
    suite's five built-in plugins share one)."""
    if dist is None:
        return "", ""
    key = str(getattr(dist, "_path", "")) or id(dist)
    if key not in seen:
        try:
            meta = dist.metadata
            seen[key] = ((meta["Name"] if meta is not None else "") or "",
                         (meta["Version"] if meta is not None else "") or "")
        except Exception:  # noqa: BLE001 - unreadable metadata: no name, as getattr gave before
            seen[key] = ("", "")
    return seen[key]


def _discover() -> list[metadata.EntryPoint]:
    return sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name)


def build_host(
    *,
    disabled: Iterable[str] = (),
    strict: bool | None = None,
    entry_points: bool = True,
    extra: Iterable[Any] = (),
    only: Iterable[str] | None = None,
) -> PluginHost:
    """Build the plugin host.

    ``disabled``: plugin names not to activate (settings and ``SUITE_DISABLED_PLUGINS``).
    ``strict``: re-raise plugin failures (default: ``SUITE_STRICT_PLUGINS=1``).
    ``entry_points``: discover plugins in the ``suite.plugins`` entry-point group.
    ``extra``: plugin modules or objects to load besides (tests, scaffolds).
    ``only``: if given, activate only these plugins (and core); the others show as disabled.
    """
    if strict is None:
        strict = os.environ.get("SUITE_STRICT_PLUGINS", "") not in ("", "0", "false", "no")
    disabled = set(disabled)
    only_set = set(only) if only is not None else None

    pm = pluggy.PluginManager(core_hookspecs.PROJECT)
    pm.add_hookspecs(core_hookspecs)
    plugins: dict[str, PluginInfo] = {}
    host = PluginHost(pm, plugins, strict)
    loaded: list[tuple[PluginInfo, Any]] = []

    def reject(info: PluginInfo, reason: str, exc: BaseException | None = None) -> None:
        info.status = "failed"
        info.error = reason
        log.warning("plugin %s not loaded: %s", info.name, reason, exc_info=exc)
        if strict:
            raise PluginError(f"plugin {info.name}: {reason}") from exc

    def consider(module: Any, info: PluginInfo) -> None:
        name = _meta(module, "NAME") or info.name
        info.name = name
        if name in plugins and plugins[name] is not info:
            reject(info, f"another plugin is already named {name!r} ({plugins[name].distribution or plugins[name].entry_point})")
            plugins[f"{name}@{info.entry_point or id(module)}"] = info
            return
        plugins[name] = info
        info.module = module
        info.title = str(_meta(module, "TITLE", name))
        info.version = str(_meta(module, "VERSION", "0"))
        info.api_version = str(_meta(module, "API_VERSION", ""))
        info.requires = _requirements(module, "REQUIRES")
        info.optional = _requirements(module, "OPTIONAL")
        info.description = str(_meta(module, "DESCRIPTION", "") or "")
        if not _meta(module, "NAME"):
            reject(info, "the plugin module does not declare NAME")
            return
        if not info.api_version:
            reject(info, "the plugin module does not declare API_VERSION")
            return
        if not api_compatible(info.api_version):
            reject(info, f"written for plugin API {info.api_version}; this suite offers {API_VERSION}")
            return
        if name != CORE and (name in disabled or (only_set is not None and name not in only_set)):
            info.status = "disabled"
            return
        loaded.append((info, module))

    # core first: it is an ordinary plugin module, registered directly
    from suite.core import plugin as core_plugin

    core_info = PluginInfo(CORE, builtin=True, distribution="backoffice-suite", entry_point="suite.core.plugin")
    consider(core_plugin, core_info)

    if entry_points:
        dists: dict[object, tuple[str, str]] = {}
        for ep in _discover():
            dist_name, dist_version = _distribution(getattr(ep, "dist", None), dists)
            info = PluginInfo(
                ep.name,
                distribution=dist_name,
                distribution_version=dist_version,
                entry_point=ep.value,
                builtin=dist_name == "backoffice-suite",
            )
            if ep.name in disabled or (only_set is not None and ep.name not in only_set):
                # a disabled plugin is not even imported: it cannot break start-up
                info.status = "disabled"
                info.title = ep.name
                plugins.setdefault(ep.name, info)
                continue
            try:
                module = ep.load()
            except BaseException as exc:  # noqa: BLE001 - any import failure switches it off
                if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                    raise
                plugins.setdefault(ep.name, info)
                reject(info, f"import failed: {type(exc).__name__}: {exc}", exc)
                continue
            consider(module, info)

    for obj in extra:
        info = PluginInfo(_meta(obj, "NAME", getattr(obj, "__name__", "plugin")), entry_point=getattr(obj, "__name__", ""))
        consider(obj, info)

    # plugin-declared hookspecs first, so implementations of them validate
    for info, module in list(loaded):
        specs = _meta(module, "HOOKSPECS")
        if specs is None:
            continue
        try:
            if isinstance(specs, str):
                specs = resolve(specs)
            pm.add_hookspecs(specs)
        except Exception as exc:
            loaded.remove((info, module))
            reject(info, f"its hook specifications are invalid: {exc}", exc)

    for info, module in loaded:
        if info.status != "active":
            continue
        try:
            pm.register(module, name=info.name)
        except Exception as exc:
            reject(info, f"registration failed: {exc}", exc)
            continue
        # a misspelt hook: an implementation with no specification (pluggy's check_pending,
        # applied to one plugin at a time)
        unknown = [
            hc.name
            for hc in pm.get_hookcallers(module) or []
            if hc.spec is None
            and any(not impl.optionalhook for impl in hc.get_hookimpls() if impl.plugin_name == info.name)
        ]
        if unknown:
            pm.unregister(name=info.name)
            reject(info, "implements unknown hook(s): " + ", ".join(sorted(unknown)))

    _check_requirements(host)
    host._order = _activation_order(plugins)

    # collect contributions one implementation at a time
    all_locations: list[R.MigrationLocation] = []
    for hook, record_type in CONTRIBUTION_HOOKS.items():
        caller = getattr(pm.hook, hook)
        for impl in caller.get_hookimpls():
            name = impl.plugin_name
            if not host.is_active(name):
                continue
            try:
                result = impl.function()
                records = list(result or [])
                for rec in records:
                    if not isinstance(rec, record_type):
                        raise TypeError(f"{hook} returned {type(rec).__name__}, expected {record_type.__name__}")
                records = [replace(rec, plugin=name) for rec in records]
            except Exception as exc:
                host.fail(name, f"{hook} raised {type(exc).__name__}: {exc}", exc)
                continue
            host._contrib[hook].extend(records)
    # branches of disabled plugins are still known, so their revisions are never lost
    for info in plugins.values():
        if info.status == "disabled" and info.module is not None:
            fn = getattr(info.module, "suite_migration_locations", None)
            if fn is not None:
                try:
                    all_locations += [replace(r, plugin=info.name) for r in fn() or []]
                except Exception:  # pragma: no cover - reported when it is enabled
                    pass
    _check_duplicates(host)
    _check_requirements(host)
    host._all_locations = host.migration_locations() + all_locations
    host.call_each("suite_host_ready", host=host)
    return host


def _check_duplicates(host: PluginHost) -> None:
    changed = True
    while changed:
        changed = False
        for hook in CONTRIBUTION_HOOKS:
            seen: dict[str, str] = {}
            for rec in sorted(host._contrib[hook], key=lambda r: host._rank(r.plugin)):
                key = R.id_of(rec)
                owner = seen.get(key)
                if owner is not None and owner != rec.plugin:
                    kind = hook.removeprefix("suite_").replace("_", " ").rstrip("s")
                    host.fail(rec.plugin, f"{kind} id {key!r} is already contributed by plugin {owner!r}")
                    changed = True
                    break
                seen[key] = rec.plugin
            if changed:
                break


def _check_requirements(host: PluginHost) -> None:
    """A plugin whose REQUIRES are missing, inactive or too old is switched off; repeat until
    nothing changes (a requirement can fail because of its own requirement)."""
    plugins = host.plugins
    changed = True
    while changed:
        changed = False
        for info in list(plugins.values()):
            if not info.active:
                continue
            for req in info.requires:
                name, op, version = _parse_requirement(req)
                dep = plugins.get(name)
                reason = None
                if dep is None:
                    reason = f"requires plugin {name!r}, which is not installed"
                elif dep.status == "disabled":
                    reason = f"requires plugin {name!r}, which is disabled"
                elif dep.status == "failed":
                    reason = f"requires plugin {name!r}, which failed to load"
                elif op and version:
                    have, want = _version_tuple(dep.version), _version_tuple(version)
                    if (op == ">=" and have < want) or (op == "==" and have != want):
                        reason = f"requires {name} {op} {version}, found {dep.version}"
                if reason:
                    host.fail(info.name, reason)
                    changed = True
                    break


def _activation_order(plugins: dict[str, PluginInfo]) -> list[str]:
    """Core first, then every plugin after the plugins it requires or optionally uses."""
    order: list[str] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in order or name not in plugins:
            return
        if name in visiting:  # a cycle: fall back to name order
            return
        visiting.add(name)
        info = plugins[name]
        for req in (*info.requires, *info.optional):
            visit(_parse_requirement(req)[0])
        visiting.discard(name)
        order.append(name)

    visit(CORE)
    for name in sorted(plugins):
        visit(name)
    return order
