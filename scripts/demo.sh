#!/usr/bin/env bash
# `npm run demo`: from a fresh clone to a running app with demo data on the embedded database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
echo "Migrating the embedded database (${PGLITE_DIR:-.data/pglite})…"
node_modules/.bin/tsx scripts/prisma.ts migrate deploy
mkdir -p .data
port=${PORT:-3000}
export APP_ORIGIN="http://localhost:${port}"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null' EXIT

wait_for_port() { # port, pid, what
  for _ in $(seq 1 300); do
    (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    kill -0 "$2" 2>/dev/null || { echo "$3 did not start (port $1 in use?)" >&2; exit 1; }
    sleep 0.1
  done
}

if [ -z "${SMTP_URL:-}" ]; then
  # The demo's mail goes over SMTP to a local catcher with a web inbox (nothing leaves the machine);
  # the app itself stores mail with its links' tokens removed.
  smtp_port=${MAIL_CATCHER_SMTP_PORT:-1025}
  inbox_port=${MAIL_CATCHER_HTTP_PORT:-1080}
  MAIL_CATCHER_SMTP_PORT=$smtp_port MAIL_CATCHER_HTTP_PORT=$inbox_port node_modules/.bin/tsx scripts/mail-catcher.ts >/dev/null &
  pids+=($!)
  wait_for_port "$inbox_port" "${pids[-1]}" "The mail catcher"
  export SMTP_URL="smtp://127.0.0.1:${smtp_port}"
fi
if [ -z "${STRIPE_SECRET_KEY:-}" ]; then
  # No Stripe keys: payments go to the local test double (the pages say "test payments"). It starts
  # before the seed, which onboards the demo suppliers and pays the demo order through it, and it
  # keeps its objects in .data/stripe-double.json so they are still there after a restart.
  stripe_port=${STRIPE_DOUBLE_PORT:-12111}
  STRIPE_DOUBLE_PORT=$stripe_port STRIPE_DOUBLE_STATE=.data/stripe-double.json STRIPE_WEBHOOK_URL="http://localhost:${port}/api/stripe/webhook" node_modules/.bin/tsx scripts/stripe-double/server.ts &
  pids+=($!)
  wait_for_port "$stripe_port" "${pids[-1]}" "The Stripe test double"
  export STRIPE_API_BASE="http://127.0.0.1:${stripe_port}"
fi
if [ -z "${BRREG_URL:-}" ]; then
  # No register addresses: Enhetsregisteret and Renholdsregisteret are a local double with the real
  # services' request and answer shapes (the supplier profile says "test registers").
  register_port=${REGISTER_DOUBLE_PORT:-12112}
  REGISTER_DOUBLE_PORT=$register_port node_modules/.bin/tsx scripts/register-double/server.ts &
  pids+=($!)
  wait_for_port "$register_port" "${pids[-1]}" "The register test double"
  export BRREG_URL="http://127.0.0.1:${register_port}/enhetsregisteret/api/enheter"
  export RENHOLD_URL="http://127.0.0.1:${register_port}/renholdsregisteret/api/virksomheter"
fi
node_modules/.bin/tsx scripts/seed.ts | tee .data/demo-logins.txt
echo "Building…"
NODE_ENV=production node_modules/.bin/react-router build >/dev/null
echo
echo "Arbeidsbro: ${APP_ORIGIN}   (logins above; also in .data/demo-logins.txt)"
[ -n "${inbox_port:-}" ] && echo "E-mail: the demo's inbox is http://localhost:${inbox_port}/ (a local SMTP catcher; nothing leaves the machine)"
[ -n "${register_port:-}" ] && echo "Registers: local Enhetsregisteret and Renholdsregisteret test double on http://127.0.0.1:${register_port} (test data)"
[ -n "${stripe_port:-}" ] && echo "Payments: local Stripe test double on ${STRIPE_API_BASE} (test payments, no money moves)"
PORT=$port NODE_ENV=production node --import tsx server.ts
