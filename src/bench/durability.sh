#!/usr/bin/env bash
# Durability under SIGKILL: concurrent load, kill -9 the service mid-run, restart it on the same database, and
# verify that every decision that got a 200 reads back and that no record is half-written.
# Usage: src/bench/durability.sh [clients] [seconds before the kill]   (SKIP_BUILD=1 reuses target/quarkus-app)
set -euo pipefail
cd "$(dirname "$0")/../.."
clients=${1:-16}
seconds=${2:-15}
port=${DURABILITY_PORT:-18090}
db=target/durability-db
acks=target/durability-acks.csv
export WARDEN_API_KEY=${WARDEN_API_KEY:-warden-local}

[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B package -DskipTests
rm -rf "$db" "$acks"
source src/bench/service.sh
export WARDEN_EMBEDDED_DB_DIR=$db
start_warden "$port" target/durability-service.log
pid=$warden_pid
java src/bench/DurabilityCheck.java load "http://127.0.0.1:$port" "$acks" "$clients" &
load=$!
sleep "$seconds"
echo "kill -9 $pid after $seconds s with $(wc -l < "$acks") decisions acknowledged"
kill -9 "$pid"
sleep 2
kill "$load" 2>/dev/null || true
wait "$load" 2>/dev/null || true
start_warden "$port" target/durability-service.log
pid=$warden_pid
pgdata=$db/pgdata
[ -f "$pgdata/postmaster.pid" ] || pgdata=$(dirname "$(ls "${TMPDIR:-/tmp}"/warden-*/pgdata/postmaster.pid | head -1)")
pgport=$(sed -n 4p "$pgdata/postmaster.pid")
driver=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort | tail -1)
status=0
PGPASSFILE=$pgdata/warden.pgpass java -cp "$driver" src/bench/DurabilityCheck.java verify "http://127.0.0.1:$port" "$acks" "jdbc:postgresql://127.0.0.1:$pgport/warden" || status=$?
kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
exit $status
