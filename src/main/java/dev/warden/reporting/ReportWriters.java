package dev.warden.reporting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.All;

/** Every {@link ReportWriter} bean, by format name. Two writers claiming one format is a start-up error. */
@ApplicationScoped
public class ReportWriters {
    private final Map<String, ReportWriter> byFormat = new TreeMap<>();

    @Inject
    public ReportWriters(@All List<ReportWriter> writers) {
        for (ReportWriter writer : writers) {
            ReportWriter earlier = byFormat.putIfAbsent(writer.format(), writer);
            if (earlier != null) {
                throw new IllegalStateException("two report writers for the format " + writer.format() + ": "
                        + earlier.getClass().getName() + " and " + writer.getClass().getName());
            }
        }
    }

    public Optional<ReportWriter> find(String format) {
        return Optional.ofNullable(format == null ? null : byFormat.get(format));
    }

    /** The writer of {@code format}; refused, naming the formats there are, when there is none. */
    public ReportWriter require(String format) {
        return find(format).orElseThrow(() -> new ReportRefusedException("format",
                "no report writer for '" + format + "'; known formats: " + String.join(", ", formats())));
    }

    public SortedSet<String> formats() {
        return new TreeSet<>(byFormat.keySet());
    }
}
