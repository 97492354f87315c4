#!/usr/bin/env bash
# The layering rules against labelled AMLSim data: builds Warden, starts it on a fresh embedded PostgreSQL (loopback
# only), replays ../shared/data/amlsim through POST /v1/decisions in time order, prints the report, stops it.
# Usage: src/bench/amlsim-replay.sh [data folder] [replay options: --fired FILE, --import-until YYYY-MM-DD]
# (--import-until loads what occurred before that day as history, undecided, and decides the rest; SKIP_BUILD=1 reuses
# target/quarkus-app; REPLAY_PORT sets the port)
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${1:-../shared/data/amlsim}
[ $# -gt 0 ] && shift
port=${REPLAY_PORT:-18081}

[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B package -DskipTests
# The bundled rules, with one deployment fact set as an officer would for this data: Warden holds every
# transaction from the data's first day (the "history complete since" of the dormancy and fan-in rows).
rules=target/replay-rules
rm -rf "$rules" && cp -r rules "$rules"
first=$(awk -F, 'NR > 1 {d = substr($6, 1, 10); if (m == "" || d < m) m = d} END {print m}' "$data/transactions.csv")
# Every row with a "history complete since" column holds one date (YYYY-MM-DD), the only one in its row.
table="$rules/tables/layering-thresholds.drl.csv"
sed -i -E "s/^(LAYERING_LIMIT_[A-Z0-9_]*,.*,)[0-9]{4}-[0-9]{2}-[0-9]{2},/\1$first,/" "$table"
[ "$(grep -cE '^LAYERING_LIMIT_.*,[0-9]{4}-[0-9]{2}-[0-9]{2},' "$table")" = "$(grep -c ",$first," "$table")" ] \
  && grep -q ",DORMANT,.*,$first," "$table" || { echo "could not set the history date"; exit 1; }
log=target/replay-service.log
source src/bench/service.sh
export WARDEN_RULES_REQUIRE_PASSING_SCENARIOS=false WARDEN_RULES_DIR=$rules WARDEN_EMBEDDED_DB_DIR=target/replay-db \
  WARDEN_EMBEDDED_DB_CLEAN=true
rm -f "$log"
start_warden "$port" "$log"
java src/bench/AmlSimReplay.java --url "http://127.0.0.1:$port" --data "$data" "$@"
