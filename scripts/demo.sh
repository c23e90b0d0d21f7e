#!/usr/bin/env bash
# `npm run demo`: from a fresh clone to a running app with demo data on the embedded database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
echo "Migrating the embedded database (${PGLITE_DIR:-.data/pglite})…"
node_modules/.bin/tsx scripts/prisma.ts migrate deploy
mkdir -p .data
port=${PORT:-3000}
if [ -z "${STRIPE_SECRET_KEY:-}" ]; then
  # No Stripe keys: payments go to the local test double (the pages say "test payments"). It starts
  # before the seed, which onboards the demo suppliers and pays the demo order through it, and it
  # keeps its objects in .data/stripe-double.json so they are still there after a restart.
  stripe_port=${STRIPE_DOUBLE_PORT:-12111}
  STRIPE_DOUBLE_PORT=$stripe_port STRIPE_DOUBLE_STATE=.data/stripe-double.json STRIPE_WEBHOOK_URL="http://localhost:${port}/api/stripe/webhook" node_modules/.bin/tsx scripts/stripe-double/server.ts &
  stripe_pid=$!
  trap 'kill "$stripe_pid" 2>/dev/null' EXIT
  export STRIPE_API_BASE="http://127.0.0.1:${stripe_port}"
  for _ in $(seq 1 300); do
    (echo >"/dev/tcp/127.0.0.1/${stripe_port}") 2>/dev/null && break
    kill -0 "$stripe_pid" 2>/dev/null || { echo "The Stripe test double did not start (port ${stripe_port} in use?)" >&2; exit 1; }
    sleep 0.1
  done
  echo "Payments: local Stripe test double on ${STRIPE_API_BASE} (test payments, no money moves)"
fi
node_modules/.bin/tsx scripts/seed.ts | tee .data/demo-logins.txt
echo "Building…"
NODE_ENV=production node_modules/.bin/react-router build >/dev/null
echo
echo "Arbeidsbro: http://localhost:${port}   (logins above; also in .data/demo-logins.txt)"
echo "E-mail is not sent in the demo: see it on http://localhost:${port}/admin/utboks as admin@arbeidsbro.no"
PORT=$port NODE_ENV=production node --import tsx server.ts
