# Sourced by the bench scripts: start the built service on loopback and stop it when the script exits.
# start_warden PORT LOG: runs target/quarkus-app in the local profile with the environment the caller exported
# (database folder, rules folder, ...) and the local API key, waits until it is ready, and sets warden_pid. Refuses a
# port something already answers on (a service left over from an earlier run would otherwise be measured). The EXIT
# trap stops every service the script started. WARDEN_JAVA_OPTS, if set, goes to the service's JVM only (not to the
# bench's own tools); WARDEN_APP, if set, is the built application folder to run (default target/quarkus-app); a
# file java-options in that folder adds JVM options for its service alone (two copies of one build with different
# options compare JVM settings side by side, as decision-bench.sh --ab does with folders). A folder that holds
# app-cds.jsa (built with -Dquarkus.package.jar.appcds.enabled=true) is run from inside itself with that archive, as
# the JVM requires: the archive names the jar by the relative path it was dumped with. Health
# is on the management interface, at PORT + 1000 (so services side by side do not clash).
warden_pids=""
start_warden() {
  launch_warden "$1" "$2" && await_warden "$1" "$2"
}

# launch_warden PORT LOG: start_warden without the wait (services started side by side); await_warden PORT LOG waits.
launch_warden() {
  local port=$1 log=$2 management=$(($1 + 1000))
  for taken in "$port" "$management"; do
    if curl -s -o /dev/null "http://127.0.0.1:$taken/"; then echo "port $taken is taken"; return 1; fi
  done
  # Not the production profile: it refuses to start with a local key.
  local app=${WARDEN_APP:-target/quarkus-app} run_in=. cds="" options
  options=$(cat "$app/java-options" 2>/dev/null || true)
  if [ -f "$app/app-cds.jsa" ]; then run_in=$app; cds="-XX:SharedArchiveFile=app-cds.jsa"; fi
  # Paths made absolute here, before the JVM may start in another folder.
  local jar rules db; jar=$(realpath "$app")/quarkus-run.jar
  rules=$(realpath -m "${WARDEN_RULES_DIR:-rules}"); db=$(realpath -m "${WARDEN_EMBEDDED_DB_DIR:-data/embedded-postgres}")
  (cd "$run_in" && WARDEN_RULES_DIR=$rules WARDEN_EMBEDDED_DB_DIR=$db QUARKUS_PROFILE=local \
    WARDEN_AUTH_LOCAL_KEY=${WARDEN_API_KEY:-warden-local} QUARKUS_HTTP_PORT=$port QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_MANAGEMENT_PORT=$management QUARKUS_LOG_LEVEL=WARN \
    exec java ${WARDEN_JAVA_OPTS:-} $cds $options -jar "$jar") >> "$log" 2>&1 &
  warden_pid=$!
  warden_pids="$warden_pids $warden_pid"
  trap 'kill $warden_pids 2>/dev/null || true; wait 2>/dev/null || true' EXIT
}

await_warden() {
  local management=$(($1 + 1000))
  for _ in $(seq 1 6000); do
    curl -fs "http://127.0.0.1:$management/q/health/ready" > /dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "service did not become ready"; tail -50 "$2"; return 1
}

# postgres_of FOLDER: sets pg_port, pg_pid and pg_passfile from the embedded PostgreSQL the service runs under FOLDER.
# pg_passfile is its password file (libpq format): give it to psql and the bench's JDBC tools as PGPASSFILE.
postgres_of() {
  local pidfile; pidfile=$(find "$1" -name postmaster.pid | head -1)
  pg_port=$(sed -n 4p "$pidfile"); pg_pid=$(sed -n 1p "$pidfile")
  pg_passfile=$(dirname "$pidfile")/warden.pgpass
}
