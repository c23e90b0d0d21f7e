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
PORT=$port NODE_ENV=production exec node --import tsx server.ts
