#!/usr/bin/env bash
# README command (a): everything the desktop program needs on a fresh machine, then the suite.
#   tools/setup.sh && .venv/bin/suite demo
# System packages (Debian/Ubuntu, when missing): the libraries Qt's desktop (xcb) platform
# plugin needs, and a CJK font. Python packages: a virtual environment in .venv with the suite
# and the PostgreSQL driver. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
fc-list :lang=zh 2>/dev/null | grep -q . || need_apt+=(fonts-wqy-microhei)
# what Qt 6's xcb plugin loads (libxcb-cursor0 is opened at run time, so ldd does not list it)
for pkg_lib in libxcb-cursor0:libxcb-cursor.so.0 libxcb-icccm4:libxcb-icccm.so.4 libxcb-keysyms1:libxcb-keysyms.so.1 \
               libxcb-image0:libxcb-image.so.0 libxcb-render-util0:libxcb-render-util.so.0 libxcb-shape0:libxcb-shape.so.0 \
               libxcb-xkb1:libxcb-xkb.so.1 libxkbcommon-x11-0:libxkbcommon-x11.so.0 libxcb-randr0:libxcb-randr.so.0 \
               libegl1:libEGL.so.1 libgl1:libGL.so.1 libfontconfig1:libfontconfig.so.1 libdbus-1-3:libdbus-1.so.3; do
    ldconfig -p 2>/dev/null | grep -q "${pkg_lib#*:}" || need_apt+=("${pkg_lib%%:*}")
done
if [ "$(uname -s)" = Linux ] && [ ${#need_apt[@]} -gt 0 ]; then
    if command -v apt-get >/dev/null 2>&1; then
        sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
        echo "installing system packages: ${need_apt[*]}"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}" >/dev/null
    else
        echo "please install with your package manager: ${need_apt[*]} (Qt's desktop libraries, a CJK font)" >&2
    fi
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[postgres]"
echo "ready: .venv/bin/suite demo"
