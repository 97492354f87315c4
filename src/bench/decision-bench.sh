#!/usr/bin/env bash
# The decision benchmark (docs/throughput.md): starts the packaged service as a user would (the shipped rules/, OFAC
# SDN and UN from ../shared/data besides the seed list, alerts and cases opened for REVIEW and BLOCK, durable audit in
# the embedded PostgreSQL), with the verified customers' KYC profiles pushed and the service restarted fresh on them,
# then DecisionBench warms it from its first request until the JIT is quiet and measures rounds of a closed loop (32
# clients) and an open loop (1,000/s offered, latency from the intended send time). Prints a markdown report.
#
# Usage: src/bench/decision-bench.sh [--quick] [--ab A B] [--profile] [DecisionBench options: --rounds 5 --seconds 20
#        --clients 32 --rate 1000 --customers 5000 --warmup-min 60 --warmup-max 300]
#   --quick    3 rounds of 8 s, warm-up 20 to 60 s
#   --ab A B   two builds side by side, each on its own PostgreSQL, measured in alternating rounds (A B, B A, ...);
#              A and B are each a built application folder (holding quarkus-run.jar), or a git ref, which is
#              exported with git archive and built into target/decision-bench/build-<ref>
#   --profile  JFR on the warm services during the rounds; prints the time by stage (StageProfile) after the report
#   --no-restart  measure the JVM that took the profiles (see below): quicker on a crowded box
# Without --ab: the working tree, built unless SKIP_BUILD=1. Both services read this tree's rules/.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
work=target/decision-bench
quick=0; profile=0; restart=1; builds=(); options=()
while [ $# -gt 0 ]; do
  case $1 in
    --quick) quick=1 ;;
    --profile) profile=1 ;;
    --no-restart) restart=0 ;;
    --ab) builds=("$2" "$3"); shift 2 ;;
    *) options+=("$1") ;;
  esac
  shift
done
[ "$quick" = 1 ] && options=(--rounds 3 --seconds 8 --warmup-min 20 --warmup-max 60 "${options[@]}")
mkdir -p "$work"

# app_of REF: the application folder of a build folder, a git ref (built here), or the working tree.
app_of() {
  if [ -f "$1/quarkus-run.jar" ]; then echo "$1"; return; fi
  local dir="$work/build-$(echo "$1" | tr -c 'A-Za-z0-9._-' '_')"
  if [ ! -f "$dir/target/quarkus-app/quarkus-run.jar" ]; then
    rm -rf "$dir"; mkdir -p "$dir"
    git archive "$1" | tar -x -C "$dir"
    (cd "$dir" && ./mvnw -B -o -q package -DskipTests) >&2
  fi
  echo "$dir/target/quarkus-app"
}
if [ ${#builds[@]} = 0 ]; then
  [ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -B -o -q package -DskipTests
  apps=(target/quarkus-app); labels=(current)
else
  apps=("$(app_of "${builds[0]}")" "$(app_of "${builds[1]}")"); labels=(A B)
fi

data=$(cd "${WARDEN_SHARED_DATA:-../shared/data}" && pwd)
export WARDEN_WATCHLISTS_SOURCES="OFAC_SDN=file:$data/sanctions/ofac/sls-2025-11-19/sdn_advanced.xml.bz2,UN=file:$data/sanctions/un/UN_consolidated.xml,WARDEN_SEED=classpath:watchlists/warden-seed.csv"
export WARDEN_RULES_DIR="$root/rules"
# The generator's libraries: HdrHistogram, and Vert.x with Netty as the first build ships them.
libs=$(find ~/.m2/repository/org/hdrhistogram/HdrHistogram -name 'HdrHistogram-*.jar' | sort | tail -1)
for jar in "${apps[0]}"/lib/main/{io.vertx.vertx-core,io.netty.netty-,com.fasterxml.jackson.core.jackson-core}*.jar; do
  libs="$libs:$jar"
done
classes=$work/classes
rm -rf "$classes"; javac -q -d "$classes" -cp "$libs" src/bench/java/dev/warden/bench/*.java 2>/dev/null \
  || javac -d "$classes" -cp "$libs" src/bench/java/dev/warden/bench/*.java
bench() { java -Xmx1g -cp "$classes:$libs" dev.warden.bench.DecisionBench "$@"; }
log=$work/service.log; : > "$log"
source src/bench/service.sh
base_port=${BENCH_PORT:-18090}
# DebugNonSafepoints: without it the JIT keeps frame information only near safepoints, and JFR puts a sample taken
# elsewhere in compiled code on the nearest method that has some: small HashMaps' look-ups showed up as
# HashMap$TreeNode.getTreeNode, compact JSON's writing as DefaultPrettyPrinter (docs/throughput.md).
[ "$profile" = 1 ] && export WARDEN_JAVA_OPTS="${WARDEN_JAVA_OPTS:-} -XX:FlightRecorderOptions:stackdepth=256 -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints"

# Each build on its own database and port, all started side by side. Set-up first, on a throw-away JVM: the KYC
# profiles, so that the measured JVM starts fresh on a database holding them (--no-restart measures the set-up JVM,
# which 3,500 profile writes have warmed a little: quicker on a crowded box, (d) then flatters).
launch_all() { # clean database (true/false): launches every build, sets pids and launched
  pids=(); launched=()
  for i in "${!apps[@]}"; do
    launched+=("$(date +%s%3N)")
    WARDEN_APP=${apps[$i]} WARDEN_EMBEDDED_DB_DIR=$work/db-${labels[$i]} WARDEN_EMBEDDED_DB_CLEAN=$1 \
      launch_warden $((base_port + i)) "$log"
    pids+=("$warden_pid")
  done
}
await_all() { # sets ready
  ready=()
  for i in "${!apps[@]}"; do await_warden $((base_port + i)) "$log"; ready+=("$(date +%s%3N)"); done
}
for i in "${!apps[@]}"; do echo "${labels[$i]}: ${apps[$i]} on port $((base_port + i))" >&2; done
launch_all true; await_all
setups=()
for i in "${!apps[@]}"; do bench --setup "http://127.0.0.1:$((base_port + i))" "${options[@]}" & setups+=($!); done
for p in "${setups[@]}"; do wait "$p"; done
if [ "$restart" = 1 ]; then
  for p in "${pids[@]}"; do kill "$p"; wait "$p" 2>/dev/null || true; done
  launch_all false; await_all
fi
specs=()
for i in "${!apps[@]}"; do
  postgres_of "$work/db-${labels[$i]}"
  specs+=(--service "label=${labels[$i]},url=http://127.0.0.1:$((base_port + i)),pid=${pids[$i]},pg=$pg_pid,launched=${launched[$i]},ready=${ready[$i]}")
done
[ "$profile" = 1 ] && options+=(--jfr "$root/$work")
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1); builds: ${apps[*]}"
bench "${specs[@]}" "${options[@]}"
if [ "$profile" = 1 ]; then
  for label in "${labels[@]}"; do bench --stages "$work/$label.jfr"; done
fi
