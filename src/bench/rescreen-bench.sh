#!/usr/bin/env bash
# Re-screening at scale (docs/rescreening.md): [customers] stored KYC profiles written with COPY into a fresh
# embedded PostgreSQL (target/rescreen-bench-db), then a delta of [changed] OFAC SDN entries screened against all
# of them, then the whole base against full OFAC SDN + UN from ../shared/data (-Dwarden.shared.data=PATH).
# Prints the machine, each phase's time (wall and this JVM's CPU) and its peak heap, and checks that the delta finds
# the same hits as scoring every candidate of the changed entries in full. Heap cap: BENCH_HEAP (default 2g);
# BENCH_OPTS passes JVM options (-Dwarden.bench.full=false stops after the delta and its check).
# Usage: src/bench/rescreen-bench.sh [customers] [changed]
set -euo pipefail
cd "$(dirname "$0")/../.."
customers=${1:-1000000}; changed=${2:-200}
./mvnw -q -B -o -Pbench test-compile
./mvnw -q -B -o -Pbench dependency:build-classpath -Dmdep.outputFile=target/rescreen-bench.classpath -Dmdep.includeScope=test
cp=$(cat target/rescreen-bench.classpath)
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(java -version 2>&1 | head -1)"
exec java -Xmx"${BENCH_HEAP:-2g}" ${BENCH_OPTS:-} -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "target/test-classes:target/classes:$cp" dev.warden.screening.rescreen.RescreenBench "$customers" "$changed"
