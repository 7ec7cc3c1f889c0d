#!/usr/bin/env bash
# npm test: lint, type-check, unit + golden + integration tests (SQLite and PostgreSQL), then
# end-to-end tests in Chromium against a fresh production build.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${TEST_POSTGRES_URL:-}" ]; then
  if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    port="${TEST_POSTGRES_PORT:-54329}"
    pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
    as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
    # Stop on exit what this run started (a cluster that was already running is left as it was).
    if ! as_pg "$pg_bin/pg_ctl" -D "/tmp/compendium-pg-${port}" status >/dev/null 2>&1; then
      trap 'as_pg "$pg_bin/pg_ctl" -D "/tmp/compendium-pg-${port}" -m fast stop >/dev/null 2>&1 || true' EXIT
    fi
    TEST_POSTGRES_URL="$(bash scripts/start-test-postgres.sh "$port")"
    export TEST_POSTGRES_URL
  else
    echo "npm test needs PostgreSQL for the integration tests: install it (apt-get install postgresql) or set TEST_POSTGRES_URL." >&2
    exit 1
  fi
fi
echo "› PostgreSQL for tests: ${TEST_POSTGRES_URL}"

echo "› lint (Next.js rules and the import boundaries, eslint.config.mjs)"
npx eslint --max-warnings=0 .

echo "› type-check"
npx tsc --noEmit

echo "› unit, golden and integration tests"
npx vitest run

echo "› production build for end-to-end tests"
rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm
NEXT_TELEMETRY_DISABLED=1 DATABASE_URL="file:./data/e2e.db" npx next build

echo "› end-to-end tests (Chromium)"
npx playwright test
