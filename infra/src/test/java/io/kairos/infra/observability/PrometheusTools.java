package io.kairos.infra.observability;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code prometheus} package on the PATH: {@code promtool} and the server. A test that needs
 * them fails, never skips, when they are missing, saying how to install them.
 */
final class PrometheusTools {

    static final String PROMTOOL = "promtool";
    static final String PROMETHEUS = "prometheus";
    private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(60);

    private PrometheusTools() {
    }

    /** A finished command: its exit code and everything it printed (stdout then stderr). */
    record Result(int exitCode, String output) {
    }

    /** The binary {@code name} on the PATH; an assertion error explaining how to get it otherwise. */
    static Path binary(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(name + " is not on the PATH. It comes with Debian's prometheus package: "
                + "apt-get update && apt-get install -y prometheus (.ci/run installs it before mvn verify).");
    }

    /** Runs promtool with {@code args}, feeding it {@code stdin} (may be null). */
    static Result promtool(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(binary(PROMTOOL).toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        String output = readAll(process.getInputStream());
        if (!process.waitFor(TOOL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("promtool " + String.join(" ", args) + " did not finish in " + TOOL_TIMEOUT);
        }
        return new Result(process.exitValue(), output);
    }

    private static String readAll(InputStream stream) throws IOException {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    }
}
