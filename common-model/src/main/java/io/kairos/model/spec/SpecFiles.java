package io.kairos.model.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The spec files a {@code -f FILE|DIR} names: the file itself, or every YAML and JSON file under the directory. */
public final class SpecFiles {

    private SpecFiles() {
    }

    public static List<Path> under(Path fileOrDirectory) {
        if (!Files.exists(fileOrDirectory)) {
            throw new IllegalArgumentException("-f " + fileOrDirectory + ": no such file or directory");
        }
        if (!Files.isDirectory(fileOrDirectory)) {
            return List.of(fileOrDirectory);
        }
        try (Stream<Path> files = Files.walk(fileOrDirectory)) {
            return files.filter(Files::isRegularFile).filter(SpecFiles::isSpecFile).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("-f " + fileOrDirectory + ": cannot list: " + e.getMessage(), e);
        }
    }

    private static boolean isSpecFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
