#!/usr/bin/env bash
# The layering rules against labelled AMLSim data: builds Warden, starts it on a fresh embedded PostgreSQL (loopback
# only), replays ../shared/data/amlsim through POST /v1/decisions in time order, prints the report, stops it.
# Usage: src/bench/amlsim-replay.sh [data folder]   (SKIP_BUILD=1 reuses target/quarkus-app)
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${1:-../shared/data/amlsim}
port=${REPLAY_PORT:-18081}

[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B package -DskipTests
# The bundled rules, with one deployment fact set as an officer would for this data: Warden holds every
# transaction from the data's first day (the dormancy table's "history complete since").
rules=target/replay-rules
rm -rf "$rules" && cp -r rules "$rules"
first=$(awk -F, 'NR > 1 {d = substr($6, 1, 10); if (m == "" || d < m) m = d} END {print m}' "$data/transactions.csv")
sed -i -E "s/^(LAYERING_LIMIT_DORMANT_[A-Z0-9_]*,.*,DORMANT,[^,]*,[^,]*,)[0-9-]+,/\1$first,/" "$rules/tables/layering-thresholds.drl.csv"
grep -q ",DORMANT,.*,$first," "$rules/tables/layering-thresholds.drl.csv" || { echo "could not set the history date"; exit 1; }
log=target/replay-service.log
source src/bench/service.sh
export WARDEN_RULES_REQUIRE_PASSING_SCENARIOS=false WARDEN_RULES_DIR=$rules WARDEN_EMBEDDED_DB_DIR=target/replay-db \
  WARDEN_EMBEDDED_DB_CLEAN=true
rm -f "$log"
start_warden "$port" "$log"
java src/bench/AmlSimReplay.java --url "http://127.0.0.1:$port" --data "$data"
