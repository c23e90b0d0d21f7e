#!/usr/bin/env bash
# Installs npm packages when package-lock.json changed since the last install (or never ran),
# and makes sure the Prisma client is generated. Shared by `npm test` and `npm run demo`.
set -euo pipefail
cd "$(dirname "$0")/.."
hash=$(sha256sum package-lock.json | cut -d' ' -f1)
stamp=node_modules/.arbeidsbro-lock-hash
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$hash" ]; then
  echo "Installing npm packages…"
  # Exactly what package-lock.json says (it locks the platform packages of optional dependencies too).
  npm ci --no-audit --no-fund --loglevel=error
  echo "$hash" > "$stamp"
fi
# The Prisma client is generated from the schema: again whenever the schema has changed.
schema_hash=$(sha256sum prisma/schema.prisma | cut -d' ' -f1)
schema_stamp=app/generated/.schema-hash
if [ ! -f app/generated/prisma/client.ts ] || [ ! -f "$schema_stamp" ] || [ "$(cat "$schema_stamp")" != "$schema_hash" ]; then
  node_modules/.bin/tsx scripts/prisma.ts generate
  echo "$schema_hash" > "$schema_stamp"
fi
