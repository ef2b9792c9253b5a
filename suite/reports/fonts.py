"""A Chinese TrueType font for reports: found on this PC, embedded as a subset in every PDF.

Where the font comes from, first usable one wins:

1. ``[reports] font = "path"`` in settings.toml (``Settings.report_font``). A collection
   (``.ttc``) may name its face: ``"C:/Windows/Fonts/simsun.ttc#NSimSun"`` or ``"...ttc#1"``;
   without one the face is chosen by name (regular faces before Mono/UI variants).
2. The system (unless ``system=False``): the Windows Fonts folders (Microsoft YaHei
   ``msyh.ttc``, SimSun ``simsun.ttc``, SimHei, DengXian), macOS's system fonts, and on Linux
   every font fontconfig lists for Chinese (``fc-list :lang=zh``), best known families first.

OpenType fonts with PostScript (CFF) outlines, ``.otf`` files and the Noto/Source Han ``.ttc``
collections among them, are refused: reportlab cannot embed them. A bold face of the same
family is registered when one exists (``msyhbd.ttc``); otherwise bold maps to the regular face,
so ``<b>`` still works. Registration is cached per process.

When nothing usable exists, :func:`report_fonts` raises a :class:`UserError` saying what to
install on this operating system.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from suite.plugin_api.errors import UserError
from suite.plugin_api.i18n import domain
from suite.reports.sfnt import FaceInfo, FontFileError, read_faces

T = domain("reports")
log = logging.getLogger("suite.reports")

#: characters a report font must have (a font without them prints empty boxes)
PROBE_CHARACTERS = "中文报表第页共"

#: families in order of preference: the Windows fonts every Chinese PC has, then macOS, then
#: the free fonts Linux distributions package as TrueType
PREFERRED_FAMILIES = (
    "Microsoft YaHei", "SimSun", "SimHei", "DengXian", "Microsoft JhengHei",
    "PingFang SC", "Hiragino Sans GB", "Heiti SC", "STHeiti",
    "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "AR PL UMing CN",
    "AR PL UKai CN", "Arial Unicode MS",
)
#: face names that are worse picks when the family offers a plain one
_SECONDARY = re.compile(r"\b(mono|ui|sharp|nsimsun)\b", re.IGNORECASE)

WINDOWS_FILES = ("msyh.ttc", "msyh.ttf", "simsun.ttc", "simhei.ttf", "Deng.ttf", "msjh.ttc", "simkai.ttf")
WINDOWS_BOLD_FILES = {"msyh": ("msyhbd.ttc", "msyhbd.ttf"), "deng": ("Dengb.ttf",), "msjh": ("msjhbd.ttc",)}
MACOS_FILES = (
    "/System/Library/Fonts/PingFang.ttc", "/System/Library/Fonts/Hiragino Sans GB.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc", "/System/Library/Fonts/STHeiti Medium.ttc",
    "/Library/Fonts/Arial Unicode.ttf", "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
)
LINUX_FILES = (  # used when fc-list is missing
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc", "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
)


@dataclass(frozen=True)
class ReportFonts:
    """The fonts registered with reportlab for reports.

    ``regular`` and ``bold`` are reportlab font names; ``family`` is the registered family, so
    that ``<b>`` in a paragraph picks ``bold``. ``bold_is_regular`` says that no bold face was
    found and bold text prints in the regular face.
    """

    regular: str
    bold: str
    family: str
    face: FaceInfo
    bold_face: FaceInfo | None

    @property
    def bold_is_regular(self) -> bool:
        return self.bold_face is None

    def describe(self) -> str:
        bold = f"{self.bold_face.path}#{self.bold_face.index}" if self.bold_face else "(regular face)"
        return f"{self.face.family} ({self.face.path}#{self.face.index}); bold: {bold}"


class _Rejected(Exception):
    """A candidate font that cannot be used, with the reason (a Msg)."""

    def __init__(self, reason: Any) -> None:
        super().__init__(str(reason))
        self.reason = reason


_lock = threading.RLock()
_cache: dict[tuple, ReportFonts] = {}
_registered: dict[tuple[str, int], str] = {}


def report_fonts(ctx=None, *, font: str | os.PathLike | None = None, system: bool = True) -> ReportFonts:
    """Find, check and register the report fonts (cached).

    ``font`` overrides the settings' ``[reports] font``; ``system=False`` skips the fonts of
    the operating system (then only the configured font can serve).
    """
    settings = getattr(ctx, "settings", None) if ctx is not None else None
    configured = str(font) if font else (settings.report_font if settings is not None else None)
    settings_path = getattr(settings, "path", None)
    key = (configured or "", bool(system))
    with _lock:
        found = _cache.get(key)
        if found is None:
            found = _choose(configured, system, settings_path)
            _cache[key] = found
            log.info("report font: %s", found.describe())
        return found


def clear_cache() -> None:
    """Forget which font was chosen (the registrations with reportlab stay)."""
    with _lock:
        _cache.clear()


# ---------------------------------------------------------------------------- choosing


def _choose(configured: str | None, system: bool, settings_path) -> ReportFonts:
    problem = None
    if configured:
        try:
            face = _configured_face(configured)
            regular = _register(face)
            bold_face = _bold_for(face, [])
            return _family(face, regular, bold_face)
        except _Rejected as exc:
            problem = T("The report font \u201c{font}\u201d set in {settings} cannot be used: {reason}",
                        font=configured, settings=str(settings_path or "settings.toml"), reason=exc.reason)
            log.warning("%s", problem)
    if system:
        candidates = system_faces()
        for face in _ranked(candidates):
            try:
                regular = _register(face)
            except _Rejected as exc:
                log.info("report font candidate %s#%s skipped: %s", face.path, face.index, exc.reason)
                continue
            return _family(face, regular, _bold_for(face, candidates))
    raise UserError(_missing_message(problem, settings_path))


def _missing_message(problem, settings_path) -> Any:
    where = str(settings_path or "settings.toml")
    if sys.platform.startswith("win"):
        advice = T("No Chinese font for reports was found. Windows normally has Microsoft YaHei (msyh.ttc) "
                   "or SimSun (simsun.ttc) in C:\\Windows\\Fonts: reinstall one of them, or set "
                   "[reports] font = \"path of a .ttf or .ttc font\" in {settings}.", settings=where)
    elif sys.platform == "darwin":
        advice = T("No Chinese TrueType font for reports was found. Install one (for example Arial Unicode "
                   "or Hiragino Sans GB), or set [reports] font = \"path of a .ttf or .ttc font\" in {settings}.",
                   settings=where)
    else:
        advice = T("No Chinese TrueType font for reports was found. On Debian or Ubuntu install one with "
                   "\u201csudo apt install fonts-wqy-microhei\u201d (fonts-noto-cjk will not do: its fonts are "
                   "OpenType/CFF, which cannot be embedded in a PDF), or set "
                   "[reports] font = \"path of a .ttf or .ttc font\" in {settings}.", settings=where)
    if problem is None:
        return advice
    return T("{problem} {advice}", problem=problem, advice=advice)


def _configured_face(value: str) -> FaceInfo:
    path_text, _, selector = value.partition("#")
    path = Path(os.path.expandvars(os.path.expanduser(path_text.strip())))
    if not path.is_file():
        raise _Rejected(T("there is no such file."))
    if path.suffix.lower() in (".otf", ".otc"):
        raise _Rejected(T("OpenType/CFF fonts (.otf) cannot be embedded in a PDF; choose a TrueType font (.ttf or .ttc)."))
    try:
        faces = read_faces(path)
    except FontFileError:
        raise _Rejected(T("it is not a TrueType font file.")) from None
    selector = selector.strip()
    if selector:
        if selector.isdigit():
            chosen = [f for f in faces if f.index == int(selector)]
        else:
            chosen = [f for f in faces if f.matches(selector)]
        if not chosen:
            raise _Rejected(T("the file has no face called \u201c{name}\u201d; it has: {names}.",
                              name=selector, names=", ".join(f.family for f in faces)))
        faces = chosen
    usable = [f for f in faces if f.embeddable]
    if not usable:
        raise _Rejected(T("its outlines are OpenType/CFF, which cannot be embedded in a PDF; choose a TrueType font (.ttf or .ttc)."))
    return _ranked(usable)[0]


def _ranked(faces: list[FaceInfo]) -> list[FaceInfo]:
    """Embeddable regular faces, preferred families first, plain faces before Mono/UI ones."""
    def rank(face: FaceInfo) -> tuple:
        family_rank = next((i for i, name in enumerate(PREFERRED_FAMILIES) if face.matches(name)), len(PREFERRED_FAMILIES))
        if family_rank == len(PREFERRED_FAMILIES):  # a variant of a preferred family ("... Mono")
            family_rank = next((i for i, name in enumerate(PREFERRED_FAMILIES)
                                if face.family.lower().startswith(name.lower())), family_rank)
        return (not face.embeddable, face.is_bold, bool(_SECONDARY.search(face.family)), family_rank,
                str(face.path), face.index)

    return sorted(dict.fromkeys(faces), key=rank)


def system_faces() -> list[FaceInfo]:
    """Every face of the Chinese fonts this operating system offers (not yet checked)."""
    paths: list[Path] = []
    if sys.platform.startswith("win"):
        for folder in _windows_font_dirs():
            paths += [folder / name for name in WINDOWS_FILES]
    elif sys.platform == "darwin":
        paths += [Path(p) for p in MACOS_FILES]
    listed = _fontconfig_faces()
    if listed is None and not sys.platform.startswith("win"):
        paths += [Path(p) for p in LINUX_FILES]
    faces: list[FaceInfo] = list(listed or [])
    seen = {(f.path, f.index) for f in faces}
    for path in paths:
        if not path.is_file():
            continue
        try:
            for face in read_faces(path):
                if (face.path, face.index) not in seen:
                    faces.append(face)
                    seen.add((face.path, face.index))
        except FontFileError:
            continue
    return faces


def _windows_font_dirs() -> list[Path]:
    dirs = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
    if os.environ.get("LOCALAPPDATA"):
        dirs.append(Path(os.environ["LOCALAPPDATA"]) / "Microsoft" / "Windows" / "Fonts")
    return dirs


def _fontconfig_faces() -> list[FaceInfo] | None:
    """Faces fontconfig lists for Chinese, or None when fc-list is not installed."""
    exe = shutil.which("fc-list")
    if exe is None:
        return None
    try:
        out = subprocess.run([exe, "-f", "%{file}\t%{index}\n", ":lang=zh"], capture_output=True,
                             text=True, timeout=20, encoding="utf-8", errors="replace").stdout
    except (OSError, subprocess.SubprocessError):
        return None
    wanted: dict[Path, set[int]] = {}
    for line in out.splitlines():
        file, _, index = line.partition("\t")
        if file:
            wanted.setdefault(Path(file), set()).add(int(index) if index.strip().isdigit() else 0)
    faces = []
    for path, indexes in sorted(wanted.items()):
        try:
            faces += [f for f in read_faces(path) if f.index in indexes]
        except FontFileError:
            continue
    return faces


def _bold_for(face: FaceInfo, candidates: list[FaceInfo]) -> FaceInfo | None:
    """A bold face of the same family: in the candidates, or a sibling file (msyh -> msyhbd)."""
    options = [f for f in candidates if f.is_bold and f.family == face.family and f.embeddable]
    stem = face.path.stem
    names = list(WINDOWS_BOLD_FILES.get(stem.lower(), ()))
    names += [f"{stem}bd{face.path.suffix}", f"{stem}-Bold{face.path.suffix}", f"{stem}-bold{face.path.suffix}",
              f"{stem}_Bold{face.path.suffix}", f"{stem}Bold{face.path.suffix}"]
    for name in names:
        sibling = face.path.with_name(name)
        if sibling.is_file() and sibling != face.path:
            try:
                options += [f for f in read_faces(sibling) if f.embeddable and (f.family == face.family or f.is_bold)]
            except FontFileError:
                continue
    for option in options:
        try:
            _register(option)
            return option
        except _Rejected:
            continue
    return None


# ---------------------------------------------------------------------------- registering


def _register(face: FaceInfo) -> str:
    """Register one face with reportlab (once per process); returns its reportlab name."""
    key = (str(face.path), face.index)
    with _lock:
        name = _registered.get(key)
        if name is not None:
            return name
        if not face.embeddable:
            raise _Rejected(T("its outlines are OpenType/CFF, which cannot be embedded in a PDF; choose a TrueType font (.ttf or .ttc)."))
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFError, TTFont

        name = "SuiteCJK-" + re.sub(r"[^A-Za-z0-9]+", "", face.family)[:40] + f"-{len(_registered)}"
        try:
            ttf = TTFont(name, str(face.path), subfontIndex=face.index)
        except TTFError as exc:
            raise _Rejected(T("reportlab cannot embed it ({error}).", error=str(exc))) from None
        except (OSError, ValueError, IndexError, KeyError) as exc:
            raise _Rejected(T("it is damaged ({error}).", error=str(exc) or type(exc).__name__)) from None
        missing = [c for c in PROBE_CHARACTERS if ord(c) not in ttf.face.charToGlyph]
        if missing:
            raise _Rejected(T("it has no Chinese characters."))
        pdfmetrics.registerFont(ttf)
        _registered[key] = name
        return name


def _family(face: FaceInfo, regular: str, bold_face: FaceInfo | None) -> ReportFonts:
    from reportlab.pdfbase.pdfmetrics import registerFontFamily

    bold = _register(bold_face) if bold_face is not None else regular
    # the family is named after the regular face: Paragraph maps <b> through the style's font
    registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)
    return ReportFonts(regular, bold, regular, face, bold_face)
