#!/usr/bin/env bash
# Run the suites that depend on the time of day at a chosen instant:
#
#   bash infra/test-clock.sh 2026-02-13T00:30:00+07:00
#
# The test stack comes up with that TEST_CLOCK (services, gateway, web server; the browser follows
# it), tests/integration and tests/e2e run against it, then the stack goes down; then the workspace
# suites whose rules read the clock run under the same TEST_CLOCK. Like infra/test.sh it honours
# TEST_KAFKA_PORT / STACK_BASE_PORT / TEST_DB_PREFIX / STACK_DB_PREFIX, starts from fresh state with
# its own broker (infra/test-env.sh). Exits non-zero if any suite fails; every suite runs regardless.
set -uo pipefail
instant="${1:?usage: infra/test-clock.sh <ISO 8601 instant with offset, e.g. 2026-02-13T00:30:00+07:00>}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

export TEST_CLOCK="$instant"
# Fresh state and the test broker, exactly as the test command has them.
source infra/test-env.sh
set +e
# The workspaces whose rules or tests read the clock.
WORKSPACES=(@tthc/clock @tthc/events @tthc/directory @tthc/gateway @tthc/complaints @tthc/planning @tthc/reporting @tthc/calendar @tthc/web)

failed=()
step() { # step <name> <command...>: run it, time it, remember a failure
  local name="$1" started=$SECONDS
  shift
  echo "[test-clock $instant] $name"
  if "$@"; then echo "[test-clock $instant] $name: passed in $((SECONDS - started)) s"; return 0; fi
  echo "[test-clock $instant] $name: FAILED after $((SECONDS - started)) s"
  failed+=("$name")
  return 1
}

if step "stack up" npx tsx infra/stack/up.ts test; then
  step "tests/integration" bash -c 'cd tests/integration && npx vitest run'
  step "tests/e2e" bash -c 'cd tests/e2e && npx vitest run'
fi
npx tsx infra/stack/down.ts test || true
filters=()
for w in "${WORKSPACES[@]}"; do filters+=("--filter=$w"); done
step "workspace suites" npx turbo run test --concurrency=1 --output-logs=new-only "${filters[@]}"

if [ ${#failed[@]} -gt 0 ]; then
  echo "[test-clock $instant] FAILED: ${failed[*]} (in $SECONDS s)"
  exit 1
fi
echo "[test-clock $instant] all passed in $SECONDS s"
