"""The complaints settings tab on a 1366x768 office laptop: everything fits in the settings
dialog without a scroll area around it, and the only thing that scrolls is the holiday list.
With SUITE_SHOTS=<folder> each section is also saved as a PNG in English and Chinese."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QAbstractScrollArea, QHeaderView, QScrollArea, QTabWidget

LANGS = ["en", "zh_CN"]
#: a 1366x768 screen less a 40-pixel taskbar
LAPTOP = QRect(0, 0, 1366, 728)


@pytest.fixture
def runtime(suite_db, suite_host, suite_ctx):
    from suite.bootstrap import Runtime
    from suite.config import Settings
    from suite.paths import get_paths

    paths = get_paths().ensure()
    return Runtime(Settings.load(paths.settings_file), paths, suite_db, suite_host, suite_ctx)


@pytest.fixture
def translated(suite_host):
    from suite.ui.translation import install_translators

    def use(language: str) -> None:
        install_translators(suite_host, language)

    yield use
    install_translators(suite_host, "en")


def _shoot(widget, name: str) -> None:
    folder = os.environ.get("SUITE_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _scroll_areas(widget):
    """The scroll areas a user sees (a table's header is one for Qt, not for a user)."""
    return [w for w in widget.findChildren(QAbstractScrollArea)
            if w.isVisibleTo(widget) and not isinstance(w, QHeaderView)]


@pytest.mark.parametrize("language", LANGS)
def test_the_deadlines_tab_fits_a_laptop_screen_without_nested_scrolling(qtbot, manager, runtime, translated, language):
    from suite.ui.settings_dialog import SettingsDialog, fit_to_screen
    from suite_plugins.complaints.ui.settings import ComplaintSettings

    translated(language)
    dialog = SettingsDialog(manager, runtime, language)
    qtbot.addWidget(dialog)
    fit_to_screen(dialog, LAPTOP)
    dialog.show()
    tab = next(w for _r, w in dialog.pages if isinstance(w, ComplaintSettings))
    dialog.tabs.setCurrentWidget(tab)
    qtbot.wait(30)
    # the dialog and its frame stay on the screen
    frame = QSize(16, 40)
    assert dialog.width() + frame.width() <= LAPTOP.width()
    assert dialog.height() + frame.height() <= LAPTOP.height()
    # no scroll area holds the tab, and no scroll area lies inside another
    assert not tab.findChildren(QScrollArea)
    for area in _scroll_areas(tab):
        parent = area.parentWidget()
        while parent is not None and parent is not tab:
            assert not isinstance(parent, QAbstractScrollArea), (area.objectName(), parent.objectName())
            parent = parent.parentWidget()
    sections = tab.findChild(QTabWidget, "complaintSettingsSections")
    assert sections is not None and sections.count() == 3
    for index in range(sections.count()):
        sections.setCurrentIndex(index)
        qtbot.wait(20)
        page = sections.widget(index)
        # the page's content fits in the room it is given: nothing is squeezed or cut off
        need = page.minimumSizeHint()
        assert need.width() <= page.width() and need.height() <= page.height(), (index, need, page.size())
        # nothing on a page scrolls but the holiday list (and the notice being typed)
        assert {a.objectName() for a in _scroll_areas(page)} <= {"calendarDays", "holidayNotice"}
        _shoot(dialog, f"settings-complaints-{index}-{language}")
    # each spin box shows its whole value ("1440 min", "1440 分钟")
    for spins in tab.policy_edits.values():
        for spin in spins.values():
            assert spin.width() >= spin.minimumSizeHint().width()
