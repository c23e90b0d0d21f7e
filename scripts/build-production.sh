#!/usr/bin/env bash
# The production image's build, as a script: the Dockerfile runs it, and so does `npm test`
# (with --check), because Docker cannot run on the machines this project is developed on.
#
# Needs the full development install (`npm ci`). Writes $OUT (default dist/):
#   server.js, scripts/worker.js  the HTTP server and the background worker, bundled (no tsx at run time)
#   build/                        the React Router client and server build
#   node_modules/                 production dependencies only, exactly as package-lock.json says
#   package.json, package-lock.json
#
# --check then starts what was built, from $OUT alone, on a fresh embedded database: the worker
# (it must stop cleanly on SIGTERM), then the server (/healthz, /readyz ready, a page, SIGTERM).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-dist}
CHECK=0
[ "${1:-}" = "--check" ] && CHECK=1

step() { echo "━━ build-production: $*"; }

step "React Router build"
NODE_ENV=production node_modules/.bin/react-router build >/dev/null
rm -rf "$OUT" && mkdir -p "$OUT"
step "bundling server.ts and scripts/worker.ts"
# Dependencies stay packages (--packages=external); the app's own TypeScript, the generated Prisma
# client included, is compiled in.
node_modules/.bin/esbuild server.ts scripts/worker.ts --bundle --platform=node --format=esm --target=node20 \
  --packages=external --outdir="$OUT" --log-level=warning
cp -r build "$OUT/build"
cp package.json package-lock.json "$OUT/"
step "production dependencies (npm ci --omit=dev)"
# No install scripts: the one this project has generates the Prisma client, which is bundled.
(cd "$OUT" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
if [ -e "$OUT/node_modules/tsx" ] || [ -e "$OUT/node_modules/vite" ]; then
  echo "build-production: development packages ended up in $OUT/node_modules" >&2
  exit 1
fi
echo "build-production: $(du -sh "$OUT" | cut -f1) in $OUT"

[ "$CHECK" = 1 ] || exit 0

step "check: starting the built worker and server from $OUT"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
port=$(node -e 'const s=require("net").createServer().listen(0,()=>{console.log(s.address().port);s.close()})')
export NODE_ENV=production PGLITE_DIR="$tmp/db" PORT="$port" APP_ORIGIN="http://127.0.0.1:$port" \
  STRIPE_API_BASE="http://127.0.0.1:9" LOG_LEVEL=warn
unset DATABASE_URL
# Migrations come from the development tree (the image's `migrate` stage does the same).
node_modules/.bin/tsx scripts/prisma.ts migrate deploy >/dev/null

root=$(pwd)
stop() { # pid, what — SIGTERM, then the exit code must be 0
  kill -TERM "$1"
  local rc=0
  wait "$1" || rc=$?
  if [ "$rc" != 0 ]; then echo "build-production: $2 exited with $rc after SIGTERM" >&2; exit 1; fi
}

(cd "$OUT" && exec node scripts/worker.js) &
worker=$!
sleep 4
kill -0 "$worker" 2>/dev/null || { echo "build-production: the worker did not stay up" >&2; exit 1; }
stop "$worker" "the worker"

(cd "$OUT" && exec node server.js) &
server=$!
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { echo "build-production: the server exited" >&2; exit 1; }
  sleep 0.5
done
check() { # path, expected text
  local body
  body=$(curl -fsS "http://127.0.0.1:$port$1") || { echo "build-production: GET $1 failed" >&2; kill "$server"; exit 1; }
  case "$body" in
    *"$2"*) echo "  GET $1 ok" ;;
    *) echo "build-production: GET $1 did not contain $2" >&2; kill "$server"; exit 1 ;;
  esac
}
check /healthz '"ok"'
check /readyz '"status":"ready"'
check /muligheter 'Arbeidsbro'
stop "$server" "the server"
cd "$root"
echo "build-production: the built server and worker start, answer and stop cleanly"
