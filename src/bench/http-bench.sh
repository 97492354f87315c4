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
WARDEN_EMBEDDED_DB_DIR=target/bench-db WARDEN_EMBEDDED_DB_CLEAN=true QUARKUS_HTTP_PORT=$port \
  WARDEN_AUTH_LOCAL_KEY=${WARDEN_API_KEY:-warden-local} QUARKUS_LOG_LEVEL=WARN java -jar target/quarkus-app/quarkus-run.jar > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$port/q/health/ready" > /dev/null 2>&1; then break; fi
  sleep 1
done
curl -fs "http://127.0.0.1:$port/q/health/ready" > /dev/null || { echo "service did not become ready"; cat "$log"; exit 1; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
java src/bench/LoadGenerator.java --url "http://127.0.0.1:$port" --concurrency "$concurrency" --seconds "$seconds"
