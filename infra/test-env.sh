# Sourced by infra/test.sh and infra/test-clock.sh: the test run's settings, fresh state, the test
# broker, and a trap that stops what the run started. Expects $root (the repository) to be set.

# TEST_KAFKA_PORT / STACK_BASE_PORT / TEST_DB_PREFIX let a second run share this machine.
export KAFKA_PORT="${TEST_KAFKA_PORT:-19092}"
export KAFKA_BROKERS="127.0.0.1:$KAFKA_PORT"
export STACK_BASE_PORT="${STACK_BASE_PORT:-5000}"
export WEB_URL="http://127.0.0.1:$((STACK_BASE_PORT + 80))"
export POSTGRES_URL="${POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
# Every suite and the test stack run at one instant, so each run sees the same dates
# (DEFAULT_TEST_CLOCK in packages/clock; infra/test-clock.sh runs the suites at others).
export TEST_CLOCK="${TEST_CLOCK:-2026-03-16T10:00:00+07:00}"
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
