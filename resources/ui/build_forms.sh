#!/usr/bin/env bash
# Regenerate workstation/ui/forms/ui_*.py from resources/ui/*.ui and the translations
# (lupdate -> fill English from the glossary -> lrelease). Run from anywhere; commit the results.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN="${VENV_BIN:-.venv/bin}"

for ui in resources/ui/*.ui; do
    name="$(basename "$ui" .ui)"
    "$BIN/pyside6-uic" "$ui" -o "workstation/ui/forms/ui_${name}.py"
done
# uic imports some thirty Qt names into every form whether it uses them or not; each first import of a
# class costs PySide6 its type set-up (about 9 ms of the main window's form at start): keep the used ones.
"$BIN/ruff" check --isolated --select F401 --fix --quiet workstation/ui/forms/ui_*.py

TS=resources/translations/workstation_en.ts
mapfile -t sources < <(find workstation -name '*.py' -not -path 'workstation/ui/forms/*' | sort)
lupdate() {
    "$BIN/pyside6-lupdate" "${sources[@]}" resources/ui/*.ui -no-obsolete -locations none \
        -source-language zh_CN -target-language en -ts "$TS" "$@"
}
lupdate
"$BIN/python" resources/translations/fill_en.py "$TS"
lupdate -silent  # back to lupdate's own layout, so the file only changes when strings do
"$BIN/pyside6-lrelease" "$TS" -qm resources/translations/workstation_en.qm
