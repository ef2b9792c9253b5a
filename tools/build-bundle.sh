#!/usr/bin/env bash
# Build the one-folder bundle (dist/suite/suite) with PyInstaller, the same way the Windows
# workflow does on a Windows runner. The suite is installed into its own virtual environment
# (build/bundle-venv) as a regular package, so the bundle holds exactly what an office gets.
#   tools/build-bundle.sh [dist folder]
set -euo pipefail
cd "$(dirname "$0")/.."
dist=$(realpath -m "${1:-dist}")
venv=build/bundle-venv
PY=${PYTHON:-python3}
[ -x "$venv/bin/python" ] || "$PY" -m venv "$venv"
"$venv/bin/python" -m pip install -q --disable-pip-version-check "pyinstaller>=6.5" ".[postgres]"
# the same version number would keep an older copy of the suite: always take this checkout's
"$venv/bin/python" -m pip install -q --disable-pip-version-check --force-reinstall --no-deps .
"$venv/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$dist" --workpath build/pyinstaller \
    tools/bundle/suite.spec
echo "bundle: $dist/suite/suite"
