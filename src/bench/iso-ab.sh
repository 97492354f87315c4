#!/usr/bin/env bash
# The cost of the ISO 20022 mapping: decisions per second and CPU per decision (service and its PostgreSQL) with the
# same kind of transfers sent as JSON and as pacs.008.001.08 XML, one service, in alternating slices (A B, B A, ...)
# so that the box's drift weighs on both alike. Reports each slice and the median ratio of the pairs.
# Usage: src/bench/iso-ab.sh [seconds per slice] [concurrency] [pairs] [warm-up seconds per format]
# SKIP_BUILD=1 reuses target/quarkus-app.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}; concurrency=${2:-8}; pairs=${3:-4}; warmup=${4:-30}
port=${BENCH_PORT:-18084}
[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B package -DskipTests
log=target/iso-ab-service.log
rm -f "$log"
source src/bench/service.sh
export WARDEN_EMBEDDED_DB_DIR=target/iso-ab-db WARDEN_EMBEDDED_DB_CLEAN=true
start_warden "$port" "$log"
postgres_of target/iso-ab-db
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
java src/bench/LoadGenerator.java --url "http://127.0.0.1:$port" --ab json,pacs008 --pairs "$pairs" \
  --seconds "$seconds" --concurrency "$concurrency" --warmup "$warmup" --service-pid "$warden_pid" --postgres-pid "$pg_pid"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
