#!/usr/bin/env bash
# Set up everything the tests need on a fresh machine, then run the whole test suite.
#   tools/run-tests.sh [pytest arguments...]
# System packages (Debian/Ubuntu): a CJK font, poppler-utils for PDF checks, the libraries
# Qt needs offscreen. Python packages: a virtual environment in .venv with the suite and its
# test extras. Set SUITE_TEST_POSTGRES_URL to run the database tests on PostgreSQL too.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
fc-list :lang=zh 2>/dev/null | grep -q . || need_apt+=(fonts-wqy-microhei fonts-wqy-zenhei)
for lib in libEGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3 libGL.so.1; do
    ldconfig -p 2>/dev/null | grep -q "$lib" || { need_apt+=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0); break; }
done
if [ ${#need_apt[@]} -gt 0 ]; then
    if command -v apt-get >/dev/null 2>&1; then
        sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
        echo "installing system packages: ${need_apt[*]}"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}" >/dev/null
    else
        echo "please install: ${need_apt[*]} (a CJK font, poppler-utils, Qt's offscreen libraries)" >&2
    fi
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test,postgres]"
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -n "${SUITE_TEST_WORKERS:-2}" --dist loadgroup "$@"
