package io.kairos.infra.faults.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

/**
 * A process's wall clock moved by libfaketime: the process starts with {@code LD_PRELOAD} of the
 * library and reads its offset from a file that {@link #jumpTo} rewrites, as an NTP step or an
 * operator's {@code date -s} would move a real clock. The monotonic clock is left alone, as a real
 * clock step leaves it.
 */
public final class FakeClock {

    public static final Path LIBRARY = Path.of("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1");

    private final Path offsetFile;

    private FakeClock(Path offsetFile) {
        this.offsetFile = offsetFile;
    }

    /** A clock at the real time, its offset kept in {@code dir}; fails with a clear message without libfaketime. */
    public static FakeClock in(Path dir) throws IOException {
        if (!Files.isReadable(LIBRARY)) {
            throw new AssertionError("libfaketime is missing (" + LIBRARY + "): install the Debian package "
                    + "'faketime' (apt-get install faketime), as .ci/run does, to run the clock-jump scenario");
        }
        FakeClock clock = new FakeClock(Files.createDirectories(dir).resolve("faketime-offset"));
        clock.jumpTo(Duration.ZERO);
        return clock;
    }

    /** The environment that puts a process on this clock. */
    public Map<String, String> environment() {
        return Map.of("LD_PRELOAD", LIBRARY.toString(),
                "FAKETIME_TIMESTAMP_FILE", offsetFile.toString(),
                "FAKETIME_CACHE_DURATION", "1",
                "FAKETIME_DONT_FAKE_MONOTONIC", "1",
                "FAKETIME_DONT_RESET", "1");
    }

    /** Sets the clock to the real time plus {@code offset} (negative: behind), at once. */
    public void jumpTo(Duration offset) throws IOException {
        Path next = offsetFile.resolveSibling(offsetFile.getFileName() + ".next");
        Files.writeString(next, (offset.isNegative() ? "" : "+") + offset.toSeconds() + "\n");
        Files.move(next, offsetFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
