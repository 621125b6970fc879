package io.kairos.benchmarks.observe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** CPU seconds and resident memory of a process on Linux, read from {@code /proc}; -1 when it is gone. */
public final class ProcessStats {

    /** Linux reports utime and stime in clock ticks of 1/100 s on every common kernel. */
    private static final double TICKS_PER_SECOND = 100.0;
    private static final int UTIME_FIELD = 13;
    private static final int STIME_FIELD = 14;

    private ProcessStats() {
    }

    /** User plus system CPU seconds the process has used so far. */
    public static double cpuSeconds(long pid) {
        String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
        if (stat == null) {
            return -1;
        }
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        int offset = 2;
        return (Long.parseLong(fields[UTIME_FIELD - offset]) + Long.parseLong(fields[STIME_FIELD - offset]))
                / TICKS_PER_SECOND;
    }

    /** Resident set size in bytes. */
    public static long rssBytes(long pid) {
        String status = read(Path.of("/proc", Long.toString(pid), "status"));
        if (status == null) {
            return -1;
        }
        return status.lines().filter(line -> line.startsWith("VmRSS:")).findFirst()
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024).orElse(-1L);
    }

    /** The 1-minute load average of the machine. */
    public static double loadAverage() {
        String loadavg = read(Path.of("/proc/loadavg"));
        return loadavg == null ? -1 : Double.parseDouble(loadavg.split(" ")[0]);
    }

    public static long currentPid() {
        return ProcessHandle.current().pid();
    }

    private static String read(Path path) {
        try {
            List<String> lines = Files.readAllLines(path);
            return String.join("\n", lines);
        } catch (IOException e) {
            return null;
        }
    }
}
