package dev.warden.screening.rescreen;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Runs by kind and outcome, customers screened, hits raised, and the last run's duration by kind. A changed
 * profile counts as one customer screened (kind PROFILE) without being a run.
 */
@ApplicationScoped
class RescreeningMetrics {
    enum Kind { DELTA, FULL, PROFILE }

    private final MeterRegistry meters;
    private final Map<Kind, Counter> screened = new EnumMap<>(Kind.class);
    private final Map<Kind, Counter> hits = new EnumMap<>(Kind.class);
    private final Map<Kind, double[]> lastSeconds = new EnumMap<>(Kind.class);

    RescreeningMetrics(MeterRegistry meters) {
        this.meters = meters;
        for (Kind kind : Kind.values()) {
            String tag = kind.name().toLowerCase(java.util.Locale.ROOT);
            screened.put(kind, Counter.builder("warden.rescreening.parties.screened")
                    .description("Stored customers screened again").tag("kind", tag).register(meters));
            hits.put(kind, Counter.builder("warden.rescreening.hits")
                    .description("Re-screening hits raised (new per party and entry version, not cleared)")
                    .tag("kind", tag).register(meters));
            if (kind == Kind.PROFILE) continue;
            double[] holder = { Double.NaN };
            lastSeconds.put(kind, holder);
            Gauge.builder("warden.rescreening.last.run.seconds", holder, h -> h[0])
                    .description("How long the last finished run of this kind took").tag("kind", tag).register(meters);
        }
    }

    void screened(Kind kind, int customers, int raised) {
        screened.get(kind).increment(customers);
        hits.get(kind).increment(raised);
    }

    void finished(RunProgress run) {
        Counter.builder("warden.rescreening.runs").description("Re-screening runs finished")
                .tag("kind", run.kind.name().toLowerCase(java.util.Locale.ROOT))
                .tag("outcome", run.view().state().name().toLowerCase(java.util.Locale.ROOT)).register(meters).increment();
        lastSeconds.get(Kind.valueOf(run.kind.name()))[0] = run.seconds();
    }
}
