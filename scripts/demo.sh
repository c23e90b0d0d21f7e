#!/usr/bin/env bash
# `npm run demo`: from a fresh clone to a running app with demo data on the embedded database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
echo "Migrating the embedded database (${PGLITE_DIR:-.data/pglite})…"
node_modules/.bin/tsx scripts/prisma.ts migrate deploy
node_modules/.bin/tsx scripts/seed.ts | tee .data/demo-logins.txt
echo "Building…"
NODE_ENV=production node_modules/.bin/react-router build >/dev/null
port=${PORT:-3000}
echo
echo "Arbeidsbro: http://localhost:${port}   (logins above; also in .data/demo-logins.txt)"
echo "E-mail is not sent in the demo: see it on http://localhost:${port}/admin/utboks as admin@arbeidsbro.no"
if [ -z "${STRIPE_SECRET_KEY:-}" ]; then
  # No Stripe keys: payments go to the local test double (the pages say "test payments").
  stripe_port=${STRIPE_DOUBLE_PORT:-12111}
  STRIPE_DOUBLE_PORT=$stripe_port STRIPE_WEBHOOK_URL="http://localhost:${port}/api/stripe/webhook" node_modules/.bin/tsx scripts/stripe-double/server.ts &
  trap 'kill $! 2>/dev/null' EXIT
  export STRIPE_API_BASE="http://127.0.0.1:${stripe_port}"
  echo "Payments: local Stripe test double on ${STRIPE_API_BASE} (test payments, no money moves)"
fi
PORT=$port NODE_ENV=production node --import tsx server.ts
