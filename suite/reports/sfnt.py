"""Reading font files without reportlab: outline format and names of every face in a file.

reportlab embeds TrueType outlines (``glyf``) only; OpenType fonts with PostScript outlines
(``CFF ``/``CFF2``, usually ``.otf``, but Noto Sans CJK also ships such ``.ttc`` collections) are
refused. A ``.ttc`` collection holds several faces (``msyh.ttc``: Microsoft YaHei and Microsoft
YaHei UI; ``simsun.ttc``: SimSun and NSimSun); reportlab needs the index of the one to use,
which we pick by name.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

#: name ids of the ``name`` table we read
_FAMILY, _SUBFAMILY, _FULL, _TYPO_FAMILY, _TYPO_SUBFAMILY = 1, 2, 4, 16, 17


class FontFileError(ValueError):
    """The file is not a font we can read."""


@dataclass(frozen=True)
class FaceInfo:
    """One face of a font file."""

    path: Path
    index: int
    family: str  # English family name (the typographic family when the file has one)
    style: str  # English subfamily: Regular, Bold, ...
    outlines: str  # "truetype" (glyf) | "cff" | "unknown"
    names: tuple[str, ...] = field(default=())  # every family and full name, in every language

    @property
    def embeddable(self) -> bool:
        return self.outlines == "truetype"

    @property
    def is_bold(self) -> bool:
        return "bold" in self.style.lower()

    def matches(self, name: str) -> bool:
        wanted = _norm(name)
        return any(_norm(n) == wanted for n in (self.family, *self.names))


def _norm(name: str) -> str:
    return "".join(name.lower().split())


def read_faces(path: str | Path) -> list[FaceInfo]:
    """Every face of a ``.ttf``/``.otf``/``.ttc``/``.otc`` file (a single font has one)."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise FontFileError(str(exc)) from exc
    if len(data) < 12:
        raise FontFileError("too short to be a font")
    tag = data[:4]
    if tag == b"ttcf":
        (count,) = struct.unpack_from(">I", data, 8)
        if count == 0 or count > 64 or 12 + 4 * count > len(data):
            raise FontFileError("damaged font collection")
        offsets = struct.unpack_from(f">{count}I", data, 12)
    elif tag in (b"\x00\x01\x00\x00", b"true", b"OTTO"):
        offsets = (0,)
    else:
        raise FontFileError("not a TrueType or OpenType font")
    return [_read_face(path, data, i, off) for i, off in enumerate(offsets)]


def _read_face(path: Path, data: bytes, index: int, offset: int) -> FaceInfo:
    try:
        version, num_tables = struct.unpack_from(">4sH", data, offset)
        tables: dict[bytes, tuple[int, int]] = {}
        for i in range(num_tables):
            tag, _checksum, t_off, t_len = struct.unpack_from(">4sIII", data, offset + 12 + 16 * i)
            tables[tag] = (t_off, t_len)
    except struct.error as exc:
        raise FontFileError("damaged font table directory") from exc
    if b"glyf" in tables and version != b"OTTO":
        outlines = "truetype"
    elif b"CFF " in tables or b"CFF2" in tables or version == b"OTTO":
        outlines = "cff"
    else:
        outlines = "unknown"
    names = _read_names(data, *tables[b"name"]) if b"name" in tables else {}
    family = names.get((_TYPO_FAMILY, "en")) or names.get((_FAMILY, "en")) or path.stem
    style = names.get((_TYPO_SUBFAMILY, "en")) or names.get((_SUBFAMILY, "en")) or "Regular"
    every = tuple(dict.fromkeys(v for (nid, _lang), v in names.items() if nid in (_FAMILY, _FULL, _TYPO_FAMILY)))
    return FaceInfo(path, index, family, style, outlines, every)


def _read_names(data: bytes, offset: int, length: int) -> dict[tuple[int, str], str]:
    """{(name id, "en" | language id): text} from a ``name`` table."""
    out: dict[tuple[int, str], str] = {}
    try:
        _fmt, count, string_offset = struct.unpack_from(">HHH", data, offset)
        for i in range(count):
            platform, encoding, language, name_id, n_len, n_off = struct.unpack_from(
                ">HHHHHH", data, offset + 6 + 12 * i)
            if name_id not in (_FAMILY, _SUBFAMILY, _FULL, _TYPO_FAMILY, _TYPO_SUBFAMILY):
                continue
            start = offset + string_offset + n_off
            raw = data[start:start + n_len]
            if platform == 3 or platform == 0:  # Windows / Unicode: UTF-16BE
                text = raw.decode("utf-16-be", errors="replace")
                lang = "en" if platform == 0 or language == 0x0409 else str(language)
            elif platform == 1 and encoding == 0:  # Macintosh Roman
                text = raw.decode("mac_roman", errors="replace")
                lang = "en" if language == 0 else f"mac{language}"
            else:
                continue
            text = text.strip("\x00").strip()
            if text:
                out.setdefault((name_id, lang), text)
    except struct.error:
        pass
    return out
