#!/usr/bin/env bash
# The test command (README, .ci/run): static checks, every workspace's tests against a real
# PostgreSQL and a real Kafka broker, then the whole stack through the gateway and in Chromium, then a backup restored and checked.
# It uses its own broker (port 19092), databases (tthc_test_*, tthc_stack_*) and ports (5000–5080),
# so a running demo platform is left alone. Last, two replicas of the gateway and of every service run
# behind haproxy while tests/faults injects faults. Exits non-zero on any failure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash infra/setup.sh
if [ ! -x /usr/bin/chromium ]; then
  echo "[test] installing Debian's Chromium for the browser tests"
  if [ "$(id -u)" = 0 ]; then sudo_cmd=""; else sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi

if ! command -v promtool >/dev/null; then
  # infra/test/monitoring.test.ts checks deploy/monitoring/ with Prometheus's own tool.
  echo "[test] installing Debian's prometheus (promtool) for the alert-rule checks"
  if [ "$(id -u)" = 0 ]; then sudo_cmd=""; else sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq --no-install-recommends prometheus >/dev/null
fi

if [ ! -x /usr/sbin/haproxy ]; then
  # tests/faults runs the replicated stack behind Debian's haproxy (infra/stack/haproxy.ts).
  echo "[test] installing Debian's haproxy for the two-replica fault suite"
  if [ "$(id -u)" = 0 ]; then sudo_cmd=""; else sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq --no-install-recommends haproxy >/dev/null
fi

source infra/test-env.sh

# Each phase prints how long the previous one took (the whole command must stay under 45 minutes).
phase_started=$SECONDS
phase() {
  if [ -n "${phase_name:-}" ]; then echo "[test] ${phase_name}: $((SECONDS - phase_started)) s"; fi
  phase_name="$1"
  phase_started=$SECONDS
  echo "[test] $1"
}

phase "static checks"
# One `tsc -b` over the project references (root tsconfig.json) checks each workspace once.
npm run typecheck
# One eslint process: its TypeScript project service loads each program once for every workspace.
npm run lint
npm run --silent format:check
npx turbo run db:check --output-logs=errors-only
npx turbo run build --output-logs=errors-only
npx tsx packages/events/src/asyncapi-cli.ts --check
npx tsx infra/docs/env-tables.ts --check
npm run --silent codegen -- --check

phase "workspace tests (serial: they share the broker)"
npx turbo run test --concurrency=1 --output-logs=new-only

phase "whole stack: through the gateway, then in the browser"
npx tsx infra/stack/up.ts test
(cd tests/integration && npx vitest run)
(cd tests/e2e && npx vitest run)

phase "backup and restore drill"
# The stack stops first: the drill rebuilds reporting's facts with reporting's consumer group, which
# must have no members; the broker stays up for the replay.
npx tsx infra/stack/down.ts test
npx tsx infra/backup/drill.ts

phase "two replicas of everything behind haproxy: faults injected under traffic"
STACK_REPLICAS=2 npx tsx infra/stack/up.ts test
(cd tests/faults && npx vitest run)
npx tsx infra/stack/down.ts test
phase "all green"
echo "[test] total: $SECONDS s"
