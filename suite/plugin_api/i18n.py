"""Translation for code that runs without Qt: services, reports, the command line, records.

Widgets use Qt's ``self.tr()`` with the compiled ``.qm`` catalogs. Everything else uses this
module, which reads the very same ``.ts`` catalogs, so one catalog per plugin serves both.

Use a *domain* per module family::

    from suite.plugin_api.i18n import domain
    T = domain("orders")                     # the catalog context
    raise ValidationError(T("Quantity must be greater than zero."))
    title = T("Order desk")                  # lazy: translated when shown

``T(...)`` returns a :class:`Msg` that is translated at the moment it is turned into text, in
the language the user has chosen. The string extractor (``python -m suite.i18n_tools``) finds
every ``T("...")`` call of a name bound to ``domain("...")`` and every ``self.tr("...")``.
"""

from __future__ import annotations

import locale
import os
import threading
from collections.abc import Iterable
from pathlib import Path

SUPPORTED_LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"

_lock = threading.Lock()
_language = "en"
_catalog: dict[tuple[str, str], str] = {}
_catalog_dirs: list[tuple[Path, str]] = []
#: where parsed catalogs are kept between starts (None: parse the ``.ts`` files every time)
_cache_dir: Path | None = None


class Msg:
    """A message in English, with its catalog context, translated when shown."""

    __slots__ = ("context", "text", "params")

    def __init__(self, context: str, text: str, **params: object) -> None:
        self.context = context
        self.text = text
        self.params = params

    def format(self, **params: object) -> "Msg":
        merged = dict(self.params)
        merged.update(params)
        return Msg(self.context, self.text, **merged)

    def source(self) -> str:
        """The English text with its parameters filled in."""
        return _fill(self.text, self.params)

    def __str__(self) -> str:
        return _fill(translate(self.context, self.text), self.params)

    def __repr__(self) -> str:
        return f"Msg({self.context!r}, {self.text!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Msg):
            return (self.context, self.text, self.params) == (other.context, other.text, other.params)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.context, self.text))


def _fill(text: str, params: dict) -> str:
    if not params:
        return text
    try:
        return text.format(**{k: str(v) for k, v in params.items()})
    except (KeyError, IndexError, ValueError):
        return text


class domain:  # noqa: N801 - used like a function: T = domain("orders")
    """A message factory for one catalog context."""

    __slots__ = ("context",)

    def __init__(self, context: str) -> None:
        self.context = context

    def __call__(self, text: str, **params: object) -> Msg:
        return Msg(self.context, text, **params)

    def now(self, text: str, **params: object) -> str:
        """Translate immediately (for text that is built once and shown at once)."""
        return str(Msg(self.context, text, **params))


def translate(context: str, text: str) -> str:
    """*text* of catalog context *context* in the current language (the text itself when untranslated)."""
    if _language == "en":
        return text
    found = _catalog.get((context, text))
    return found if found else text


def tr(context: str, text: str, **params: object) -> str:
    """Translate now and fill ``{name}`` placeholders: ``tr("orders", "Order {n}", n=7)``. Prefer a
    domain's ``T(...)``, which translates when shown."""
    return str(Msg(context, text, **params))


def text_of(value: object) -> str:
    """Text of a record title or message, whether it is a Msg or a plain string."""
    return "" if value is None else str(value)


def current_language() -> str:
    """The language in use: ``"zh_CN"`` or ``"en"``."""
    return _language


def normalise_language(value: str | None) -> str:
    """Map a locale name (``zh_CN.UTF-8``, ``zh-Hans``, ``en_US``) to a supported language."""
    if not value:
        return DEFAULT_LANGUAGE
    low = value.replace("-", "_").lower()
    if low.startswith("zh"):
        return "zh_CN"
    if low.startswith("en") or low in {"c", "posix"}:
        return "en"
    return DEFAULT_LANGUAGE


def system_language() -> str:
    """The language of the operating system: zh_CN on a Chinese Windows, English otherwise."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(var):
            return normalise_language(os.environ[var])
    try:
        if os.name == "nt":  # pragma: no cover - Windows only
            import ctypes

            lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()
            return normalise_language(locale.windows_locale.get(lang_id, ""))
        return normalise_language(locale.getlocale()[0])
    except Exception:  # pragma: no cover - defensive
        return DEFAULT_LANGUAGE


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """Finished translations of one Qt Linguist ``.ts`` file."""
    import xml.etree.ElementTree as ET

    out: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None:
                continue
            if node.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            if node.text:
                out[(name, source)] = node.text
    return out


def set_cache_dir(directory: Path | None) -> None:
    """Keep the parsed catalogs in *directory* (the program's own data folder): a start then
    reads one small file per catalog instead of parsing its XML (about 40 ms for all)."""
    global _cache_dir
    _cache_dir = Path(directory) if directory is not None else None


def read_ts_cached(path: Path) -> dict[tuple[str, str], str]:
    """:func:`read_ts`, through the cache folder when one is set: one file per catalog,
    holding the catalog's size and modification time and what was read from it, so an
    edited or replaced catalog is read again."""
    cache = _cache_dir
    if cache is None:
        return read_ts(path)
    import hashlib
    import marshal
    import sys

    try:
        st = path.stat()
        where = str(path.resolve())
    except OSError:
        return read_ts(path)
    stamp = (where, st.st_size, st.st_mtime_ns, tuple(sys.version_info[:2]))
    file = cache / f"catalog-{hashlib.sha1(where.encode('utf-8')).hexdigest()[:20]}.marshal"
    try:
        kept, data = marshal.loads(file.read_bytes())
        if kept == stamp and isinstance(data, dict):
            return data
    except (OSError, ValueError, EOFError, TypeError):  # none yet, or unreadable: parse again
        pass
    data = read_ts(path)
    try:
        cache.mkdir(parents=True, exist_ok=True)
        part = file.with_name(f"{file.name}.{os.getpid()}.{threading.get_ident()}.part")
        part.write_bytes(marshal.dumps((stamp, data)))
        os.replace(part, file)
    except OSError:  # a read-only folder: parsed again next time
        pass
    return data


def add_catalog_dir(directory: Path, basename: str) -> None:
    """Register a folder holding ``<basename>_<language>.ts`` catalogs."""
    with _lock:
        entry = (Path(directory), basename)
        if entry not in _catalog_dirs:
            _catalog_dirs.append(entry)
        _load()


def catalog_dirs() -> list[tuple[Path, str]]:
    """The (folder, catalog name) pairs loaded so far, core first, then each plugin's."""
    return list(_catalog_dirs)


def set_language(language: str, catalogs: Iterable[tuple[Path, str]] = ()) -> str:
    """Switch the language of every message shown from now on; returns the language used."""
    global _language
    with _lock:
        for entry in catalogs:
            entry = (Path(entry[0]), entry[1])
            if entry not in _catalog_dirs:
                _catalog_dirs.append(entry)
        _language = normalise_language(language) if language else DEFAULT_LANGUAGE
        _load()
    return _language


def _load() -> None:
    _catalog.clear()
    if _language == "en":
        return
    for directory, basename in _catalog_dirs:
        path = directory / f"{basename}_{_language}.ts"
        if path.exists():
            _catalog.update(read_ts_cached(path))
