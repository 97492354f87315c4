package dev.warden.screening.bench;

import java.util.List;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import dev.warden.screening.ScreeningIndex;
import dev.warden.screening.list.WatchList;
import dev.warden.screening.load.ListLoader;

/**
 * The screening benchmark: load time and heap of the full lists in this fresh JVM, then JMH on one party's
 * screening (p50, p99, and throughput on one thread, that is queries per second per core).
 */
public final class BenchMain {
    public static void main(String[] args) throws Exception {
        ScreeningIndex index = loadTimes();
        cpuTimePerScreening(index);
        Options options = new OptionsBuilder().include(ScreeningBenchmark.class.getSimpleName())
                .forks(1).threads(1).warmupIterations(3).warmupTime(TimeValue.seconds(3))
                .measurementIterations(5).measurementTime(TimeValue.seconds(3))
                .jvmArgsAppend("-Xmx2g", "-Dwarden.shared.data=" + BenchData.root()).build();
        for (RunResult result : new Runner(options).run()) {
            var primary = result.getPrimaryResult();
            var stats = primary.getStatistics();
            if (primary.getScoreUnit().contains("ops")) {
                System.out.printf("throughput, 1 thread: %.0f screenings/s per core%n", primary.getScore() * 1_000_000);
            } else {
                System.out.printf("latency per screening: p50 %.1f us, p99 %.1f us, p99.9 %.1f us%n",
                        stats.getPercentile(50), stats.getPercentile(99), stats.getPercentile(99.9));
            }
        }
    }

    /**
     * CPU time per screening of this thread (ThreadMXBean), beside JMH's wall-clock numbers: on a shared machine
     * the wall clock also counts the time the thread waited for a core.
     */
    private static void cpuTimePerScreening(ScreeningIndex index) throws Exception {
        ScreeningBenchmark bench = new ScreeningBenchmark();
        bench.useIndex(index);
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 30_000; i++) bench.screenOneParty();
        int n = 30_000;
        long[] cpu = new long[n];
        for (int i = 0; i < n; i++) {
            long start = threads.getCurrentThreadCpuTime();
            bench.screenOneParty();
            cpu[i] = threads.getCurrentThreadCpuTime() - start;
        }
        java.util.Arrays.sort(cpu);
        System.out.printf("CPU time per screening (warm, 1 thread): p50 %.1f us, p99 %.1f us, p99.9 %.1f us%n",
                cpu[n / 2] / 1e3, cpu[(int) (n * 0.99)] / 1e3, cpu[(int) (n * 0.999)] / 1e3);
    }

    private static ScreeningIndex loadTimes() throws Exception {
        var root = BenchData.root();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        ListLoader loader = new ListLoader();
        Runtime rt = Runtime.getRuntime();
        long heapBefore = usedHeap(rt);
        long t0 = System.nanoTime();
        WatchList sdn = loader.load("OFAC_SDN", "file:" + root.resolve("sanctions/ofac/sls-2025-11-19/sdn_advanced.xml.bz2"));
        long t1 = System.nanoTime();
        long cpu1 = os.getProcessCpuTime();
        WatchList un = loader.load("UN", "file:" + root.resolve("sanctions/un/UN_consolidated.xml"));
        WatchList cons = loader.load("OFAC_CONSOLIDATED", "file:" + root.resolve("sanctions/ofac/consolidated-2025-12-19/cons_prim.csv"));
        long t2 = System.nanoTime();
        ScreeningIndex index = new ScreeningIndex(List.of(sdn, un, cons));
        long t3 = System.nanoTime();
        long heapAfter = usedHeap(rt);
        System.out.printf("full OFAC SDN (Advanced XML, bzip2, %d entries) loaded in %.1f s wall, %.1f s CPU on all cores"
                + " (cold JVM; load average %.1f on %d cores)%n", sdn.entries().size(), (t1 - t0) / 1e9, (cpu1 - cpu0) / 1e9,
                os.getSystemLoadAverage(), os.getAvailableProcessors());
        System.out.printf("UN (%d) + OFAC consolidated (%d) loaded in %.1f s; index over all three built in %.1f s%n",
                un.entries().size(), cons.entries().size(), (t2 - t1) / 1e9, (t3 - t2) / 1e9);
        System.out.printf("heap held by the three lists and their index: %d MB%n", (heapAfter - heapBefore) >> 20);
        if (index.versions().isEmpty()) throw new IllegalStateException("nothing loaded");
        return index;
    }

    private static long usedHeap(Runtime rt) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
