#!/usr/bin/env bash
# Wait until the broker logs that it has started and accepts connections (max ~60 s).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${KAFKA_PORT:-9092}"
data="${KAFKA_DATA_DIR:-$root/.data/kafka-$port}"
for _ in $(seq 1 120); do
  if grep -q "Transition from STARTING to STARTED" "$data/kafka.log" 2>/dev/null && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "[kafka] ready on 127.0.0.1:$port"; exit 0
  fi
  if [ -f "$data/kafka.pid" ] && ! kill -0 "$(cat "$data/kafka.pid")" 2>/dev/null; then
    echo "[kafka] broker process exited; last log lines:" >&2; tail -n 30 "$data/kafka.log" >&2; exit 1
  fi
  sleep 0.5
done
echo "[kafka] not ready after 60 s" >&2; tail -n 30 "$data/kafka.log" >&2; exit 1
