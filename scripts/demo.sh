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
export APP_ORIGIN="http://localhost:${port}"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null' EXIT
if [ -z "${SMTP_URL:-}" ]; then
  # The demo's mail goes over SMTP to a local catcher with a web inbox (nothing leaves the machine);
  # the app itself stores mail with its links' tokens removed.
  smtp_port=${MAIL_CATCHER_SMTP_PORT:-1025}
  inbox_port=${MAIL_CATCHER_HTTP_PORT:-1080}
  MAIL_CATCHER_SMTP_PORT=$smtp_port MAIL_CATCHER_HTTP_PORT=$inbox_port node_modules/.bin/tsx scripts/mail-catcher.ts >/dev/null &
  pids+=($!)
  export SMTP_URL="smtp://127.0.0.1:${smtp_port}"
  echo "E-mail: the demo's inbox is http://localhost:${inbox_port}/ (a local SMTP catcher; nothing leaves the machine)"
fi
if [ -z "${STRIPE_SECRET_KEY:-}" ]; then
  # No Stripe keys: payments go to the local test double (the pages say "test payments").
  stripe_port=${STRIPE_DOUBLE_PORT:-12111}
  STRIPE_DOUBLE_PORT=$stripe_port STRIPE_WEBHOOK_URL="http://localhost:${port}/api/stripe/webhook" node_modules/.bin/tsx scripts/stripe-double/server.ts &
  pids+=($!)
  export STRIPE_API_BASE="http://127.0.0.1:${stripe_port}"
  echo "Payments: local Stripe test double on ${STRIPE_API_BASE} (test payments, no money moves)"
fi
PORT=$port NODE_ENV=production node --import tsx server.ts
