"""Icons of pages and actions: simple line drawings in ``resources/icons/<name>.svg``.

A page names its icon by a short name (``"customers"``), by ``"package:relative/file.svg"``
(an icon shipped inside a plugin package) or by an absolute path. Unknown names fall back to a
neutral page icon, so a typo never leaves a hole in the navigation.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QIcon

FALLBACK = "page"


@lru_cache(maxsize=1)
def icons_dir() -> Path:
    return resources_dir() / "icons"


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    spec = importlib.util.find_spec("suite.resources")
    assert spec is not None and spec.submodule_search_locations
    return Path(list(spec.submodule_search_locations)[0])


def icon_path(name: str | None) -> Path:
    """The file of an icon (the fallback icon when *name* names nothing that exists)."""
    name = (name or "").strip()
    candidates: list[Path] = []
    if name:
        if ":" in name and not Path(name).is_absolute():
            package, _, relative = name.partition(":")
            try:
                spec = importlib.util.find_spec(package)
            except (ImportError, ValueError):
                spec = None
            if spec is not None:
                base = Path(list(spec.submodule_search_locations)[0]) if spec.submodule_search_locations \
                    else Path(spec.origin or "").parent
                candidates.append(base / relative)
        elif Path(name).is_absolute():
            candidates.append(Path(name))
        else:
            candidates.append(icons_dir() / f"{name}.svg")
    for path in candidates:
        if path.is_file():
            return path
    return icons_dir() / f"{FALLBACK}.svg"


_cache: dict[str, QIcon] = {}


def icon(name: str | None) -> QIcon:
    key = name or ""
    found = _cache.get(key)
    if found is None:
        found = QIcon(str(icon_path(name)))
        _cache[key] = found
    return found


#: Qt's stock pixmaps (a red X on Cancel and Close, a floppy disk on Save, a glossy error
#: sign in message boxes) -> the suite's flat icons of the same line style
STANDARD_ICONS = {
    "SP_DialogSaveButton": "save",
    "SP_DialogOkButton": "ok",
    "SP_DialogApplyButton": "ok",
    "SP_DialogYesButton": "ok",
    "SP_DialogCancelButton": "close",
    "SP_DialogCloseButton": "close",
    "SP_DialogNoButton": "close",
    "SP_DialogAbortButton": "close",
    "SP_DialogDiscardButton": "discard",
    "SP_DialogResetButton": "refresh",
    "SP_DialogRetryButton": "refresh",
    "SP_DialogOpenButton": "open",
    "SP_DialogHelpButton": "about",
    "SP_BrowserReload": "refresh",
    "SP_MessageBoxCritical": "error",
    "SP_MessageBoxWarning": "warning",
    "SP_MessageBoxInformation": "info",
    "SP_MessageBoxQuestion": "question",
}


def suite_style(base: str = "Fusion"):
    """The application style: *base* (Fusion, the same on every PC) whose stock icons are
    the suite's flat ones (:data:`STANDARD_ICONS`)."""
    from PySide6.QtWidgets import QProxyStyle, QStyle

    mapping = {getattr(QStyle.StandardPixmap, name): file for name, file in STANDARD_ICONS.items()
               if hasattr(QStyle.StandardPixmap, name)}

    class SuiteStyle(QProxyStyle):
        def standardIcon(self, standard_icon, option=None, widget=None):  # noqa: N802 - Qt override
            name = mapping.get(standard_icon)
            if name is not None:
                return icon(name)
            return super().standardIcon(standard_icon, option, widget)

    style = SuiteStyle(base)
    style.setObjectName("suiteStyle")
    return style
