package io.kairos.infra.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A systemd unit file as section → key → values (a key may repeat, as {@code Environment=} does). */
final class SystemdUnit {

    static final Path DIRECTORY = Path.of("systemd");

    private final Map<String, Map<String, List<String>>> sections = new LinkedHashMap<>();

    private SystemdUnit() {
    }

    static SystemdUnit read(String fileName) throws IOException {
        SystemdUnit unit = new SystemdUnit();
        String section = "";
        for (String raw : Files.readAllLines(DIRECTORY.resolve(fileName))) {
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[")) {
                section = line.substring(1, line.indexOf(']'));
            } else {
                int equals = line.indexOf('=');
                unit.sections.computeIfAbsent(section, s -> new LinkedHashMap<>())
                        .computeIfAbsent(line.substring(0, equals), k -> new ArrayList<>()).add(line.substring(equals + 1));
            }
        }
        return unit;
    }

    /** The last value of {@code key} in {@code section}, or null. */
    String value(String section, String key) {
        List<String> values = values(section, key);
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }

    List<String> values(String section, String key) {
        return sections.getOrDefault(section, Map.of()).getOrDefault(key, List.of());
    }
}
