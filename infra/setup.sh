#!/usr/bin/env bash
# Everything a fresh machine of this kind needs before start or test, from the registries only:
# npm packages (npm ci), the Kafka broker jars (Maven Central), the generated Prisma clients.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[setup] npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
bash infra/kafka/fetch.sh
npx turbo run db:generate --output-logs=errors-only
