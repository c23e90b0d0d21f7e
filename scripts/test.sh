#!/usr/bin/env bash
# `npm test`: install, find Chromium, lint, typecheck, build, the production build
# (scripts/build-production.sh --check), unit + integration tests (PGlite,
# then PostgreSQL when TEST_DATABASE_URL is set), end-to-end tests with axe. Ends with one line
# "N passed, N failed[, N skipped]" over every test case (lint, typecheck and build count as one
# check each) and exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export NODE_ENV=test
bash scripts/install.sh || { echo "0 passed, 1 failed"; exit 1; }
rm -rf test-results && mkdir -p test-results
: > test-results/steps.tsv

step() { # name, command… — runs a step, records its exit code and seconds
  local name=$1; shift
  local t0; t0=$(date +%s)
  echo "━━ $name"
  "$@"; local rc=$?
  printf '%s\t%s\t%s\n' "$name" "$rc" "$(( $(date +%s) - t0 ))" >> test-results/steps.tsv
  return 0
}

if CHROMIUM_PATH=$(bash scripts/find-chromium.sh); then export CHROMIUM_PATH; else printf 'chromium\t1\t0\n' >> test-results/steps.tsv; fi

step lint bash -c "node_modules/.bin/eslint --max-warnings 0 . && node_modules/.bin/prettier --check ."
step typecheck bash -c "node_modules/.bin/react-router typegen && node_modules/.bin/tsc -p tsconfig.json"
# Built before the tests: the PostgreSQL pass starts two instances of the production build.
step build env NODE_ENV=production node_modules/.bin/react-router build
# The production image's build steps (Docker cannot run here), and its output started and stopped.
step "production build" bash scripts/build-production.sh --check
step "unit+integration (PGlite)" node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest-pglite.json
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  step "integration (PostgreSQL)" env TEST_DB_KIND=postgresql node_modules/.bin/vitest run tests/integration --reporter=default --reporter=json --outputFile.json=test-results/vitest-postgresql.json
fi
if [ -n "${CHROMIUM_PATH:-}" ]; then
  step "e2e (Playwright + axe)" node_modules/.bin/playwright test
fi

node_modules/.bin/tsx scripts/test-summary.ts
