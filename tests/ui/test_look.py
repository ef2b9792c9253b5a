"""The look: Chinese text has a font, the style sheet and icons load, and the main window
renders at 150 % scaling (a child process with QT_SCALE_FACTOR=1.5)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

CHILD = r'''
import json, sys
from suite.ui.app import ensure_application
app = ensure_application()
from suite.bootstrap import open_runtime
from suite.core.users import user_context
from suite.ui.main_window import MainWindow
rt = open_runtime(sys.argv[1], migrate=False, language="zh_CN")
window = MainWindow(user_context(rt.ctx, "boss"), rt, language="zh_CN")
window.resize(1000, 640)
window.show()
for page in ("core.customers", "home"):
    window.open_page(page)
app.processEvents()
image = window.grab().toImage()
image.save(sys.argv[2])
print(json.dumps({"dpr": image.devicePixelRatio(), "w": image.width(), "h": image.height(),
                  "logical": [window.width(), window.height()]}))
window.switching = True
window.close()
rt.close()
'''


def test_the_main_window_renders_at_150_percent(suite_db, suite_ctx, tmp_path):
    from PySide6.QtGui import QImage

    from suite.core import users

    if not suite_db.is_sqlite:
        pytest.skip("one backend is enough for a screenshot")
    users.create_owner(suite_ctx, "boss", "password-123", "老板", company_name="清泉水站")
    shot = tmp_path / "scaled.png"
    env = dict(os.environ, QT_SCALE_FACTOR="1.5", QT_QPA_PLATFORM="offscreen")
    env.pop("SUITE_STRICT_PLUGINS", None)
    result = subprocess.run([sys.executable, "-c", CHILD, suite_db.url.render_as_string(hide_password=False), str(shot)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    info = json.loads(result.stdout.strip().splitlines()[-1])
    assert info["dpr"] == 1.5
    assert abs(info["w"] - info["logical"][0] * 1.5) <= 1 and abs(info["h"] - info["logical"][1] * 1.5) <= 1
    image = QImage(str(shot))
    assert image.width() == info["w"]
    # something was drawn: the navigation's text is dark on a light background
    dark = sum(1 for x in range(0, int(200 * 1.5), 3) for y in range(0, image.height(), 3)
               if image.pixelColor(x, y).lightness() < 90)
    assert dark > 50, dark


def test_chinese_text_has_a_font_and_the_style_and_icons_load(qapp):
    from PySide6.QtGui import QFontMetrics

    from suite.ui.app import apply_look, font_families
    from suite.ui.icons import icon, icon_path, icons_dir

    apply_look(qapp)
    assert qapp.font().families()[: len(font_families())] == font_families()
    assert QFontMetrics(qapp.font()).inFontUcs4(ord("客"))
    assert "QTreeWidget#navigation" in qapp.styleSheet()
    for name in ("home", "customers", "staff", "users", "company", "plugins", "audit", "backup"):
        assert icon_path(name) == icons_dir() / f"{name}.svg"
        assert not icon(name).pixmap(24, 24).isNull()
    assert icon_path("no-such-icon").name == "page.svg"
    assert icon_path("suite.resources:icons/home.svg") == icons_dir() / "home.svg"


def test_every_page_fits_a_1366_pixel_laptop_screen(owner_window, qtbot):
    """However wide a page is, the window never needs more than a common laptop screen: the
    page area is sized by the page shown and scrolls when a page needs more."""
    from tests.ui.conftest import settle

    window = owner_window
    for page in window.host.pages():
        window.open_page(page.id)
        settle(qtbot)
        assert window.minimumSizeHint().width() <= 1366, (page.id, window.minimumSizeHint().width())
        assert window.stack.currentWidget() is window.page_widget(page.id)
    window.resize(1366, 768)
    settle(qtbot)
    assert window.width() <= 1366


def test_stock_icons_are_the_flat_ones(qapp):
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QStyle

    from suite.ui.app import apply_look
    from suite.ui.icons import STANDARD_ICONS, icon, icon_path, icons_dir

    apply_look(qapp)
    style = qapp.style()
    for name, file in STANDARD_ICONS.items():
        assert icon_path(file) == icons_dir() / f"{file}.svg", file  # never the fallback
        if hasattr(QStyle.StandardPixmap, name):
            got = style.standardIcon(getattr(QStyle.StandardPixmap, name))
            assert got.cacheKey() == icon(file).cacheKey(), name
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    save = box.button(QDialogButtonBox.StandardButton.Save)
    if not save.icon().isNull():  # the desktop shows icons on dialog buttons: ours
        assert save.icon().cacheKey() == icon("save").cacheKey()
        assert box.button(QDialogButtonBox.StandardButton.Cancel).icon().cacheKey() == icon("close").cacheKey()
    message = QMessageBox(QMessageBox.Icon.Critical, "x", "y")
    expected = icon("error").pixmap(message.iconPixmap().size()).toImage()
    assert message.iconPixmap().toImage() == expected
    box.deleteLater()
    message.deleteLater()


def test_a_screenshot_of_home_shows_the_cards_computed(runtime, suite_ctx, tmp_path):
    """Offscreen nothing paints until grabbed, and the cards are computed after the first
    paint: the picture (docs/screenshot.png is one) must show their values, not "…"."""
    from PySide6.QtGui import QImage

    from suite.ui.screenshot import close_window, grab, open_window

    window = open_window(runtime, suite_ctx, "home")
    try:
        out = grab(window, tmp_path / "home.png")
        from suite.ui.dashboard import Card

        cards = window.findChildren(Card)
        assert cards and all(c.value.text() != "\u2026" for c in cards), [c.value.text() for c in cards]
        assert QImage(str(out)).width() == 1366
    finally:
        close_window(window)
