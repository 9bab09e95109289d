#!/usr/bin/env bash
# Start a single-node KRaft Kafka broker in the background; safe to run twice.
# Env: KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (KAFKA_PORT+1), KAFKA_DATA_DIR (<repo>/.data/kafka-$KAFKA_PORT), KAFKA_HEAP (512m)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export KAFKA_PORT="${KAFKA_PORT:-9092}"
export KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((KAFKA_PORT + 1))}"
export KAFKA_DATA_DIR="${KAFKA_DATA_DIR:-$root/.data/kafka-$KAFKA_PORT}"
heap="${KAFKA_HEAP:-512m}"
pidfile="$KAFKA_DATA_DIR/kafka.pid"

if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
  echo "[kafka] already running on 127.0.0.1:$KAFKA_PORT (pid $(cat "$pidfile"))"
  exec "$here/wait.sh"
fi

bash "$here/fetch.sh"
mkdir -p "$KAFKA_DATA_DIR"
sed -e "s|\${KAFKA_PORT}|$KAFKA_PORT|g" -e "s|\${KAFKA_CONTROLLER_PORT}|$KAFKA_CONTROLLER_PORT|g" \
  -e "s|\${KAFKA_DATA_DIR}|$KAFKA_DATA_DIR|g" "$here/server.properties.template" > "$KAFKA_DATA_DIR/server.properties"
cp="$here/libs/*"
if [ ! -f "$KAFKA_DATA_DIR/log/meta.properties" ]; then
  cluster_id="$(java -cp "$cp" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n1)"
  java -Dlog4j.configuration="file:$here/log4j.properties" -cp "$cp" kafka.tools.StorageTool format \
    -t "$cluster_id" -c "$KAFKA_DATA_DIR/server.properties" >/dev/null
fi
# In its own session (setsid), so that ending whatever started it — a test runner, a CI step —
# never takes the broker down with it; the pid is written by the process that then becomes java.
rm -f "$pidfile"
setsid nohup bash -c 'echo $$ > "$0"; exec "$@"' "$pidfile" \
  java -Xms128m -Xmx"$heap" -XX:+UseG1GC -Djava.awt.headless=true \
  -Dlog4j.configuration="file:$here/log4j.properties" \
  -cp "$cp" kafka.Kafka "$KAFKA_DATA_DIR/server.properties" >"$KAFKA_DATA_DIR/kafka.log" 2>&1 < /dev/null &
for _ in $(seq 1 50); do [ -s "$pidfile" ] && break; sleep 0.1; done
echo "[kafka] starting on 127.0.0.1:$KAFKA_PORT (pid $(cat "$pidfile"), log $KAFKA_DATA_DIR/kafka.log)"
exec "$here/wait.sh"
