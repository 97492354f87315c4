package dev.warden.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.LongStream;

/**
 * Warms a fresh service with the measurement's closed loop in 5 s windows until it is steady: at least
 * {@code minSeconds}, then until two successive windows differ by less than 5% in throughput and the JIT compiler
 * threads used less than 5% of a core in the last one (on two cores a busy compiler thread shows in every figure),
 * or {@code maxSeconds}. Its per-second throughput from the first request on is the service's start-up curve.
 */
final class Warmup {
    static final int WINDOW = 5;
    private static final double STEADY_CHANGE = 0.05;
    private static final double QUIET_COMPILER_SHARE = 0.05;

    /** The decisions of each second from the first request, how long it took, the JIT's share of a core at the end. */
    record Curve(long[] perSecond, int seconds, double compilerShare, boolean settled) {
        /** Seconds from the first request until a 5 s mean first reaches {@code share} of {@code steady}/s; -1: never. */
        int secondsTo(double share, double steady) {
            for (int t = 0; t + WINDOW <= perSecond.length; t++) {
                if (LongStream.of(perSecond).skip(t).limit(WINDOW).average().orElse(0) >= share * steady) return t;
            }
            return -1;
        }

        /** Mean decisions per second over the first {@code seconds}. */
        double meanOverFirst(int seconds) {
            return LongStream.of(perSecond).limit(seconds).average().orElse(0);
        }
    }

    static Curve run(Load load, Service service, int clients, int minSeconds, int maxSeconds) throws InterruptedException {
        long[] all = new long[0];
        double previous = -1, compiler = 1;
        boolean settled = false;
        while (all.length < maxSeconds) {
            Slice window = load.closed(service, clients, WINDOW);
            all = concat(all, window.perSecond());
            compiler = window.compilerMs() / (WINDOW * 1000.0);
            double rate = window.rate();
            System.err.printf(Locale.ROOT, "  %s warm-up %3d s: %5.0f decisions/s, JIT %3.0f%% of a core, load %s%n",
                    service.label(), all.length, rate, 100 * compiler, ProcessCpu.loadAverage());
            settled = previous > 0 && Math.abs(rate - previous) / previous < STEADY_CHANGE
                    && compiler < QUIET_COMPILER_SHARE;
            if (settled && all.length >= minSeconds) break;
            previous = rate;
        }
        return new Curve(all, all.length, compiler, settled);
    }

    private static long[] concat(long[] a, long[] b) {
        long[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
