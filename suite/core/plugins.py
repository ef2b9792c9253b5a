"""Enabling and disabling plugins on this PC (the ``[plugins] disabled`` list of settings.toml).

A change takes effect at the next start: the plugin host is built once, at start-up. The core
cannot be disabled. Plugins that REQUIRE a disabled plugin are switched off with it at the
next start (the host says why on the plugins page).
"""

from __future__ import annotations

from dataclasses import dataclass

from suite.core import permissions as P
from suite.plugin_api.context import Context
from suite.plugin_api.errors import NotFound, UserError
from suite.plugin_api.i18n import domain, translate

T = domain("core")


@dataclass(frozen=True)
class PluginRow:
    name: str
    title: str
    version: str
    distribution: str
    status: str  # active | disabled | failed (now)
    error: str
    builtin: bool
    requires: tuple[str, ...]
    dependents: tuple[str, ...]  # active plugins that require this one
    enabled_next_start: bool
    description: str = ""


def _host_and_settings(ctx: Context):
    if ctx.host is None or ctx.settings is None:
        raise UserError(T("Plugins can only be managed in the running suite."))
    return ctx.host, ctx.settings


def plugin_rows(ctx: Context) -> list[PluginRow]:
    """Every installed plugin with its state now and at the next start (core first)."""
    ctx.require(P.PLUGINS_MANAGE)
    host, settings = _host_and_settings(ctx)
    from suite.host import _parse_requirement

    disabled = settings.disabled_plugins()
    rows = []
    for info in sorted(host.plugins.values(), key=lambda p: (p.name != "core", not p.builtin, p.name)):
        dependents = tuple(sorted(
            other.name for other in host.plugins.values()
            if other.name != info.name and any(_parse_requirement(r)[0] == info.name for r in other.requires)
        ))
        dist = f"{info.distribution} {info.distribution_version}".strip()
        rows.append(PluginRow(
            name=info.name, title=translate(info.name, info.title) if info.title else info.name, version=info.version, distribution=dist,
            status=info.status, error=info.error, builtin=info.builtin, requires=tuple(info.requires),
            dependents=dependents, enabled_next_start=info.name == "core" or info.name not in disabled,
            description=info.description,
        ))
    return rows


def set_plugin_enabled(ctx: Context, name: str, enabled: bool) -> bool:
    """Enable or disable *name* from the next start on. Returns True when the setting changed."""
    ctx.require(P.PLUGINS_MANAGE)
    host, settings = _host_and_settings(ctx)
    if name not in host.plugins:
        raise NotFound(T("There is no plugin called \u201c{name}\u201d.", name=name))
    if name == "core":
        raise UserError(T("The core cannot be disabled."))
    before = name not in settings.disabled_plugins()
    settings.set_plugin_enabled(name, enabled)
    settings.save()
    return before != enabled
