"""Can Qt start a window here? Checked before the QApplication is made, because when Qt's
platform plugin cannot load (a Linux desktop without ``libxcb-cursor0`` and friends, no
display) Qt aborts the process with a raw message and nothing reaches the log. This module
never imports Qt."""

from __future__ import annotations

import ctypes.util
import logging
import os
import re
import shutil
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

from suite.plugin_api.errors import UserError
from suite.plugin_api.i18n import domain

T = domain("core")
log = logging.getLogger("suite.desktop")

#: libraries Qt's xcb plugin opens at run time (not listed by ldd), by Debian package
DLOPENED = {"xcb-cursor": "libxcb-cursor0"}


def debian_package(soname: str) -> str:
    """``libxcb-icccm.so.4`` -> ``libxcb-icccm4``; ``libxkbcommon-x11.so.0`` -> ``libxkbcommon-x11-0``
    (Debian names a library package after its soname)."""
    m = re.match(r"(lib[\w+.-]*?)\.so\.(\d+)", soname)
    if not m:
        return soname
    base, version = m.groups()
    return f"{base}-{version}" if base[-1].isdigit() else f"{base}{version}"


def missing_libraries(ldd_output: str) -> list[str]:
    """The sonames ldd reports as "not found", once each, in order."""
    seen: list[str] = []
    for line in ldd_output.splitlines():
        m = re.match(r"\s*(\S+)\s+=>\s+not found", line)
        if m and m.group(1) not in seen:
            seen.append(m.group(1))
    return seen


def _xcb_plugin() -> Path | None:
    spec = find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return path if path.exists() else None


def xcb_packages_missing() -> list[str]:
    """Debian packages Qt's xcb platform plugin needs that this machine lacks."""
    plugin = _xcb_plugin()
    packages: list[str] = []
    if plugin is not None and shutil.which("ldd"):
        out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
        packages += [debian_package(name) for name in missing_libraries(out)]
    for lib, package in DLOPENED.items():
        if ctypes.util.find_library(lib) is None and package not in packages:
            packages.append(package)
    return packages


def check_desktop(environ=os.environ, platform: str = sys.platform) -> None:
    """Raise UserError (one line, also logged) when a window cannot open on this Linux desktop;
    nothing to check on Windows and macOS, or when a platform other than xcb is chosen."""
    if not platform.startswith("linux"):
        return
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith("xcb"):
        return  # offscreen, wayland, vnc...: Qt's own business
    if not chosen and environ.get("WAYLAND_DISPLAY"):
        return  # Qt tries Wayland first
    if not environ.get("DISPLAY"):
        message = T("No display to open a window on: start the suite from a desktop session "
                    "(or set DISPLAY).")
        log.error("%s", message)
        raise UserError(message)
    packages = xcb_packages_missing()
    if packages:
        message = T("The desktop libraries Qt needs are missing: install them with "
                    "\u201csudo apt-get install {packages}\u201d (or run tools/setup.sh).",
                    packages=" ".join(packages))
        log.error("%s", message)
        raise UserError(message)
