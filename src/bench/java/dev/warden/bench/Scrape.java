package dev.warden.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The service's own meters around a slice: the group commit's (warden.journal.*: decisions per commit, the wait for a
 * writer, the commit, the held history's catch-up) and the JVM's GC pauses, read from its Prometheus endpoint before
 * and after, so that a slice's figures are what happened within it. Percentiles come from the histogram buckets the
 * service publishes, so they are bucket bounds (an upper bound of the true value), not exact.
 */
record Scrape(Map<String, Double> values) {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String[] KEPT = {"warden_journal_", "jvm_gc_pause_seconds_count", "jvm_gc_pause_seconds_sum"};

    /** The kept series now; empty when the endpoint does not answer (a build without these meters). */
    static Scrape of(URI metrics) {
        Map<String, Double> values = new HashMap<>();
        try {
            String text = CLIENT.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (String line : text.split("\n")) {
                if (line.startsWith("#") || !kept(line)) continue;
                int space = line.lastIndexOf(' ');
                // Series of the same name that differ only in labels other than le are summed (GC pauses by cause).
                values.merge(seriesKey(line.substring(0, space)), Double.parseDouble(line.substring(space + 1)), Double::sum);
            }
        } catch (Exception e) {
            System.err.println("metrics not read from " + metrics + ": " + e);
        }
        return new Scrape(values);
    }

    private static boolean kept(String line) {
        for (String prefix : KEPT) if (line.startsWith(prefix)) return true;
        return false;
    }

    /** {@code name} or {@code name le=X}: every label but le dropped. */
    private static String seriesKey(String series) {
        int brace = series.indexOf('{');
        if (brace < 0) return series;
        String name = series.substring(0, brace);
        int le = series.indexOf("le=\"", brace);
        return le < 0 ? name : name + " le=" + series.substring(le + 4, series.indexOf('"', le + 4));
    }

    /** What each series grew by from {@code before} to this. */
    Scrape since(Scrape before) {
        Map<String, Double> delta = new HashMap<>();
        values.forEach((k, v) -> delta.put(k, v - before.values.getOrDefault(k, 0.0)));
        return new Scrape(delta);
    }

    double count(String name) {
        return values.getOrDefault(name + "_count", 0.0);
    }

    /** The mean of a timer in µs, or of a summary as recorded ({@code scale} 1e6 for seconds to µs, 1 for a count). */
    double mean(String name, double scale) {
        double n = count(name);
        return n == 0 ? Double.NaN : values.getOrDefault(name + "_sum", 0.0) / n * scale;
    }

    /** The bucket bound under which the fraction {@code q} of the slice's observations fell. */
    double quantile(String name, double q, double scale) {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        String prefix = name + "_bucket le=";
        values.forEach((k, v) -> {
            if (k.startsWith(prefix) && !k.endsWith("+Inf")) buckets.put(Double.parseDouble(k.substring(prefix.length())), v);
        });
        double total = count(name);
        if (total == 0) return Double.NaN;
        for (var bucket : buckets.entrySet()) if (bucket.getValue() >= q * total) return bucket.getKey() * scale;
        return Double.POSITIVE_INFINITY;
    }
}
