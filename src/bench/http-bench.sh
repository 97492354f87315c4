#!/usr/bin/env bash
# Decisions per second and latency over HTTP, with persistence, on this machine.
# Builds the app, starts it on a fresh embedded PostgreSQL, runs the load generator against it, stops it.
# Usage: src/bench/http-bench.sh [concurrency] [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
concurrency=${1:-32}
seconds=${2:-30}
port=${BENCH_PORT:-18080}

./mvnw -q -B package -DskipTests
log=target/bench-service.log
rm -f "$log"
source src/bench/service.sh
export WARDEN_EMBEDDED_DB_DIR=target/bench-db WARDEN_EMBEDDED_DB_CLEAN=true
start_warden "$port" "$log"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
java src/bench/LoadGenerator.java --url "http://127.0.0.1:$port" --concurrency "$concurrency" --seconds "$seconds"
