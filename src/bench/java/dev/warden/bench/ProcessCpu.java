package dev.warden.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of processes from /proc, in clock ticks (1/100 s): user + system. A PostgreSQL server counts with every
 * live child (its backends, writers, WAL) and the children it has reaped; a JVM's JIT compiler threads count apart.
 * 0 when a pid is unknown or /proc is not there.
 */
final class ProcessCpu {
    static final double MS_PER_TICK = 10.0;

    private ProcessCpu() {
    }

    /** This process's CPU (the generator's own JVM). */
    static long self() {
        return of(ProcessHandle.current().pid());
    }

    static long of(long pid) {
        String[] stat = stat(Path.of("/proc", Long.toString(pid)));
        return stat == null ? 0 : ticks(stat);
    }

    /** The server process and all its children, live or reaped. */
    static long withChildren(long pid) {
        if (pid <= 0) return 0;
        String parent = Long.toString(pid);
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).mapToLong(p -> {
                String[] stat = stat(p);
                if (stat == null) return 0;
                if (p.getFileName().toString().equals(parent)) {
                    return ticks(stat) + Long.parseLong(stat[15]) + Long.parseLong(stat[16]);
                }
                return stat[3].equals(parent) ? ticks(stat) : 0;
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** CPU of a JVM's C1/C2 compiler threads. */
    static long compilerThreads(long pid) {
        if (pid <= 0) return 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return tasks.mapToLong(task -> {
                try {
                    if (!Files.readString(task.resolve("comm")).contains("CompilerThre")) return 0;
                } catch (IOException e) {
                    return 0;
                }
                String[] stat = stat(task);
                return stat == null ? 0 : ticks(stat);
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** 1, 5 and 15 minute load averages: the box may be shared. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long ticks(String[] stat) {
        return Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
    }

    /** The fields of a stat file numbered as proc(5) does from 0 (index 2 is the state), or null if gone. */
    private static String[] stat(Path proc) {
        try {
            String line = Files.readString(proc.resolve("stat"));
            String[] rest = line.substring(line.lastIndexOf(')') + 2).split(" ");
            String[] fields = new String[rest.length + 2];
            System.arraycopy(rest, 0, fields, 2, rest.length);
            return fields;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
