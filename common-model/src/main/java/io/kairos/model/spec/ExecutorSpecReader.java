package io.kairos.model.spec;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the {@code executor} block; its {@code type} selects which other fields are allowed. */
final class ExecutorSpecReader {

    static final String TYPES = "command | http | sleep | java";
    private static final Pattern JAVA_CLASS = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExecutorSpecReader() {
    }

    static Optional<ExecutorSpec> read(SpecObject executor) {
        executor.require("type", TYPES);
        Optional<String> type = executor.text("type");
        if (type.isEmpty()) {
            executor.refuseUnknownFields(Set.of("type"));
            return Optional.empty();
        }
        return switch (type.get()) {
            case "command" -> command(executor);
            case "http" -> http(executor);
            case "sleep" -> sleep(executor);
            case "java" -> java(executor);
            default -> {
                executor.refuse("type", type.get(), "expected one of " + TYPES);
                yield Optional.empty();
            }
        };
    }

    private static Optional<ExecutorSpec> command(SpecObject executor) {
        executor.refuseUnknownFields(Set.of("type", "command", "env", "workingDir"));
        executor.require("command", "the program and its arguments, as a list of strings");
        Optional<List<String>> command = executor.value("command").flatMap(value -> strings(executor, "command", value));
        Map<String, String> env = stringMap(executor, "env");
        Optional<String> workingDir = executor.text("workingDir");
        return command.map(c -> new CommandExecutorSpec(c, env, workingDir.orElse(null)));
    }

    private static Optional<ExecutorSpec> http(SpecObject executor) {
        executor.refuseUnknownFields(Set.of("type", "url", "headers", "timeout"));
        executor.require("url", "an absolute http or https URL");
        Optional<URI> url = executor.text("url").flatMap(text -> httpUrl(executor, text));
        Map<String, String> headers = stringMap(executor, "headers");
        Duration timeout = executor.duration("timeout", PipelineSpecReader::isPositive, "must be positive").orElse(HttpExecutorSpec.DEFAULT_TIMEOUT);
        return url.map(u -> new HttpExecutorSpec(u, headers, timeout));
    }

    private static Optional<ExecutorSpec> sleep(SpecObject executor) {
        executor.refuseUnknownFields(Set.of("type", "duration", "failureRate"));
        executor.require("duration", "how long each run sleeps, such as PT3S");
        Optional<Duration> duration = executor.duration("duration", d -> !d.isNegative(), "must not be negative");
        double failureRate = executor.fraction("failureRate").orElse(0.0);
        return duration.map(d -> new SleepExecutorSpec(d, failureRate));
    }

    private static Optional<ExecutorSpec> java(SpecObject executor) {
        executor.refuseUnknownFields(Set.of("type", "class", "config"));
        executor.require("class", "the fully qualified name of a PipelineExecutor class");
        Optional<String> className = executor.text("class").filter(name -> {
            if (!JAVA_CLASS.matcher(name).matches()) {
                executor.refuse("class", name, "not a Java class name such as com.acme.ImportStep");
            }
            return JAVA_CLASS.matcher(name).matches();
        });
        Map<String, Object> config = executor.object("config")
                .map(c -> JSON.convertValue(executor.value("config").orElseThrow(), new TypeReference<Map<String, Object>>() { }))
                .orElse(Map.of());
        return className.map(name -> new JavaExecutorSpec(name, config));
    }

    private static Optional<URI> httpUrl(SpecObject executor, String text) {
        try {
            URI uri = new URI(text);
            if (uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            executor.refuse("url", text, "not a valid URL: " + e.getReason());
            return Optional.empty();
        }
        executor.refuse("url", text, "expected an absolute http or https URL such as https://jobs.example.com/run");
        return Optional.empty();
    }

    /** A non-empty list of strings; each bad element is a problem at {@code field[i]}. */
    private static Optional<List<String>> strings(SpecObject executor, String field, JsonNode value) {
        String path = executor.pathOf(field);
        if (!value.isArray()) {
            executor.problems().add(path, "expected a list of strings, got " + SpecProblems.show(value));
            return Optional.empty();
        }
        if (value.isEmpty()) {
            executor.problems().add(path, "must name a program: expected a non-empty list of strings");
            return Optional.empty();
        }
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isTextual()) {
                strings.add(value.get(i).asText());
            } else {
                executor.problems().add(path + "[" + i + "]", "expected a string, got " + SpecProblems.show(value.get(i)));
            }
        }
        return strings.size() == value.size() ? Optional.of(strings) : Optional.empty();
    }

    /** An object of names to scalar values; numbers and booleans are taken as their text. */
    private static Map<String, String> stringMap(SpecObject executor, String field) {
        Map<String, String> map = new LinkedHashMap<>();
        executor.object(field).ifPresent(object -> {
            JsonNode node = executor.value(field).orElseThrow();
            for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                if (entry.getValue().isValueNode() && !entry.getValue().isNull()) {
                    map.put(entry.getKey(), entry.getValue().asText());
                } else {
                    executor.problems().add(object.pathOf(entry.getKey()),
                            "expected a string, got " + SpecProblems.show(entry.getValue()));
                }
            }
        });
        return map;
    }
}
