#!/usr/bin/env bash
# Hostile input against the built service: starts Warden on a fresh embedded PostgreSQL (loopback only), sends
# 10,000 generated hostile requests mixed with honest ones, and prints the 5xx count, the rejected requests that
# left a decision stored, the honest ones not decided, and whether the service is still ready. Exit 1 if any is off.
# Usage: src/bench/fuzz.sh [requests]   (SKIP_BUILD=1 reuses target/quarkus-app)
set -euo pipefail
cd "$(dirname "$0")/../.."
requests=${1:-10000}
port=${FUZZ_PORT:-18095}
export WARDEN_API_KEY=${WARDEN_API_KEY:-warden-local}

[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B package -DskipTests
source src/bench/service.sh
export WARDEN_EMBEDDED_DB_DIR=target/fuzz-db WARDEN_EMBEDDED_DB_CLEAN=true
log=target/fuzz-service.log
rm -f "$log"
start_warden "$port" "$log"
java src/bench/HostileFuzz.java --url "http://127.0.0.1:$port" --management "http://127.0.0.1:$((port + 1000))" \
  --requests "$requests" --key "$WARDEN_API_KEY"
