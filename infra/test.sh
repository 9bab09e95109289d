#!/usr/bin/env bash
# The test command (README, .ci/run): static checks, every workspace's tests against a real
# PostgreSQL and a real Kafka broker, then the whole stack through the gateway and in Chromium.
# It uses its own broker (port 19092), databases (tthc_test_*, tthc_stack_*) and ports (5000–5080),
# so a running demo platform is left alone. Exits non-zero on any failure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash infra/setup.sh
if [ ! -x /usr/bin/chromium ]; then
  echo "[test] installing Debian's Chromium for the browser tests"
  if [ "$(id -u)" = 0 ]; then sudo_cmd=""; else sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi

# TEST_KAFKA_PORT / STACK_BASE_PORT / TEST_DB_PREFIX let a second run share this machine.
export KAFKA_PORT="${TEST_KAFKA_PORT:-19092}"
export KAFKA_BROKERS="127.0.0.1:$KAFKA_PORT"
export STACK_BASE_PORT="${STACK_BASE_PORT:-5000}"
export WEB_URL="http://127.0.0.1:$((STACK_BASE_PORT + 80))"
export POSTGRES_URL="${POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
export KAFKA_DATA_DIR="${KAFKA_DATA_DIR:-$root/.data/kafka-$KAFKA_PORT}"
if [ "$KAFKA_PORT" = 9092 ]; then echo "[test] refusing to wipe the demo broker's port 9092; set TEST_KAFKA_PORT" >&2; exit 2; fi

# Fresh state: each run starts from nothing a previous run left behind (databases, topics and their
# consumer offsets, uploaded files, secrets, temporary files), so the next run cannot be changed by
# this one. The broker is restarted on empty storage; infra/stack/reset.ts does the rest.
bash infra/kafka/stop.sh
rm -rf "$KAFKA_DATA_DIR"
npx tsx infra/stack/reset.ts
# Suites' temporary folders (uploads, generated migrations) live here and go with the next reset.
export TMPDIR="$root/.data/test/tmp"
mkdir -p "$TMPDIR"
bash infra/kafka/start.sh
# Leave the machine as we found it: stop the test stack and the test broker. Databases and logs stay
# until the next run (useful after a failure); the next run starts by removing them.
cleanup() {
  npx tsx infra/stack/down.ts test || true
  bash infra/kafka/stop.sh || true
}
trap cleanup EXIT

echo "[test] static checks"
# One `tsc -b` over the project references (root tsconfig.json) checks each workspace once.
npm run typecheck
# One eslint process: its TypeScript project service loads each program once for every workspace.
npm run lint
npx turbo run db:check --output-logs=errors-only
npx turbo run build --output-logs=errors-only
npx tsx packages/events/src/asyncapi-cli.ts --check
npx tsx infra/docs/env-tables.ts --check

echo "[test] workspace tests (serial: they share the broker)"
npx turbo run test --concurrency=1 --output-logs=new-only

echo "[test] whole stack: through the gateway, then in the browser"
npx tsx infra/stack/up.ts test
(cd tests/integration && npx vitest run)
(cd tests/e2e && npx vitest run)
echo "[test] all green"
