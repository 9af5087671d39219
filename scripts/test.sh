#!/usr/bin/env bash
# Lint, layer contracts and the whole test suite, headless, on SQLite; then the service and db suites
# (tests/unit tests/db) and the concurrent-desks test again on a throwaway PostgreSQL cluster when
# PostgreSQL is installed.
# Extra arguments go to pytest (both runs). WS_TEST_ENGINES="sqlite" skips the PostgreSQL run;
# WS_REQUIRE_POSTGRES=1 (CI) makes a missing PostgreSQL a failure instead of a notice.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
ENGINES=${WS_TEST_ENGINES:-sqlite postgresql}
echo "== ruff" >&2
.venv/bin/ruff check workstation tests bench migrations
echo "== import-linter" >&2
PYTHONPATH=scripts .venv/bin/lint-imports --no-cache
if [[ " $ENGINES " == *" sqlite "* ]]; then
  echo "== pytest (SQLite)" >&2
  .venv/bin/python -m pytest "$@"
fi
[[ " $ENGINES " == *" postgresql "* ]] || exit 0

if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "== pytest (PostgreSQL): NOT RUN: PostgreSQL is not installed (Debian: apt-get install postgresql)." >&2
  if [ "${WS_REQUIRE_POSTGRES:-0}" = 1 ]; then
    echo "   WS_REQUIRE_POSTGRES=1: the PostgreSQL run is required here." >&2
    exit 1
  fi
  exit 0
fi
echo "== pytest (PostgreSQL): tests/unit tests/db and the concurrent desks on a throwaway cluster" >&2
url=$(bash scripts/pg_throwaway.sh start)
trap 'bash scripts/pg_throwaway.sh stop' EXIT
WS_TEST_DB=postgresql WS_TEST_PG_URL=$url .venv/bin/python -m pytest tests/unit tests/db \
  tests/e2e/common/test_concurrent_desks.py::test_eight_desks_on_a_server_database "$@"
