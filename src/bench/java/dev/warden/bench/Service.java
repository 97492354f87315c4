package dev.warden.bench;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A service under measurement, as decision-bench.sh started it: its label (A, B), base URL, process, its
 * PostgreSQL server's process, when its JVM was launched and when it answered ready (epoch ms).
 */
record Service(String label, URI base, long pid, long postgresPid, long launchedAtMs, long readyAtMs, Traffic traffic) {

    /** Parses {@code label=A,url=http://127.0.0.1:18090,pid=1,pg=2,launched=..,ready=..}. */
    static Service parse(String spec, int customers) {
        Map<String, String> fields = new HashMap<>();
        for (String part : spec.split(",")) {
            String[] kv = part.split("=", 2);
            fields.put(kv[0], kv[1]);
        }
        URI base = URI.create(fields.get("url"));
        if (!List.of("127.0.0.1", "localhost").contains(base.getHost())) {
            throw new IllegalArgumentException("load is only sent to this machine, not " + base.getHost());
        }
        String label = fields.get("label");
        return new Service(label, base, Long.parseLong(fields.getOrDefault("pid", "0")),
                Long.parseLong(fields.getOrDefault("pg", "0")), Long.parseLong(fields.getOrDefault("launched", "0")),
                Long.parseLong(fields.getOrDefault("ready", "0")),
                new Traffic(customers, "b" + label + Long.toString(System.currentTimeMillis(), 36)));
    }

    /** Its Prometheus endpoint, on the management port that service.sh puts 1,000 above the HTTP port. */
    URI metrics() {
        return URI.create("http://" + base.getHost() + ":" + (base.getPort() + 1000) + "/q/metrics");
    }

    URI decisions() {
        return base.resolve("/v1/decisions");
    }

    /** CPU ticks so far of this service, its PostgreSQL server, its JIT compilers and the generator. */
    long[] cpu() {
        return new long[] {ProcessCpu.of(pid), ProcessCpu.withChildren(postgresPid), ProcessCpu.compilerThreads(pid),
            ProcessCpu.self()};
    }
}
