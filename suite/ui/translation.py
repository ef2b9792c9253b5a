"""Switching the desktop program's language: Qt translators and the non-Qt catalogs.

Widgets translate with ``self.tr()`` through compiled ``.qm`` catalogs: the suite's, every
active plugin's (``host.translation_catalogs()``: a folder and a basename; the file is
``<basename>_<lang>.qm``) and Qt's own (``qtbase_<lang>.qm`` from PySide6's translations
folder, for the buttons of standard dialogs). Everything else (services' messages, record
titles, reports) translates through :mod:`suite.plugin_api.i18n`, which reads the ``.ts``
files of the same catalogs.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from suite.plugin_api import i18n

log = logging.getLogger("suite.ui")

LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}

_installed: list[QTranslator] = []


def resolve_language(requested: str | None, settings=None) -> str:
    """The language to use: the one asked for (command line), else ``SUITE_LANG``, else
    ``[ui] language`` of the settings, else the operating system's (see ``choose_language``)."""
    from suite.bootstrap import choose_language

    return i18n.normalise_language(choose_language(requested, settings))


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def catalog_files(host, language: str, extra: Iterable[tuple[Path, str]] = ()) -> list[Path]:
    """The ``.qm`` files to load for *language*, the suite's own Qt catalog first."""
    if language == "en":
        return []
    files: list[Path] = []
    qt_dir = qt_translations_dir()
    for name in (f"qtbase_{language}.qm", f"qt_{language}.qm"):
        if (qt_dir / name).exists():
            files.append(qt_dir / name)
            break
    entries = [(Path(c.directory), c.basename) for c in (host.translation_catalogs() if host else [])]
    entries += [(Path(d), b) for d, b in extra]
    for directory, basename in entries:
        path = directory / f"{basename}_{language}.qm"
        if path.exists():
            files.append(path)
        else:
            log.info("no compiled catalog %s", path)
    return files


def install_translators(host, language: str, extra: Iterable[tuple[Path, str]] = (), *,
                        text_catalogs: bool = True, _core: Path | None = None) -> str:
    """Install the Qt translators for *language* (removing earlier ones) and switch the
    language of the non-Qt text (unless ``text_catalogs`` is False: start-up leaves that to
    ``open_runtime``, which reads the same catalogs). Returns the language in effect."""
    from suite.bootstrap import load_catalogs

    extra = list(extra)
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = i18n.normalise_language(language)
    # later translators are searched first: install the plugins' after Qt's own
    files = catalog_files(host, language, extra)
    if _core is not None and language != "en":  # no host yet: the suite's own catalog
        own = _core / f"suite_{language}.qm"
        files += [own] if own.exists() else []
    for path in files:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("could not load the catalog %s", path)
    if not text_catalogs:
        effective = language
    elif host is not None:
        effective = load_catalogs(host, language)
    else:
        effective = i18n.set_language(language)
    for directory, basename in extra:
        i18n.add_catalog_dir(Path(directory), basename)
    if effective == "zh_CN":
        QLocale.setDefault(QLocale("zh_CN"))
    else:
        QLocale.setDefault(QLocale("en_US"))
    return effective


def install_core_translators(language: str) -> str:
    """Before the plugin host exists (the log-in window comes first): Qt's own catalog and
    the suite's. :func:`add_plugin_translators` adds the plugins' once the host is built."""
    from suite.core.startup import core_i18n_dir

    return install_translators(None, language, text_catalogs=False, _core=core_i18n_dir())


def add_plugin_translators(host, language: str) -> None:
    """Install the catalogs of *host*'s plugins that are not installed yet (after
    :func:`install_core_translators`; later translators are searched first, as in
    :func:`install_translators`)."""
    app = QCoreApplication.instance()
    have = set(installed_files())
    for path in catalog_files(host, i18n.normalise_language(language)):
        if str(path) in have or path.name.startswith(("qtbase_", "qt_")):
            continue
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("could not load the catalog %s", path)


def installed_files() -> list[str]:
    return [t.filePath() for t in _installed]
