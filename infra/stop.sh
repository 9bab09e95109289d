#!/usr/bin/env bash
# Stop a demo platform started by `npm start` from another terminal.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
npx tsx infra/stack/down.ts demo
KAFKA_PORT="${KAFKA_PORT:-9092}" bash infra/kafka/stop.sh
