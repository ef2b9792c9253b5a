"""Fixtures for the report framework's tests: a host with the core and a sample plugin, PDF
inspection through poppler (pdftotext, pdffonts), and Chinese from the official catalogs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


@pytest.fixture
def suite_plugins():
    return ["sample_reports"]


@pytest.fixture
def suite_host(suite_plugins):
    """The core plus the sample plugin of tests/reports (a plugin like any other: it imports
    only suite.plugin_api)."""
    from suite.host import build_host
    from tests.reports import sample_plugin

    return build_host(only=suite_plugins, extra=[sample_plugin], strict=True, entry_points=False)


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"{tool} is missing: install poppler-utils (tools/run-tests.sh does)")
    return path


def pdf_pages(path) -> list[str]:
    """The text of each page (pdftotext -layout)."""
    out = subprocess.run([_need("pdftotext"), "-layout", str(path), "-"], capture_output=True, text=True,
                         check=True, encoding="utf-8").stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


def pdf_text(path) -> str:
    return "\n".join(pdf_pages(path))


def pdf_fonts(path) -> list[dict]:
    """pdffonts' table: [{name, type, emb, sub, uni}, ...]."""
    out = subprocess.run([_need("pdffonts"), str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        if len(parts) < 7:
            continue
        # name, type (may be two words), encoding, emb, sub, uni, object, id
        emb, sub, uni = parts[-5], parts[-4], parts[-3]
        rows.append({"name": parts[0], "type": " ".join(parts[1:-6]), "emb": emb, "sub": sub, "uni": uni})
    return rows


def pdf_page_count(path) -> int:
    out = subprocess.run([_need("pdfinfo"), str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def use_chinese() -> None:
    """Switch non-Qt text (services, reports) to Chinese."""
    from suite.core.plugin import package_dir
    from suite.plugin_api import i18n

    i18n.set_language("zh_CN", [(package_dir("suite.resources") / "i18n", "suite")])


@pytest.fixture
def chinese(suite_ctx):
    use_chinese()
    yield
    from suite.plugin_api import i18n

    i18n.set_language("en")


@pytest.fixture
def company(suite_ctx):
    """A company with a Chinese name, address, phone and a PNG logo."""
    from suite.core.company import save_company

    save_company(suite_ctx, name="清泉桶装水配送中心", address="上海市浦东新区张江路 88 号", phone="021-5888 1234",
                 logo=make_logo())
    return "清泉桶装水配送中心"


def make_logo() -> bytes:
    """A small PNG drawn with Pillow (reportlab's dependency)."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (120, 120), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, 112, 112), fill=(40, 110, 200))
    draw.rectangle((50, 30, 70, 90), fill="white")
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def make_changes(ctx, n: int) -> None:
    """n audited changes: customers created through the core service."""
    from suite.core.customers import CustomerInput, PhoneInput, create_customer

    for i in range(n):
        create_customer(ctx, CustomerInput(name=f"客户{i:04d} 王小明 & <VIP>", phones=[PhoneInput(phone=f"139{i:08d}")]))


def font_file() -> Path:
    """A Chinese TrueType font file of this machine (the system lookup must find one)."""
    from suite.reports.fonts import _ranked, system_faces

    faces = [f for f in _ranked(system_faces()) if f.embeddable]
    if not faces:
        pytest.fail("no Chinese TrueType font installed: apt install fonts-wqy-microhei (tools/run-tests.sh does)")
    return faces[0].path
