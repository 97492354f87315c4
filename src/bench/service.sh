# Sourced by the bench scripts: start the built service on loopback and stop it when the script exits.
# start_warden PORT LOG: runs target/quarkus-app with the environment the caller exported (database folder, rules
# folder, ...) and the local API key, waits until it is ready, and sets warden_pid. The EXIT trap stops it.
start_warden() {
  local port=$1 log=$2
  WARDEN_AUTH_LOCAL_KEY=${WARDEN_API_KEY:-warden-local} QUARKUS_HTTP_PORT=$port QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_LOG_LEVEL=WARN java -jar target/quarkus-app/quarkus-run.jar >> "$log" 2>&1 &
  warden_pid=$!
  trap 'kill $warden_pid 2>/dev/null; wait $warden_pid 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/q/health/ready" > /dev/null 2>&1 && return 0
    sleep 1
  done
  echo "service did not become ready"; tail -50 "$log"; return 1
}
