"""Before Qt starts a window on Linux, the suite checks that it can: a missing display or a
missing xcb library is one clear line (and a log record), never Qt's raw abort."""

from __future__ import annotations

import pytest

from suite.desktop import check_desktop, debian_package, missing_libraries, xcb_packages_missing
from suite.plugin_api.errors import UserError

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd5a9f2000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f1)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-icccm.so.4 => not found
"""


def test_ldd_output_becomes_debian_package_names():
    assert missing_libraries(LDD) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0"]
    assert [debian_package(n) for n in missing_libraries(LDD)] == ["libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"]
    assert debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"


def test_other_platforms_and_qt_platforms_are_not_checked():
    check_desktop({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    check_desktop({}, "win32")
    check_desktop({"WAYLAND_DISPLAY": "wayland-0"}, "linux")


def test_no_display_is_one_clear_line():
    with pytest.raises(UserError, match="No display"):
        check_desktop({"QT_QPA_PLATFORM": "xcb"}, "linux")


def test_missing_xcb_libraries_are_named_by_package():
    missing = xcb_packages_missing()
    if missing:  # this machine lacks some: the message names exactly those packages
        with pytest.raises(UserError) as err:
            check_desktop({"DISPLAY": ":0"}, "linux")
        assert f"apt-get install {' '.join(missing)}" in str(err.value)
    else:
        check_desktop({"DISPLAY": ":0"}, "linux")


def test_the_command_line_says_it_in_one_line_and_logs_it(run_suite, suite_home):
    done = run_suite("demo", env={"QT_QPA_PLATFORM": "xcb", "DISPLAY": ""})
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "No display" in done.stderr
    logs = list(suite_home.rglob("suite.log"))
    assert logs and "No display" in logs[0].read_text(encoding="utf-8")
