#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle and prove the built binary starts and migrates a database.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
bin=dist/workstation/workstation
"$bin" --version
QT_QPA_PLATFORM=offscreen "$bin" selfcheck
