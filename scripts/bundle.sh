#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle and prove the built binary starts and migrates a database.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
bin=dist/workstation/workstation
"$bin" --version
QT_QPA_PLATFORM=offscreen "$bin" selfcheck
# The encrypted district works in the bundle too (sqlcipher3 is imported on first use only)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state"
"$bin" --db "$work/d.db" demo --nurseries 5 --seed 1 >/dev/null
printf 'Bundle-check-2026\nBundle-recovery-2026\n' | "$bin" --user boss --password-stdin --db "$work/d.db" users create-admin >/dev/null
printf 'Bundle-check-2026\n' | "$bin" --user boss --password-stdin --db "$work/d.db" check
