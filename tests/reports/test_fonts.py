"""Chinese fonts: found on the system or in the settings, embedded, refused with a clear message."""

from __future__ import annotations

import datetime as dt
import struct

import pytest

from suite.plugin_api.errors import UserError
from suite.reports import fonts as F
from suite.reports.render import render_report
from suite.reports.sfnt import read_faces
from tests.reports.conftest import font_file, pdf_fonts, pdf_text


@pytest.fixture(autouse=True)
def _fresh_font_choice():
    F.clear_cache()
    yield
    F.clear_cache()


def _settings(suite_ctx, tmp_path, font: str):
    from suite.config import Settings

    settings = Settings(tmp_path / "settings.toml", {"reports": {"font": font}})
    settings.save()
    return Settings.load(tmp_path / "settings.toml")


def test_the_system_font_is_found_and_embedded_as_a_subset(suite_ctx, company, tmp_path):
    chosen = F.report_fonts(suite_ctx)
    assert chosen.face.embeddable
    out = render_report(suite_ctx, "core.audit_extract", {"start": "2026-01-01", "end": "2026-12-31"},
                        tmp_path / "a.pdf")
    rows = pdf_fonts(out)
    assert rows, "the PDF names no font"
    assert all(r["emb"] == "yes" for r in rows), rows  # nothing relies on the reader's fonts
    assert all(r["sub"] == "yes" for r in rows), rows  # subsets, not whole 5 MB fonts
    family = chosen.face.family.replace(" ", "")
    assert any(family in r["name"] for r in rows), (family, rows)
    assert company in pdf_text(out)
    assert out.stat().st_size < 400_000


def test_the_font_in_the_settings_wins_and_a_ttc_face_is_picked_by_name(suite_ctx, tmp_path):
    path = font_file()
    faces = read_faces(path)
    wanted = faces[-1]  # the last face of the file: not what the ranking would pick first
    ctx = suite_ctx
    ctx.settings = _settings(ctx, tmp_path, f"{path}#{wanted.family}")
    chosen = F.report_fonts(ctx, system=False)
    assert (chosen.face.path, chosen.face.index) == (path, wanted.index)
    F.clear_cache()
    ctx.settings = _settings(ctx, tmp_path, str(path))
    plain = F.report_fonts(ctx, system=False)
    assert plain.face.path == path
    assert "mono" not in plain.face.family.lower() or len(faces) == 1


def test_registration_is_cached(suite_ctx):
    first = F.report_fonts(suite_ctx)
    assert F.report_fonts(suite_ctx) is first
    F.clear_cache()
    again = F.report_fonts(suite_ctx)
    assert again.regular == first.regular  # registered once with reportlab, reused


def test_bold_markup_works_whether_or_not_a_bold_face_exists(suite_ctx, tmp_path):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    chosen = F.report_fonts(suite_ctx)
    style = ParagraphStyle("x", fontName=chosen.regular, wordWrap="CJK")
    target = tmp_path / "bold.pdf"
    SimpleDocTemplate(str(target), initialFontName=chosen.regular).build(
        [Paragraph("普通 <b>加粗的中文</b> bold", style)])
    assert "加粗的中文" in pdf_text(target)
    assert chosen.bold  # mapped to a face in every case


@pytest.mark.parametrize("kind", ["missing", "otf", "cff_in_ttf", "not_a_font"])
def test_no_usable_font_gives_a_clear_message(suite_ctx, company, tmp_path, kind):
    if kind == "missing":
        font = tmp_path / "nowhere" / "msyh.ttc"
        reason = "no such file"
    elif kind == "otf":
        font = tmp_path / "NotoSansCJK-Regular.otf"
        font.write_bytes(b"OTTO" + b"\0" * 200)
        reason = "OpenType/CFF"
    elif kind == "cff_in_ttf":
        # an OpenType font with PostScript outlines under a .ttf name (as Noto's .ttc are)
        font = tmp_path / "disguised.ttf"
        header = struct.pack(">4sHHHH", b"\x00\x01\x00\x00", 1, 16, 0, 0)
        table = struct.pack(">4sIII", b"CFF ", 0, 28, 4)
        font.write_bytes(header + table + b"\0" * 8)
        reason = "OpenType/CFF"
    else:
        font = tmp_path / "readme.ttf"
        font.write_text("this is not a font", encoding="utf-8")
        reason = "not a TrueType font"
    suite_ctx.settings = _settings(suite_ctx, tmp_path, str(font))
    out = tmp_path / "out.pdf"
    with pytest.raises(UserError) as err:
        render_report(suite_ctx, "core.audit_extract", {"start": dt.date(2026, 1, 1), "end": dt.date(2026, 1, 2)},
                      out, system_fonts=False)
    message = str(err.value)
    assert "\n" not in message
    assert str(font) in message and reason in message
    assert "fonts-wqy-microhei" in message and "fonts-noto-cjk" in message  # what to install (Linux)
    assert not out.exists()


def test_a_broken_settings_font_falls_back_to_the_system_font(suite_ctx, tmp_path):
    suite_ctx.settings = _settings(suite_ctx, tmp_path, str(tmp_path / "gone.ttf"))
    chosen = F.report_fonts(suite_ctx)  # system lookup on: the report still prints
    assert chosen.face.embeddable


def test_the_windows_names_are_ranked_first():
    faces = [F.FaceInfo(F.Path("/f/wqy.ttc"), 0, "WenQuanYi Micro Hei", "Regular", "truetype"),
             F.FaceInfo(F.Path("/f/msyh.ttc"), 1, "Microsoft YaHei UI", "Regular", "truetype"),
             F.FaceInfo(F.Path("/f/msyh.ttc"), 0, "Microsoft YaHei", "Regular", "truetype"),
             F.FaceInfo(F.Path("/f/noto.ttc"), 0, "Noto Sans CJK SC", "Regular", "cff"),
             F.FaceInfo(F.Path("/f/msyhbd.ttc"), 0, "Microsoft YaHei", "Bold", "truetype")]
    ranked = F._ranked(faces)
    assert (ranked[0].family, ranked[0].index) == ("Microsoft YaHei", 0)
    # plain faces before UI/Mono variants, regular before bold, CFF (not embeddable) last
    assert [f.family for f in ranked[1:3]] == ["WenQuanYi Micro Hei", "Microsoft YaHei UI"]
    assert ranked[3].style == "Bold"
    assert ranked[-1].outlines == "cff"
