#!/usr/bin/env bash
# Fetch the Kafka broker jars from Maven Central (the only registry reachable here) into infra/kafka/libs.
# Cached: the jars are re-copied only when pom.xml changes; Maven's own ~/.m2 cache makes a refetch cheap.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
stamp="$here/libs/.pom.sha256"
want="$(sha256sum "$here/pom.xml" | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then exit 0; fi
rm -rf "$here/libs"
echo "[kafka] fetching broker jars from Maven Central…"
mvn -q -B -f "$here/pom.xml" dependency:copy-dependencies -DoutputDirectory="$here/libs" -DincludeScope=runtime
echo "$want" > "$stamp"
