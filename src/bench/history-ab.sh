#!/usr/bin/env bash
# Decisions per second with 1M stored transactions against an empty history, free of the box's drift: two services
# side by side (each with its own embedded PostgreSQL on loopback), one on an empty database and one on a database
# loaded with the rows (COPY, then restarted on it, as a replica finds it after a deploy), measured in alternating
# slices (A B, B A, ...). Reports each pair's ratio and the median. history-bench.sh measures the two states ten
# minutes apart instead, and gives the one-client enrichment latency.
# Usage: src/bench/history-ab.sh [rows] [seconds per slice] [concurrency] [HistoryBench options: --pairs 6 --repeat 0.8]
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-1000000}; seconds=${2:-20}; concurrency=${3:-16}
shift $(( $# < 3 ? $# : 3 ))
empty_port=${BENCH_PORT:-18082}; loaded_port=$((empty_port + 1))
[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B package -DskipTests
log=target/history-ab-service.log
source src/bench/service.sh
# The loaded rows and the bench's own decisions, all held in the service (the default bound is 1,000,000).
export WARDEN_HISTORY_MIRROR_MAX_ROWS=${WARDEN_HISTORY_MIRROR_MAX_ROWS:-2000000}
driver=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort | tail -1)
start() { # database folder, port, start from an empty database (true/false); sets warden_pid
  WARDEN_EMBEDDED_DB_DIR=$1 WARDEN_EMBEDDED_DB_CLEAN=$3 start_warden "$2" "$log"
}
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"

start target/history-ab-loaded "$loaded_port" true
postgres_of target/history-ab-loaded
PGPASSFILE=$pg_passfile java -cp "$driver" src/bench/HistoryBench.java --import --jdbc "jdbc:postgresql://127.0.0.1:$pg_port/warden" --rows "$rows" "$@"
kill "$warden_pid"; wait "$warden_pid" 2>/dev/null || true
start target/history-ab-loaded "$loaded_port" false
loaded_pid=$warden_pid
postgres_of target/history-ab-loaded; loaded_pg=$pg_pid

start target/history-ab-empty "$empty_port" true
empty_pid=$warden_pid
postgres_of target/history-ab-empty; empty_pg=$pg_pid

java -cp "$driver" src/bench/HistoryBench.java --url "http://127.0.0.1:$empty_port" --service-pid "$empty_pid" \
  --postgres-pid "$empty_pg" --ab "http://127.0.0.1:$loaded_port" --service-pid-b "$loaded_pid" \
  --postgres-pid-b "$loaded_pg" --rows "$rows" --seconds "$seconds" --concurrency "$concurrency" "$@"
