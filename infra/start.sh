#!/usr/bin/env bash
# The start command (README): the whole platform with demo data. Ctrl-C stops it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash infra/setup.sh
export KAFKA_PORT="${KAFKA_PORT:-9092}"
bash infra/kafka/start.sh
npx tsx infra/stack/up.ts demo
stop() { npx tsx infra/stack/down.ts demo; bash infra/kafka/stop.sh; exit 0; }
trap stop INT TERM
echo "Press Ctrl-C to stop (or run: npm run stop)."
while true; do sleep 3600 & wait $!; done
