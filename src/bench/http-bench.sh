#!/usr/bin/env bash
# Decisions per second and latency over HTTP: now the decision benchmark (docs/throughput.md), which this name keeps
# for old habits. Usage: src/bench/http-bench.sh [decision-bench.sh options]
exec "$(dirname "$0")/decision-bench.sh" "$@"
