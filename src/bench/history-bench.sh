#!/usr/bin/env bash
# Enrichment latency and decisions per second on an empty history and with 1M stored transactions, each with one
# client (latency) and with [concurrency] clients (throughput).
# Builds the app (SKIP_BUILD=1 reuses it), starts it on a fresh embedded PostgreSQL on loopback, measures, loads the
# rows with COPY straight into its database, restarts it on that database, measures again, stops it.
# Usage: src/bench/history-bench.sh [rows] [seconds] [concurrency] [HistoryBench options: --repeat 0.8 --warmup 60]
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-1000000}; seconds=${2:-20}; concurrency=${3:-16}
shift $(( $# < 3 ? $# : 3 ))
port=${BENCH_PORT:-18082}
[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B package -DskipTests
log=target/history-bench-service.log
source src/bench/service.sh
export WARDEN_EMBEDDED_DB_DIR=target/history-bench-db WARDEN_EMBEDDED_DB_CLEAN=true
# The loaded rows and the bench's own decisions, all held in the service (the default bound is 1,000,000).
export WARDEN_HISTORY_MIRROR_MAX_ROWS=${WARDEN_HISTORY_MIRROR_MAX_ROWS:-2000000}
bench() {
  postgres_of target/history-bench-db
  PGPASSFILE=$pg_passfile java -cp "$driver" src/bench/HistoryBench.java --url "http://127.0.0.1:$port" --service-pid "$warden_pid" \
    --postgres-pid "$pg_pid" --jdbc "jdbc:postgresql://127.0.0.1:$pg_port/warden" --rows "$rows" --seconds "$seconds" \
    --concurrency "$concurrency" "$@"
}
driver=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort | tail -1)
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
start_warden "$port" "$log"
bench --load-only "$@"
# The loaded history is measured on a service started against it, as a replica finds it after a deploy: the import
# made the running service reload what it holds, and that reload's garbage would otherwise land in the figures.
kill "$warden_pid"; wait "$warden_pid" 2>/dev/null || true
WARDEN_EMBEDDED_DB_CLEAN=false start_warden "$port" "$log"
bench --loaded "$@"
